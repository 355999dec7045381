using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MinatoSite.Diagnostics;
using MinatoSite.Output;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>A pull request is untrusted: nothing is read through a link, nothing of a link's target is printed or published.</summary>
public sealed class SymbolicLinkTests : ScratchSiteTests, IDisposable
{
    // Any file outside the repository stands for what a link could reach on a runner.
    private readonly TempFolder _outside = new("minatosite-outside");

    private string Secret()
    {
        var path = _outside["secret.txt"];
        File.WriteAllText(path, "TOKEN-0123456789\n");
        return path;
    }

    private IReadOnlyList<ContentError> BuildFails()
    {
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        Assert.False(Directory.Exists(Output["_site"]));
        var list = errors.Sorted();
        Assert.DoesNotContain(list, e => e.Message.Contains("TOKEN", StringComparison.Ordinal));
        return list;
    }

    [Fact]
    public void A_linked_asset_is_reported_and_never_published()
    {
        File.CreateSymbolicLink(Site.PathOf("theme/assets/secret.css"), Secret());
        var error = Assert.Single(BuildFails());
        Assert.Equal("theme/assets/secret.css", error.File);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_linked_initiative_is_reported_without_its_target()
    {
        File.CreateSymbolicLink(Site.PathOf("input/2021-midterm/2-1/2-1-9.md"), Secret());
        var error = Assert.Single(BuildFails());
        Assert.Equal("input/2021-midterm/2-1/2-1-9.md", error.File);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_linked_folder_is_not_entered()
    {
        Secret();
        File.WriteAllText(_outside["2-9-1.md"], "---\nid: TOKEN\n---\n");
        Directory.CreateSymbolicLink(Site.PathOf("input/2-9"), _outside.Path);
        var error = Assert.Single(BuildFails());
        Assert.Equal("input/2-9", error.File);
    }

    [Fact]
    public void A_linked_data_file_or_template_is_reported()
    {
        File.Delete(Site.PathOf("data/site.yml"));
        File.CreateSymbolicLink(Site.PathOf("data/site.yml"), Secret());
        File.Move(Site.PathOf("theme/partials/icon.liquid"), _outside["icon.liquid"]);
        File.CreateSymbolicLink(Site.PathOf("theme/partials/icon.liquid"), _outside["icon.liquid"]);
        var errors = BuildFails();
        Assert.Contains(errors, e => e.File == "data/site.yml" && e.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "theme/partials/icon.liquid" && e.Message.Contains("symbolic link", StringComparison.Ordinal));
    }

    public new void Dispose()
    {
        _outside.Dispose();
        base.Dispose();
    }
}

/// <summary>Input that cannot be right is refused at its file and line, and what would exhaust the machine is bounded.</summary>
public sealed class RefusedInputTests : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";

    private ContentError Single(string file)
    {
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        return Assert.Single(errors.Sorted(), e => e.File == file);
    }

    private int LineOf(string file, string text) => 1 + Site.Read(file).Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("title: \"\"", "title is empty")]
    [InlineData("title: \"\u3000\"", "title is empty")]
    [InlineData("title: !!binary 5rSl5rOi", "tag ('!!binary' says what kind of value follows)")]
    [InlineData("title: &t 津波", "anchor ('&t' names the value)")]
    [InlineData("title: *missing", "alias ('*missing' points to a value elsewhere)")]
    [InlineData("title: [津波避難ビルの確保", "is never closed")]
    [InlineData("title: {津波避難ビルの確保", "is never closed")]
    public void A_title_that_cannot_be_right_is_refused_at_its_line(string title, string expected)
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", title);
        var error = Single(File213);
        Assert.Equal(LineOf(File213, title.Split(' ')[0] + " " + title.Split(' ')[1][..1]), error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_where_it_is()
    {
        Site.Replace(File213, "  outlook:", "\toutlook:");
        var error = Single(File213);
        Assert.Equal(LineOf(File213, "\toutlook:"), error.Line);
        Assert.Contains("tab at column 1", error.Message);
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0007')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    public void Invisible_control_characters_are_refused_with_their_column(char character)
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", $"title: 津波{character}避難ビルの確保");
        var error = Single(File213);
        Assert.Equal(LineOf(File213, "title:"), error.Line);
        Assert.Contains($"column 10 holds the invisible control character U+{(int)character:X4}", error.Message);
    }

    [Fact]
    public void An_empty_target_text_is_refused()
    {
        var text = Site.Read(File213);
        var target = text.Split('\n').First(l => l.TrimStart().StartsWith("- text:", StringComparison.Ordinal));
        Site.Replace(File213, target, target[..(target.IndexOf("text:", StringComparison.Ordinal) + 5)] + " \"  \"");
        Assert.Contains("text is empty", Single(File213).Message);
    }

    [Theory]
    [InlineData("outOf: 0", "must be more than 0")]
    [InlineData("outOf: 3", "is more than targets.threshold.outOf 3")]
    [InlineData("outOf: 5.1234", "more than 3 decimals")]
    public void Impossible_thresholds_are_refused(string outOf, string expected)
    {
        // 6-2-1 has a target of 3.5点以上 (5点満点), as the report has it.
        var file = "input/2021-midterm/6-2/6-2-1.md";
        Assert.Contains("outOf: 5", Site.Read(file));
        Site.Replace(file, "outOf: 5", outOf);
        Assert.Contains(expected, Single(file).Message);
    }

    [Fact]
    public void A_date_after_today_is_refused()
    {
        var tomorrow = MinatoSite.Model.ContentDate.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Site.Replace(File213, "title: 津波避難ビルの確保", $"title: 津波避難ビルの確保\nupdated: {tomorrow}");
        var error = Single(File213);
        Assert.Equal(LineOf(File213, "updated:"), error.Line);
        Assert.Contains("is after today", error.Message);
    }

    [Fact]
    public void A_second_document_in_a_data_file_is_refused()
    {
        Site.Write("data/units.yml", Site.Read("data/units.yml") + "\n---\nunits: []\n");
        var error = Single("data/units.yml");
        Assert.Contains("second YAML document", error.Message);
        Assert.Equal(LineOf("data/units.yml", "---"), error.Line);
    }

    [Fact]
    public void An_alias_bomb_in_a_catalogue_is_refused_before_it_expands()
    {
        var bomb = "lol1: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(2, 9).Select(n => $"lol{n}: &{(char)('a' + n - 1)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + n - 2), 10))}]\n"));
        Site.Write("data/strings/ja.yml", bomb + Site.Read("data/strings/ja.yml"));
        var watch = Stopwatch.StartNew();
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains(errors.Sorted(), e => e.File == "data/strings/ja.yml" && e.Line == 1 && e.Message.Contains("read by YAML as an anchor", StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_in_htmlLang_is_refused()
    {
        Site.Replace("data/languages.yml", "htmlLang: en", "htmlLang: 'en\"><script>alert(1)</script>'");
        Assert.Contains("must be a language tag", Single("data/languages.yml").Message);
    }

    [Fact]
    public void A_strategy_listed_twice_in_the_plan_is_an_error_not_a_crash()
    {
        Site.Replace("data/reports/2021-midterm/plan.yml", "      - id: \"2-2\"\n", "      - id: \"2-1\"\n        title: 二重\n      - id: \"2-2\"\n");
        var error = Single("data/reports/2021-midterm/plan.yml");
        Assert.Contains("strategy id '2-1' is used twice", error.Message);
    }

    [Fact]
    public void Markdown_nested_too_deep_is_an_error_at_its_file()
    {
        Site.Write(File213, Site.Read(File213) + "\n\n" + new string('>', 200) + " 深い\n");
        Assert.Contains("nests quotes", Single(File213).Message);
    }

    [Fact]
    public void Text_nested_past_the_yaml_limit_is_refused()
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", "title: 津波避難ビルの確保\nx: " + new string('[', 20) + new string(']', 20));
        Assert.Contains("nested more than 8 levels", Single(File213).Message);
    }

    [Fact]
    public void A_line_longer_than_the_limit_and_a_file_larger_than_the_limit_are_refused()
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", "title: " + new string('津', 6_000));
        Assert.Contains("a line may have at most 5,000", Single(File213).Message);
        Site.Write("input/2021-midterm/2-1/2-1-4.md", Site.Read("input/2021-midterm/2-1/2-1-4.md") + "\n" + string.Concat(Enumerable.Repeat("長い文章です。\n", 700_000)));
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "input/2021-midterm/2-1/2-1-4.md" && e.Message.Contains("may be at most 4,096 KB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_never_ends_is_stopped()
    {
        Site.Replace("theme/layouts/404.liquid", "<h1>", "{% for i in (1..9999) %}{% for j in (1..9999) %}{% endfor %}{% endfor %}<h1>");
        var watch = Stopwatch.StartNew();
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains(errors.Sorted(), e => e.File == "theme/layouts/404.liquid" && e.Message.Contains("50,000,000 steps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_range_in_a_template_is_refused_at_its_line()
    {
        Site.Replace("theme/layouts/404.liquid", "<h1>", "{% for i in (1..100000000) %}{% endfor %}<h1>");
        var error = Single("theme/layouts/404.liquid");
        Assert.Equal(LineOf("theme/layouts/404.liquid", "100000000"), error.Line);
        Assert.Contains("more than 10,000 numbers", error.Message);
    }

    [Fact]
    public void Errors_of_one_file_are_listed_up_to_a_limit_and_counted_beyond_it()
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", "title: 津波避難ビルの確保\n" + string.Concat(Enumerable.Repeat("# \u0001\n", 1000)));
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var listed = errors.Sorted().Where(e => e.File == File213).ToList();
        Assert.Equal(ErrorList.MaxPerFile + 1, listed.Count);
        Assert.Contains(listed, e => e.Message.StartsWith("and 980 more error(s) in this file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_that_divides_by_zero_is_an_error_in_its_catalogue()
    {
        Site.Replace("data/strings/en.yml", "\"¥{value/1000} million\"", "\"¥{value/0} million\"");
        var error = Single("data/strings/en.yml");
        Assert.Contains("'unit.千円' divides the value by something that is not a number above 0", error.Message);
    }

    [Fact]
    public void A_value_with_more_decimals_than_a_language_shows_after_scaling_is_refused()
    {
        // 13,877.5千円 reads ¥13.8775 million in English: four decimals, one more than pages show.
        var file = Directory.EnumerateFiles(Site.PathOf("input"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Root, f).Replace('\\', '/'))
            .First(f => Site.Read(f).Contains("unit: 千円", StringComparison.Ordinal));
        var text = Site.Read(file);
        var value = text.Split('\n').Last(l => l.TrimStart().StartsWith("value:", StringComparison.Ordinal) && text.IndexOf(l, StringComparison.Ordinal) < text.IndexOf("unit: 千円", StringComparison.Ordinal));
        Site.Replace(file, value, value.TrimEnd() + ".5");
        Assert.Contains("more than 3 decimals", Single(file).Message);
    }

    [Fact]
    public void Blocks_nested_too_deep_in_a_template_are_refused_at_their_line()
    {
        Site.Replace("theme/layouts/404.liquid", "<h1>", string.Concat(Enumerable.Repeat("{% if true %}", 60)) + string.Concat(Enumerable.Repeat("{% endif %}", 60)) + "<h1>");
        var error = Single("theme/layouts/404.liquid");
        Assert.Equal(1, error.Line);
        Assert.Contains("nested more than 40 deep", error.Message);
    }

    [Fact]
    public void Hidden_folders_are_ignored_like_hidden_files()
    {
        Site.Write("input/.obsidian/workspace.json", "{}");
        Site.Write("input/.obsidian/notes.md", "not front matter");
        Assert.NotNull(SiteBuilder.Check(Site.Root, new ErrorList()));
    }
}

/// <summary>The output folder: refused with a reason, never left absent or littered, written into a mount point.</summary>
public sealed class OutputEdgeTests : ScratchSiteTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_output_is_refused(string output) =>
        Assert.Throws<OutputRefusedException>(() => SiteBuilder.Build(new BuildOptions(Site.Root, output), new ErrorList()));

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        File.WriteAllText(Output["file"], "x");
        var refused = Assert.Throws<OutputRefusedException>(() => SiteBuilder.Build(new BuildOptions(Site.Root, Output["file"]), new ErrorList()));
        Assert.Contains("it is a file", refused.Message);
    }

    [Fact]
    public void An_output_that_cannot_be_made_is_an_environment_problem_with_its_exit_code()
    {
        File.WriteAllText(Output["file"], "x");
        var (exit, text) = Programs.Run($"build --no-search --root \"{Site.Root}\" --output \"{Output["file/_site"]}\"");
        Assert.Equal(3, exit);
        Assert.Contains("を用意できませんでした", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void The_preview_on_a_busy_port_says_so_with_its_exit_code()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (exit, text) = Programs.Run($"preview --root \"{Site.Root}\" --port {port}");
        Assert.Equal(3, exit);
        Assert.Contains($"127.0.0.1:{port}", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Leftovers_of_interrupted_builds_are_removed_unless_a_build_still_holds_them()
    {
        var output = Output["_site"];
        var killed = Output["._site.staging-" + new string('a', 32)];
        var swapped = Output["._site.previous-" + new string('b', 32)];
        var running = Output["._site.staging-" + new string('c', 32)];
        foreach (var folder in new[] { killed, swapped, running }) Directory.CreateDirectory(Path.Combine(folder, "strategies"));
        File.WriteAllText(killed + ".lock", "");
        using (new FileStream(running + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, output), new ErrorList()));
            Assert.False(Directory.Exists(killed));
            Assert.False(File.Exists(killed + ".lock"));
            Assert.False(Directory.Exists(swapped));
            Assert.True(Directory.Exists(running), "the folder of a build that still runs was removed");
        }
        Assert.Equal(["._site.staging-" + new string('c', 32), "._site.staging-" + new string('c', 32) + ".lock", "_site"],
            Directory.EnumerateFileSystemEntries(Output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_link_named_like_a_leftover_is_never_followed()
    {
        using var outside = new TempFolder("minatosite-outside");
        Directory.CreateDirectory(Path.Combine(outside.Path, "keep", "deep"));
        File.WriteAllText(Path.Combine(outside.Path, "keep", "deep", "file.txt"), "kept");
        Directory.CreateSymbolicLink(Output["._site.previous-" + new string('d', 32)], outside.Path);
        Directory.CreateSymbolicLink(Output["._site.staging-" + new string('e', 32)], outside.Path);
        Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), new ErrorList()));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(outside.Path, "keep", "deep", "file.txt")));
    }

    [Fact]
    public void An_output_that_is_a_link_is_refused()
    {
        using var outside = new TempFolder("minatosite-outside");
        Directory.CreateSymbolicLink(Output["_site"], outside.Path);
        var refused = Assert.Throws<OutputRefusedException>(() => SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), new ErrorList()));
        Assert.Contains("symbolic link", refused.Message);
    }

    [Fact]
    public void The_output_folder_is_exchanged_in_one_step()
    {
        var output = Output["_site"];
        Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, output), new ErrorList()));
        var inode = Inode(output);
        // A watcher on the parent sees no moment without the output folder: the old one is never renamed away.
        var seen = new List<string>();
        using var watcher = new FileSystemWatcher(Output.Path) { NotifyFilter = NotifyFilters.DirectoryName, EnableRaisingEvents = true };
        watcher.Renamed += (_, e) => { lock (seen) seen.Add(e.Name!); };
        Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, output), new ErrorList()));
        Thread.Sleep(200);
        Assert.NotEqual(inode, Inode(output));
        lock (seen) Assert.DoesNotContain(seen, name => name.Contains(".previous-", StringComparison.Ordinal));
        Assert.Single(Directory.EnumerateFileSystemEntries(Output.Path));
    }

    private static string Inode(string path)
    {
        var (exit, text) = Programs.Run("stat", $"-c %i \"{path}\"");
        Assert.Equal(0, exit);
        return text.Trim();
    }

    [Fact]
    public void A_build_into_a_mount_point_writes_inside_it()
    {
        var mount = Output["mounted"];
        Directory.CreateDirectory(mount);
        // As root (this machine's CI), or through passwordless sudo (GitHub's runners).
        var root = Environment.UserName == "root";
        var (mounted, why) = root ? Programs.Run("mount", $"-t tmpfs -o size=64m tmpfs \"{mount}\"") : Programs.Run("sudo", $"-n mount -t tmpfs -o size=64m,mode=1777 tmpfs \"{mount}\"");
        Assert.True(mounted == 0, $"mounting a tmpfs for this test needs root or passwordless sudo: {why}");
        try
        {
            Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, mount), new ErrorList()));
            Assert.NotNull(SiteBuilder.Build(new BuildOptions(Site.Root, mount), new ErrorList()));
            Assert.True(File.Exists(Path.Combine(mount, "2021/midterm/strategies/2-1/index.html")));
            Assert.True(File.Exists(Path.Combine(mount, SiteWriter.Marker)));
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(mount), e => Path.GetFileName(e).StartsWith('.') && Path.GetFileName(e) != SiteWriter.Marker);
        }
        finally
        {
            if (root) Programs.Run("umount", $"\"{mount}\"");
            else Programs.Run("sudo", $"-n umount \"{mount}\"");
        }
    }
}
