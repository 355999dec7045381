using System.Net;
using MinatoSite.Preview;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The preview server: serves, rebuilds what changed, shows errors, recovers, reloads browsers.</summary>
public sealed class PreviewTests : PreviewedSiteTests
{
    [Fact]
    public async Task It_serves_the_site_with_the_reload_script()
    {
        Assert.Equal("127.0.0.1", Server.Address.Host);
        var (status, body) = await Get("2021/midterm/strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("津波避難ビルの確保", body);
        Assert.Contains(PreviewServer.EventsPath, body);
        var (english, englishBody) = await Get("en/2021/midterm/strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, english);
        Assert.Contains("lang=\"en\"", englishBody);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("no/such/page/")).Status);
    }

    [Fact]
    public async Task A_changed_initiative_rebuilds_only_the_pages_that_show_it()
    {
        var report = await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title: 津波避難ビルの確保と周知"));
        Assert.False(report.Full);
        Assert.Empty(report.Errors);
        // The files the plan says show it: its strategy's and challenge's pages and the whole-site files, in both
        // languages; not the other strategies, nor the pages that show the site-wide date, which did not move.
        var plan = SiteBuilder.Plan(new BuildOptions(Site.Root, Site.PathOf("_site")), new MinatoSite.Diagnostics.ErrorList())!;
        var showing = plan.Files.Where(f => f.Reads.Everything || f.Reads.Sources.Contains("input/2021-midterm/2-1/2-1-3.md")).Select(f => f.Path);
        Assert.Equal(showing.Order(StringComparer.Ordinal), report.Rendered.Order(StringComparer.Ordinal));
        Assert.Contains("2021/midterm/strategies/2-1/index.html", report.Rendered);
        Assert.Contains("en/2021/midterm/challenges/2/index.html", report.Rendered);
        Assert.DoesNotContain("2021/midterm/strategies/1-1/index.html", report.Rendered);
        Assert.DoesNotContain("accessibility/index.html", report.Rendered);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("2021/midterm/strategies/2-1/")).Body);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("")).Body);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("data/initiatives.json")).Body);
    }

    [Fact]
    public async Task A_japanese_edit_ahead_of_its_translation_is_served_with_a_warning()
    {
        var item = Site.Read("input/2021-midterm/2-1/2-1-3.md").Split('\n').First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        var report = await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.md", item + "\n", item + "\n  - 新たに1箇所を指定\n"));
        Assert.Empty(report.Errors);
        Assert.Contains(report.Warnings, w => w.File == "input/2021-midterm/2-1/2-1-3.en.md" && w.IsWarning);
        Assert.Contains("新たに1箇所を指定", (await Get("en/2021/midterm/strategies/2-1/")).Body);
    }

    [Fact]
    public async Task A_template_change_rebuilds_everything()
    {
        var report = await RebuildAfter(() => Site.Replace("theme/layouts/strategy.liquid", "<section aria-labelledby=\"downloads\"", "<section data-changed aria-labelledby=\"downloads\""));
        Assert.True(report.Full);
        Assert.Contains("data-changed", (await Get("en/2021/midterm/strategies/6-2/")).Body);
    }

    [Fact]
    public async Task Broken_yaml_shows_an_error_page_and_the_site_recovers_when_fixed()
    {
        var original = Site.Read("input/2021-midterm/2-1/2-1-3.md");
        var broken = await RebuildAfter(() => Site.Write("input/2021-midterm/2-1/2-1-3.md", original.Replace("progress: behind-schedule", "progress: behind")));
        Assert.NotEmpty(broken.Errors);
        foreach (var path in new[] { "", "2021/midterm/strategies/5-1/", "en/" })
        {
            var (status, body) = await Get(path);
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            // In Japanese, the staff's language, as the commands speak by default.
            Assert.Contains("input/2021-midterm/2-1/2-1-3.md:15: status.progress の「behind」は使えるコードではありません。", body);
            Assert.Contains(PreviewServer.EventsPath, body);
        }
        var fixedReport = await RebuildAfter(() => Site.Write("input/2021-midterm/2-1/2-1-3.md", original));
        Assert.Empty(fixedReport.Errors);
        var (recovered, page) = await Get("2021/midterm/strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Contains("津波避難ビルの確保", page);
    }

    [Fact]
    public async Task Browsers_are_told_to_reload_after_a_rebuild()
    {
        using var events = await Http.GetStreamAsync(new Uri(Server.Address, PreviewServer.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();
        var report = await RebuildAfter(() => Site.Replace("input/2021-midterm/1-1/1-1-1.md", "title: 人と人とのつながりづくり", "title: 人と人とのつながり"));
        // One event per rebuild; a save the watcher saw as two gives two, the last one this rebuild's.
        var received = new List<string>();
        while (!received.Contains($"data: {report.Generation}"))
        {
            var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.NotNull(line);
            if (line.Length > 0) received.Add(line);
        }
        Assert.All(received, e => Assert.StartsWith("data: ", e));
    }
}

/// <summary>The reload script belongs to the preview alone.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class BuildHasNoPreviewScriptTests(BuiltSite site)
{
    [Fact]
    public void Built_pages_carry_no_reload_script()
    {
        Assert.NotEmpty(site.HtmlFiles);
        foreach (var path in site.HtmlFiles)
        {
            Assert.DoesNotContain("__preview", site.Text(path));
            Assert.DoesNotContain("EventSource", site.Text(path));
        }
    }
}
