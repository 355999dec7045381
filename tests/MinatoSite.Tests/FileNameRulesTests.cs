using System.Text.RegularExpressions;
using System.Globalization;
using AngleSharp.Html.Parser;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The one reading of file names: kinds, languages with BCP 47 subtags, and strategies from data/reports/2021-midterm/plan.yml alone.</summary>
public sealed class SourcePathTests
{
    private static readonly Language Japanese = new("ja", "日本語", "ja", "", CultureInfo.GetCultureInfo("ja-JP"), true, true);
    private static readonly Language English = new("en", "English", "en", "en/", CultureInfo.GetCultureInfo("en-GB"), false, false);
    private static readonly Language Chinese = new("zh-Hans", "简体中文", "zh-Hans", "zh-Hans/", CultureInfo.GetCultureInfo("zh-Hans"), false, false);
    private static readonly Language[] Languages = [Japanese, English, Chinese];

    [Theory]
    [InlineData("input/2021-midterm/2-1/2-1-3.md", SourceKind.Initiative, "ja", null)]
    [InlineData("input/2021-midterm/2-1/2-1-3.en.md", SourceKind.Initiative, "en", "input/2021-midterm/2-1/2-1-3.md")]
    [InlineData("input/2021-midterm/1-1/1-1-1.zh-Hans.md", SourceKind.Initiative, "zh-Hans", "input/2021-midterm/1-1/1-1-1.md")]
    [InlineData("input/2021-midterm/1-1/1-1-1.zh-hans.md", SourceKind.Initiative, "zh-Hans", "input/2021-midterm/1-1/1-1-1.md")]
    [InlineData("input/2021-midterm/dx/dx-1.md", SourceKind.Initiative, "ja", null)]
    [InlineData("input/2021-midterm/CORRECTIONS.md", SourceKind.Page, "ja", null)]
    [InlineData("input/2021-midterm/CORRECTIONS.en.md", SourceKind.Page, "en", "input/2021-midterm/CORRECTIONS.md")]
    public void Content_files_are_read_by_kind_language_and_source(string path, SourceKind kind, string language, string? source)
    {
        var parsed = SourcePath.Parse(path, Languages);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(language, parsed.Language!.Code);
        Assert.Equal(source, parsed.TranslationOf);
        Assert.Equal(source ?? path, parsed.Source);
        Assert.Null(parsed.StrayLanguage);
    }

    [Theory]
    [InlineData("input/2021-midterm/2-1/2-1-3.fr.md", "fr")]
    [InlineData("input/2021-midterm/2-1/2-1-3.ja.md", "ja")]
    public void A_language_the_site_does_not_publish_is_stray(string path, string code)
    {
        var parsed = SourcePath.Parse(path, Languages);
        Assert.Equal(code, parsed.StrayLanguage);
        Assert.False(parsed.IsTranslation);
    }

    [Theory]
    [InlineData("input/.obsidian/workspace.md", SourceKind.Ignored)]
    [InlineData("input/2021-midterm/2-1/.2-1-3.md.swp", SourceKind.Ignored)]
    [InlineData("input/2021-midterm/2-1/notes.txt", SourceKind.NotMarkdown)]
    [InlineData("input/2021-midterm/2-1/old/2-1-3.md", SourceKind.Misplaced)]
    [InlineData("data/reports/2021-midterm/plan.yml", SourceKind.Data)]
    [InlineData("theme/layouts/layout.liquid", SourceKind.Theme)]
    [InlineData("README.md", SourceKind.Other)]
    public void Other_files_are_told_apart(string path, SourceKind kind) =>
        Assert.Equal(kind, SourcePath.Parse(path, Languages).Kind);

    [Theory]
    [InlineData("2-1-7", "2-1", 7)]
    [InlineData("reform-4", "reform", 4)]
    [InlineData("dx-1", "dx", 1)]
    [InlineData("dx-2-1", "dx-2", 1)]
    public void An_initiative_id_splits_into_a_strategy_of_the_plan_and_a_number(string id, string strategy, int number) =>
        Assert.Equal((strategy, number), SourcePath.SplitInitiativeId(id, ["2-1", "reform", "dx", "dx-2"]));

    [Theory]
    [InlineData("2-1")]
    [InlineData("9-9-1")]
    [InlineData("2-1-07")]
    [InlineData("2-1-x")]
    public void An_id_without_a_strategy_of_the_plan_and_a_number_does_not_split(string id) =>
        Assert.Null(SourcePath.SplitInitiativeId(id, ["2-1", "reform"]));
}

/// <summary>Language codes are matched without regard to case, so one item cannot be translated twice under two spellings.</summary>
public sealed class TranslatedTwiceTests : ScratchSiteTests
{
    [Fact]
    public void A_second_file_for_the_same_language_is_an_error_on_that_file()
    {
        Site.Write("input/2021-midterm/2-1/2-1-3.EN.md", Site.Read("input/2021-midterm/2-1/2-1-3.en.md"));
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        // Reported on the new file: the one spelt as data/languages.yml spells the code keeps the translation.
        Assert.Equal("input/2021-midterm/2-1/2-1-3.EN.md", error.File);
        Assert.Contains("already translated into en by input/2021-midterm/2-1/2-1-3.en.md", error.Message);
    }
}

/// <summary>A language with a script subtag, added by staff as data/languages.yml says, works everywhere.</summary>
public sealed class SubtagLanguageTests : ScratchSiteTests
{
    [Fact]
    public void A_zh_Hans_translation_is_read_and_published_under_its_own_prefix()
    {
        Site.Write("data/languages.yml", Site.Read("data/languages.yml") + "  - code: zh-Hans\n    name: 简体中文\n    htmlLang: zh-Hans\n    culture: zh-Hans\n    calendar: gregorian\n");
        // Chinese numbers take one form (CLDR: other alone), so its units have no 'one'.
        Site.Write("data/strings/zh-Hans.yml", Regex.Replace(Site.Read("data/strings/en.yml"), @"^    one: .*\n", "", RegexOptions.Multiline));
        Site.Write("input/2021-midterm/1-1/1-1-1.zh-Hans.md", "---\ntitle: 人与人之间的联系\n---\n");
        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));

        var initiative = result!.Model.Initiatives.Single(i => i.Id == "1-1-1");
        var chinese = result.Model.Languages.Single(l => l.Code == "zh-Hans");
        Assert.Equal("input/2021-midterm/1-1/1-1-1.zh-Hans.md", Assert.Single(initiative.Translations, t => t.Language == chinese).Path);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Output["_site/zh-Hans/2021/midterm/strategies/1-1/index.html"]));
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("人与人之间的联系", page.GetElementById(initiative.Anchor)!.TextContent);
        // Every page names the new language as an alternate, and the untranslated text is marked as Japanese.
        Assert.NotNull(new HtmlParser().ParseDocument(File.ReadAllText(Output["_site/2021/midterm/strategies/1-1/index.html"])).QuerySelector("link[hreflang='zh-Hans']"));
        Assert.NotEmpty(page.QuerySelectorAll("[lang=ja]"));
    }
}

/// <summary>Strategy ids are whatever data/reports/2021-midterm/plan.yml says: a non-numeric one works for the build and for <c>new</c>.</summary>
public sealed class NonNumericStrategyTests : ScratchSiteTests
{
    [Fact]
    public void A_strategy_named_dx_takes_new_initiatives_and_is_published()
    {
        Site.Replace("data/reports/2021-midterm/plan.yml", "      - id: \"6-2\"\n        title: 区民が利用しやすく、信頼される区役所づくり\n",
            "      - id: \"6-2\"\n        title: 区民が利用しやすく、信頼される区役所づくり\n      - id: dx\n        title: 区役所のデジタル化\n");
        var errors = new ErrorList();
        var path = Cli.InitiativeTemplate.Create(Site.Root, "dx-1", "オンライン申請の拡大", null, errors, out var problem);
        Assert.True(problem is null, problem?.English);
        Assert.Equal("input/2021-midterm/dx/dx-1.md", path);
        // Filled in as staff would: a result, a target and a status.
        Site.Write(path!, Site.Read(path!)
            .Replace(Loading.Placeholders.Achievement, "電子申請の対象を広げた")
            .Replace(Loading.Placeholders.Target, "電子申請できる手続：10件")
            .Replace("  outlook:\n", "  outlook: achieve\n")
            .Replace("  progress:\n", "  progress: on-schedule\n"));

        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        var strategy = new HtmlParser().ParseDocument(File.ReadAllText(Output["_site/2021/midterm/strategies/dx/index.html"]));
        Assert.Contains("オンライン申請の拡大", strategy.GetElementById("initiative-dx-1")!.TextContent);
        Assert.True(File.Exists(Output["_site/en/2021/midterm/strategies/dx/index.html"]));
    }

    [Fact]
    public void New_refuses_a_strategy_that_is_not_in_the_plan()
    {
        Assert.Null(Cli.InitiativeTemplate.Create(Site.Root, "dx-1", "x", null, new ErrorList(), out var problem));
        Assert.Contains("strategy 'dx' is not in data/reports/2021-midterm/plan.yml", problem?.English);
        Assert.False(File.Exists(Site.PathOf("input/2021-midterm/dx/dx-1.md")));
    }
}

/// <summary>The templates are strict: a misspelt member or filter fails the build where it is written, naming the page.</summary>
public sealed class StrictTemplateTests : ScratchSiteTests
{
    private ContentError BuildFails(string layout, string from, string to)
    {
        Site.Replace(layout, from, to);
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        Assert.False(Directory.Exists(Output["_site"]));
        return Assert.Single(errors.Sorted());
    }

    private int LineOf(string file, string text) => 1 + Site.Read(file).Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_misspelt_member_names_the_template_line_and_the_page()
    {
        var error = BuildFails("theme/layouts/strategy.liquid", "{{ strategy.label }}", "{{ strategy.lable }}");
        Assert.Equal("theme/layouts/strategy.liquid", error.File);
        Assert.Equal(LineOf("theme/layouts/strategy.liquid", "strategy.lable"), error.Line);
        Assert.Contains("'lable' is not a member of StrategyView", error.Message);
        Assert.Contains("label", error.Message);
        Assert.Contains("2021/midterm/strategies/1-1/index.html", error.Message);
    }

    [Fact]
    public void A_misspelt_member_in_a_partial_names_the_partial()
    {
        var error = BuildFails("theme/partials/initiative.liquid", "initiative.anchor", "initiative.anchr");
        Assert.Equal("theme/partials/initiative.liquid", error.File);
        Assert.Equal(LineOf("theme/partials/initiative.liquid", "initiative.anchr"), error.Line);
    }

    [Fact]
    public void An_unknown_variable_of_a_layout_fails()
    {
        var error = BuildFails("theme/layouts/page.liquid", "{{ body | raw }}", "{{ bdy | raw }}");
        Assert.Equal("theme/layouts/page.liquid", error.File);
        Assert.Contains("'bdy' is not a member of ContentLayout", error.Message);
    }

    [Fact]
    public void An_unknown_filter_fails()
    {
        var error = BuildFails("theme/layouts/404.liquid", "{{ \"notfound.text\" | t }}", "{{ \"notfound.text\" | translate }}");
        Assert.Equal("theme/layouts/404.liquid", error.File);
        Assert.Equal(LineOf("theme/layouts/404.liquid", "| translate"), error.Line);
        Assert.Contains("translate", error.Message);
        Assert.Contains("404.html", error.Message);
    }
}
