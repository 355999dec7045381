using MinatoSite.Diagnostics;
using MinatoSite.Output;
using MinatoSite.Rendering;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The output folder is replaced only by a complete build, and never when it was not made by one.</summary>
public sealed class OutputFolderTests : ScratchSiteTests
{
    private BuildResult? Build(string output)
    {
        var errors = new ErrorList();
        return SiteBuilder.Build(new BuildOptions(Site.Root, output), errors);
    }

    /// <summary>
    /// Builds the site, breaks it with <paramref name="breakIt"/>, and checks that the second build fails and leaves
    /// the first in place, with nothing beside it; returns the second build's errors.
    /// </summary>
    private ErrorList AssertFailedBuildKeepsPreviousSite(Action breakIt)
    {
        var output = Output["_site"];
        Assert.NotNull(Build(output));
        var before = File.ReadAllText(Path.Combine(output, "2021/midterm/strategies/2-1/index.html"));
        breakIt();
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, output), errors));
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "2021/midterm/strategies/2-1/index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(Output.Path));
        return errors;
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched() => AssertFailedBuildKeepsPreviousSite(() =>
    {
        Site.Replace("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title: 変更後のタイトル");
        Site.Replace("input/2021-midterm/2-1/2-1-4.md", "progress: behind-schedule", "progress: late");
    });

    [Fact]
    public void A_broken_link_found_after_pages_were_written_leaves_the_previous_site_untouched()
    {
        // Pages are written while they are checked; a link into another page's missing fragment is only found
        // once every page is known, after most of the new site is already on disk beside the old one.
        var errors = AssertFailedBuildKeepsPreviousSite(() =>
            Site.Replace("theme/layouts/strategy.liquid", "{% for initiative in strategy.initiatives -%}", "<a href=\"{{ challenge.url }}#no-such-section\">x</a>\n{% for initiative in strategy.initiatives -%}"));
        Assert.Contains(errors.Sorted(), e => e.File == "_site/2021/midterm/strategies/2-1/index.html" && e.Message.Contains("#no-such-section' names a fragment that 2021/midterm/challenges/2/index.html does not have", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_fails_on_some_pages_leaves_nothing_behind()
    {
        var output = Output["_site"];
        Site.Replace("theme/layouts/strategy.liquid", "{% for initiative in strategy.initiatives -%}", "{{ \"no.such.string\" | t }}\n{% for initiative in strategy.initiatives -%}");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, output), errors));
        // Reported where the template names the string, with the page it failed on.
        var line = 1 + Site.Read("theme/layouts/strategy.liquid").Split('\n').ToList().FindIndex(l => l.Contains("no.such.string", StringComparison.Ordinal));
        Assert.Contains(errors.Sorted(), e => e.File == "theme/layouts/strategy.liquid" && e.Line == line
            && e.Message.Contains("2021/midterm/strategies/1-1/index.html", StringComparison.Ordinal) && e.Message.Contains("no.such.string", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Output.Path));
    }

    [Fact]
    public void A_successful_build_replaces_an_earlier_build_whole()
    {
        var output = Output["_site"];
        Assert.NotNull(Build(output));
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");
        Assert.NotNull(Build(output));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.Marker)));
    }

    [Fact]
    public void Files_sharing_a_new_folder_are_written_from_many_threads_at_once()
    {
        // Every thread that writes into a folder must find it created, not only the one that asked for it first:
        // the threads are released together into each new folder.
        const int threads = 4, rounds = 300;
        var output = Output["_site"];
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        using (var staging = StagingFolder.Open(output, Site.Root))
        using (var start = new Barrier(threads))
        {
            var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    start.SignalAndWait();
                    try { staging.Write(OutputFile.Data($"r{round}/{thread}.txt", stream => stream.WriteByte((byte)thread))); }
                    catch (IOException ex) { failures.Add(ex); }
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            staging.Commit();
        }
        Assert.Empty(failures);
        Assert.Equal(threads * rounds, Directory.EnumerateFiles(output, "*.txt", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_folder_that_is_not_a_build_output_is_refused()
    {
        var output = Output["documents"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");
        var refused = Assert.Throws<OutputRefusedException>(() => Build(output));
        Assert.Contains("is not an earlier build output", refused.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "keep.txt")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("input")]
    [InlineData("input/2-1")]
    public void The_sources_are_refused_as_output(string relative)
    {
        var output = relative.Length == 0 ? Site.Root : Site.PathOf(relative);
        var refused = Assert.Throws<OutputRefusedException>(() => Build(output));
        Assert.Contains("refusing", refused.Message);
        Assert.True(File.Exists(Site.PathOf("input/2021-midterm/2-1/2-1-3.md")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["a"]), errors) is not null, string.Join("\n", errors.Sorted()));
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["b"]), errors) is not null, string.Join("\n", errors.Sorted()));
        Folders.AssertIdentical(Output["a"], Output["b"]);
    }

    [Fact]
    public void Files_that_show_every_initiative_are_started_first()
    {
        var errors = new ErrorList();
        var sitePlan = SiteBuilder.Plan(new BuildOptions(Repository.Root, Output["a"]), errors);
        Assert.True(sitePlan is not null, string.Join("\n", errors.Sorted()));
        var plan = sitePlan!.Files;
        var order = SiteBuilder.Schedule(plan).GetDynamicPartitions().Select(p => p.Path).ToList();
        // The overviews (the home page and each report's), the About-the-data page, the search pages (every
        // initiative's status), the open data, the feeds, the catalogue and the sitemap each show a
        // whole report or more; not the data packages, which only list a folder's files, nor the tables of the plan alone.
        var aboutData = plan.Where(p => p.Subject is MinatoSite.Model.ContentPage page && MinatoSite.Rendering.Data.DataReference.Documents(page)).ToList();
        var wholeSite = plan.Where(p => p.Type is MinatoSite.Rendering.Pages.OverviewPage or MinatoSite.Rendering.Data.FormerOpenData or MinatoSite.Rendering.Data.Sitemap
                or MinatoSite.Rendering.Data.DataCatalog or MinatoSite.Rendering.Data.Feed
                or MinatoSite.Rendering.Pages.SearchPage
                || aboutData.Contains(p)
                || (p.Subject is MinatoSite.Rendering.Data.OpenDataFile { Table: null or { ShowsInitiatives: true } } data && data.Format != MinatoSite.Planning.OutputFormat.DataPackage))
            .Select(p => p.Path).ToList();
        Assert.Equal(sitePlan.Model.Languages.Count * (2 + sitePlan.Model.Reports.Count) + aboutData.Count, wholeSite.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal(sitePlan.Model.Languages.Count, aboutData.Count);
        Assert.Equal(wholeSite.Order(StringComparer.Ordinal), order.Take(wholeSite.Count).Order(StringComparer.Ordinal));
        Assert.Equal(plan.Select(p => p.Path).Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        Assert.Equal(wholeSite.Count, plan.Count(p => p.WholeSite));
    }
}
