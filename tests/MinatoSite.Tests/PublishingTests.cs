using System.Text.RegularExpressions;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Tests;

/// <summary>GitHub: the workflows, annotations, edit links and the files Pages needs.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class PublishingTests(BuiltSite site)
{
    private const string BuildCommand = "dotnet run --project src/MinatoSite -- build";
    private const string TestCommand = "bash scripts/test.sh";

    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github/workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    private static string? Field(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void The_readme_gives_exactly_the_two_setup_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var setup = readme[readme.IndexOf("## Set-up", StringComparison.Ordinal)..];
        var start = setup.IndexOf("```sh\n", StringComparison.Ordinal) + 6;
        var block = setup[start..setup.IndexOf("\n```", start, StringComparison.Ordinal)];
        var commands = block.Split('\n').Select(l => l.Split('#')[0].Trim()).ToList();
        Assert.Equal([BuildCommand, TestCommand], commands);
        Assert.Contains(TestCommand, File.ReadAllText(Path.Combine(Repository.Root, ".ci/run")));
    }

    [Fact]
    public void The_pull_request_workflow_checks_builds_and_runs_the_readme_tests()
    {
        var workflow = Workflow("pull-request.yml");
        Assert.True(workflow.Children.ContainsKey(new YamlScalarNode("on")));
        var runs = Steps(workflow).Select(s => Field(s, "run")).OfType<string>().ToList();
        Assert.Contains(runs, r => r.StartsWith("dotnet run --project src/MinatoSite -- check", StringComparison.Ordinal) && r.Contains("--format github"));
        Assert.Contains(runs, r => r.StartsWith(BuildCommand, StringComparison.Ordinal));
        Assert.Contains(TestCommand, runs);
        Assert.Equal("read", Field((YamlMappingNode)workflow["permissions"], "contents"));
    }

    [Fact]
    public void The_pages_workflow_deploys_with_the_official_actions_and_least_privilege()
    {
        var workflow = Workflow("pages.yml");
        var uses = Steps(workflow).Select(s => Field(s, "uses")).OfType<string>().ToList();
        foreach (var action in new[] { "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages" })
            Assert.Contains(uses, u => u.StartsWith(action + "@v", StringComparison.Ordinal));
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal(["contents"], permissions.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var deploy = (YamlMappingNode)((YamlMappingNode)workflow["jobs"])["deploy"];
        var deployPermissions = (YamlMappingNode)deploy["permissions"];
        Assert.Equal("write", Field(deployPermissions, "pages"));
        Assert.Equal("write", Field(deployPermissions, "id-token"));
        var build = Steps(workflow).Select(s => Field(s, "run")).OfType<string>().Single(r => r.Contains("-- build", StringComparison.Ordinal));
        Assert.Contains("--base-path", build);
        Assert.Contains("steps.pages.outputs.base_path", build);
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+@v\d+(\.\d+)*$")]
    private static partial Regex PinnedAction();

    [Fact]
    public void Every_action_is_pinned_to_a_version_and_dependabot_updates_them()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, ".github/workflows"), "*.yml"))
        {
            foreach (var uses in Steps(Workflow(Path.GetFileName(file))).Select(s => Field(s, "uses")).OfType<string>())
                Assert.Matches(PinnedAction(), uses);
        }
        var dependabot = File.ReadAllText(Path.Combine(Repository.Root, ".github/dependabot.yml"));
        Assert.Contains("package-ecosystem: nuget", dependabot);
        Assert.Contains("package-ecosystem: github-actions", dependabot);
    }

    [Fact]
    public void Content_errors_become_github_annotations_on_the_changed_line()
    {
        using var copy = new SiteCopy();
        copy.Replace("input/2021-midterm/2-1/2-1-3.md", "progress: behind-schedule", "progress: behind");
        var (exit, output) = Programs.Run($"check --root \"{copy.Root}\" --format github");
        Assert.Equal(1, exit);
        // In Japanese unless asked otherwise, by --lang or by messages in data/site.yml.
        Assert.Contains("::error file=input/2021-midterm/2-1/2-1-3.md,line=15,title=内容のエラー（直すまで公開できません）::status.progress の「behind」は使えるコードではありません。次のどれかを書いてください: on-schedule、behind-schedule、implementing", output);
        Assert.Contains("エラーが 1 件あります。何も書き込んでいません。", output);
        var (_, english) = Programs.Run($"check --root \"{copy.Root}\" --format github --lang en");
        Assert.Contains("::error file=input/2021-midterm/2-1/2-1-3.md,line=15,title=Content error (not published until it is fixed)::status.progress 'behind' is not one of on-schedule, behind-schedule, implementing", english);
        Assert.Contains("1 error(s); nothing was written.", english);
        copy.Append("data/site.yml", "messages: en\n");
        var (_, chosen) = Programs.Run($"check --root \"{copy.Root}\" --format github");
        Assert.Contains("::status.progress 'behind' is not one of", chosen);
        var (_, overridden) = Programs.Run($"check --root \"{copy.Root}\" --format github --lang ja");
        Assert.Contains("::status.progress の「behind」は使えるコードではありません。", overridden);

        var (actionsExit, actionsOutput) = Programs.Run($"check --root \"{copy.Root}\"", new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" });
        Assert.Equal(1, actionsExit);
        Assert.Contains("::error file=input/2021-midterm/2-1/2-1-3.md,line=15,title=", actionsOutput);

        var (textExit, textOutput) = Programs.Run($"check --root \"{copy.Root}\"");
        Assert.Equal(1, textExit);
        Assert.Contains("input/2021-midterm/2-1/2-1-3.md:15: status.progress 'behind'", textOutput);
        Assert.DoesNotContain("::error", textOutput);
    }

    [Fact]
    public void A_command_line_that_cannot_be_read_and_the_help_are_said_in_the_chosen_language()
    {
        var (exit, japanese) = Programs.Run("new 2-1-7");
        Assert.Equal(1, exit);
        Assert.Contains("エラー: コマンドの書き方が正しくありません（", japanese);
        Assert.DoesNotContain("   at ", japanese);
        var (_, english) = Programs.Run("new 2-1-7 --lang en");
        Assert.Contains("error: the command line cannot be read (", english);
        var (helpExit, help) = Programs.Run("new --help");
        Assert.Equal(0, helpExit);
        Assert.Contains(Messages.HelpNew().In(MessageCatalogue.Japanese), help);
        Assert.Contains(Messages.HelpNewTitle().In(MessageCatalogue.Japanese), help);
        Assert.Contains(Messages.HelpNew().In(MessageCatalogue.English), Programs.Run("new --help --lang en").Output);
    }

    [Fact]
    public void The_guide_is_written_only_inside_the_repository_and_never_through_a_link()
    {
        using var copy = new SiteCopy();
        using var outside = new TempFolder();
        File.WriteAllText(outside["guide.md"], "<!-- messages:start -->\n<!-- messages:end -->\n");
        var (exit, text) = Programs.Run($"messages --root \"{copy.Root}\" --guide \"{outside["guide.md"]}\"");
        Assert.Equal(1, exit);
        Assert.Contains("リポジトリの中を指すパスではありません", text);
        File.CreateSymbolicLink(copy.PathOf("guide.md"), outside["guide.md"]);
        var (linked, said) = Programs.Run($"messages --root \"{copy.Root}\" --guide \"{copy.PathOf("guide.md")}\"");
        Assert.Equal(1, linked);
        Assert.Contains("シンボリックリンク", said);
        Assert.Equal("<!-- messages:start -->\n<!-- messages:end -->\n", File.ReadAllText(outside["guide.md"]));
    }

    [Fact]
    public void The_cli_builds_and_refuses_a_folder_it_did_not_make()
    {
        using var copy = new SiteCopy();
        using var temp = new TempFolder();
        var (exit, output) = Programs.Run($"build --root \"{copy.Root}\" --output \"{temp["out"]}\"");
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(temp["out/index.html"]));
        File.WriteAllText(temp["notes.txt"], "mine");
        var (refused, message) = Programs.Run($"build --root \"{copy.Root}\" --output \"{temp.Path}\"");
        Assert.Equal(2, refused);
        Assert.Contains("は置き換えません", message);
        Assert.True(File.Exists(temp["notes.txt"]));
    }

    [Fact]
    public void Edit_links_open_the_file_in_githubs_editor()
    {
        // Out of residents' way: no link to GitHub inside an initiative, one closed staff section at the end of the page.
        foreach (var (path, file) in new[] { ("2021/midterm/strategies/2-1/index.html", "2-1-3.md"), ("en/2021/midterm/strategies/2-1/index.html", "2-1-3.en.md") })
        {
            var page = site.Page(path);
            Assert.Empty(page.QuerySelectorAll($".initiative a[href^='{site.Model.Settings.Repository}']"));
            var staff = Assert.Single(page.QuerySelectorAll("main details.staff-edit"));
            Assert.False(staff.HasAttribute("open"));
            Assert.Null(staff.NextElementSibling);
            var links = staff.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"{site.Model.Settings.Repository}/edit/main/input/2021-midterm/2-1/{file}", links);
            Assert.Contains($"{site.Model.Settings.Repository}/tree/main/input/2021-midterm/2-1", links);
            Assert.Equal(site.Transcribed.Strategies.Single(s => s.Id == "2-1").Initiatives.Count + 1, links.Count);
        }
        Assert.Contains("このページを編集", site.Page("2021/midterm/corrections/index.html").QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void Pages_basics_are_there_404_sitemap_robots_canonical()
    {
        var notFound = site.Page("404.html");
        Assert.Single(notFound.QuerySelectorAll("h1"));
        Assert.NotNull(notFound.QuerySelector("section[lang=en]"));
        Assert.NotNull(notFound.QuerySelector("meta[name=robots][content=noindex]"));

        var siteUrl = site.Model.Settings.SiteUrl;
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        // Every page but those that are not to be indexed: the not-found page, and the pages that moved.
        Assert.Equal(site.HtmlFiles.Count(p => site.Page(p).QuerySelector("meta[name=robots]") is null), locations.Count);
        Assert.All(locations, l => Assert.StartsWith(siteUrl + "/", l));
        Assert.Contains(siteUrl + "/en/2021/midterm/strategies/2-1/", locations);

        Assert.Contains($"Sitemap: {siteUrl}/sitemap.xml", site.Text("robots.txt"));
        Assert.Equal($"{siteUrl}/2021/midterm/strategies/2-1/", site.Page("2021/midterm/strategies/2-1/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}

/// <summary>A project site lives under /REPO/ on GitHub Pages: every address must carry the prefix.</summary>
public sealed class BasePathTests : IDisposable
{
    private readonly BuiltSite _site = new("/minatosite/");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_link_asset_and_fragment_resolves_under_the_base_path()
    {
        Assert.True(_site.AssertInternalLinksResolve() > 1000);
        var outside = _site.HtmlFiles.SelectMany(p => _site.Page(p).QuerySelectorAll("[href^='/'], [src^='/']"))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith("/minatosite/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Json_urls_alternates_and_sitemap_carry_the_prefix()
    {
        using var json = System.Text.Json.JsonDocument.Parse(_site.Bytes("data/initiatives.json"));
        Assert.All(json.RootElement.EnumerateArray(), i => Assert.StartsWith("/minatosite/2021/midterm/strategies/", i.GetProperty("url").GetString()));
        using var english = System.Text.Json.JsonDocument.Parse(_site.Bytes("en/data/initiatives.json"));
        Assert.All(english.RootElement.EnumerateArray(), i => Assert.StartsWith("/minatosite/en/2021/midterm/strategies/", i.GetProperty("url").GetString()));
        var page = _site.Page("2021/midterm/strategies/2-1/index.html");
        Assert.All(page.QuerySelectorAll("link[rel=alternate]"), l => Assert.Contains("/minatosite/", l.GetAttribute("href")));
        Assert.Contains($"{_site.Model.Settings.SiteUrl}/minatosite/en/2021/midterm/strategies/2-1/", _site.Text("sitemap.xml"));
        Assert.Contains($"Sitemap: {_site.Model.Settings.SiteUrl}/minatosite/sitemap.xml", _site.Text("robots.txt"));
    }
}

/// <summary>The `new` verb writes a valid initiative, and refuses what would be wrong.</summary>
public sealed class NewInitiativeTests : IDisposable
{
    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void It_writes_every_field_in_the_right_place_and_check_refuses_it_until_filled_in()
    {
        var errors = new ErrorList();
        var path = Cli.InitiativeTemplate.Create(_site.Root, "2-1-7", "新しい取組", null, errors, out var problem);
        Assert.Equal("input/2021-midterm/2-1/2-1-7.md", path);
        Assert.Null(problem);
        var text = _site.Read(path!);
        foreach (var field in new[] { "id: 2-1-7", "strategy: 2-1", "number: 7", "title: \"新しい取組\"", "achievements:", "targets:", "# threshold:", "status:", "outlook:", "progress:" })
            Assert.Contains(field, text);

        // As written, nothing of it can be published: the placeholders and the empty status are errors.
        Assert.Null(SiteBuilder.Check(_site.Root, errors));
        var refused = errors.Sorted().Where(e => e.File == path).Select(e => e.Message).ToList();
        Assert.Equal(4, refused.Count);
        Assert.Contains(refused, m => m.StartsWith("an item of achievements still holds the text", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.StartsWith("targets.text still holds the text", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.StartsWith("status.outlook has no code yet: write one of achieve", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.StartsWith("status.progress has no code yet: write one of on-schedule", StringComparison.Ordinal));

        // Filled in as its comments say, the threshold's "# " removed, it is valid.
        var axes = SiteBuilder.Check(Repository.Root, new ErrorList())!.Stages["midterm"];
        var outlook = axes.Single(a => a.Id == "outlook").Codes[0].Code;
        var progress = axes.Single(a => a.Id == "progress").Codes[0].Code;
        var filled = string.Join('\n', text.Split('\n').Select(line =>
                line.TrimStart().StartsWith("# threshold:", StringComparison.Ordinal) || line.TrimStart().StartsWith("#   ", StringComparison.Ordinal) && line.StartsWith("    #", StringComparison.Ordinal)
                    ? line.Remove(line.IndexOf("# ", StringComparison.Ordinal), 2)
                    : line))
            .Replace(Loading.Placeholders.Achievement, "避難ビルの調整を始めた")
            .Replace(Loading.Placeholders.Target, "新たに指定する津波避難ビル：1箇所")
            .Replace("  outlook:\n", $"  outlook: {outlook}\n")
            .Replace("  progress:\n", $"  progress: {progress}\n");
        _site.Write(path!, filled);
        errors = new ErrorList();
        var valid = SiteBuilder.Check(_site.Root, errors);
        Assert.True(valid is not null, string.Join("\n", errors.Sorted()) + "\n" + filled);
        var created = valid!.Initiatives.Single(i => i.Id == "2-1-7");
        Assert.Equal("新しい取組", created.Title.Source);
        Assert.Equal(55m, created.Targets.Single().Threshold!.Value);
    }

    [Theory]
    [InlineData("2-1-3", "exists already")]
    [InlineData("9-9-1", "strategy '9-9' is not in data/reports/2021-midterm/plan.yml")]
    [InlineData("2-1", "is not an initiative id")]
    public void It_refuses_what_would_be_wrong(string id, string reason)
    {
        var before = _site.Read("input/2021-midterm/2-1/2-1-3.md");
        Assert.Null(Cli.InitiativeTemplate.Create(_site.Root, id, "x", null, new ErrorList(), out var problem));
        Assert.Contains(reason, problem?.English);
        Assert.Equal(before, _site.Read("input/2021-midterm/2-1/2-1-3.md"));
    }
}

/// <summary>A new unit, added as data/units.yml says: one line there and its label in each catalogue.</summary>
public sealed class NewUnitTests : ScratchSiteTests
{
    [Fact]
    public void A_unit_appended_as_a_list_item_is_accepted_and_shown_in_each_language()
    {
        Site.Write("data/units.yml", Site.Read("data/units.yml") + "  - 人\n");
        Site.Replace("data/strings/ja.yml", "\nunit:\n", "\nunit:\n  人:\n    other: \"{value}人\"\n");
        Site.Replace("data/strings/en.yml", "\nunit:\n", "\nunit:\n  人:\n    one: \"{value} person\"\n    other: \"{value} people\"\n");
        var initiative = "input/2021-midterm/6-2/6-2-1.md";
        Site.Replace(initiative, "unit: 点", "unit: 人");
        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        Assert.Contains("3.5人", File.ReadAllText(Output["_site/2021/midterm/strategies/6-2/index.html"]));
        Assert.Contains("3.5 people", File.ReadAllText(Output["_site/en/2021/midterm/strategies/6-2/index.html"]));
    }
}
