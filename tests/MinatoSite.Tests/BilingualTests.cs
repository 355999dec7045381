using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Japanese at /, English at /en/, every page in both, and Japanese text on English pages marked as such.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class BilingualTests(BuiltSite site)
{
    // Hiragana, katakana, CJK ideographs, CJK punctuation and full-width forms.
    [GeneratedRegex(@"[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Japanese();

    private IEnumerable<string> JapanesePages => site.Pages.Where(p => !p.StartsWith("en/", StringComparison.Ordinal) && p != "404.html");

    /// <summary>The Japanese pages that are the site's own content, not the pages that say they moved.</summary>
    private IEnumerable<string> ContentPages => JapanesePages.Intersect(site.ContentPages);

    [Fact]
    public void Every_japanese_page_has_an_english_twin_and_back()
    {
        var english = site.Pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(english);
        Assert.Equal(JapanesePages.Select(p => "en/" + p), english);
    }

    [Fact]
    public void Pages_declare_their_language_and_alternates()
    {
        foreach (var path in ContentPages)
        {
            var ja = site.Page(path);
            var en = site.Page("en/" + path);
            Assert.Equal("ja", ja.DocumentElement.GetAttribute("lang"));
            Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
            foreach (var page in new[] { ja, en })
            {
                var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.Equal(["ja", "en", "x-default"], alternates.Keys);
                Assert.EndsWith("/" + path.Replace("index.html", ""), alternates["ja"]);
                Assert.EndsWith("/en/" + path.Replace("index.html", ""), alternates["en"]);
                Assert.Equal(alternates["ja"], alternates["x-default"]);
            }
        }
    }

    [Fact]
    public void The_switcher_goes_to_the_same_page_in_the_other_language()
    {
        foreach (var path in ContentPages)
        {
            foreach (var (current, other, otherPath) in new[] { (path, "en", "en/" + path), ("en/" + path, "ja", path) })
            {
                var links = site.Page(current).QuerySelectorAll(".lang-switch a").ToList();
                Assert.Equal(2, links.Count);
                var target = links.Single(a => a.GetAttribute("hreflang") == other);
                Assert.Equal(other, target.GetAttribute("lang"));
                Assert.Null(target.GetAttribute("aria-current"));
                Assert.Equal(otherPath, site.FileOf(target.GetAttribute("href")!));
                var self = links.Single(a => a.GetAttribute("hreflang") != other);
                Assert.Equal("true", self.GetAttribute("aria-current"));
                Assert.Equal(current, site.FileOf(self.GetAttribute("href")!));
            }
        }
    }

    [Fact]
    public void On_english_pages_every_japanese_text_sits_in_an_element_whose_language_is_japanese()
    {
        var checkedNodes = 0;
        foreach (var path in site.Pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)))
        {
            var page = site.Page(path);
            foreach (var node in page.Body!.Descendants().OfType<IText>().Concat(page.Head!.Descendants().OfType<IText>()))
            {
                if (!Japanese().IsMatch(node.Data)) continue;
                var language = node.ParentElement!.Closest("[lang]")!.GetAttribute("lang");
                Assert.True(language == "ja", $"{path}: Japanese text outside lang=ja: '{node.Data.Trim()}' in <{node.ParentElement.LocalName}>");
                checkedNodes++;
            }
            foreach (var element in page.All.Where(e => e.Attributes.Any(a => a.Name is "aria-label" or "title" or "alt" && Japanese().IsMatch(a.Value))))
                Assert.Fail($"{path}: an attribute of <{element.LocalName}> is in Japanese");
        }
        Assert.True(checkedNodes > 0, "no Japanese text at all on English pages: the language switcher should be one");
    }

    [Fact]
    public void The_english_site_is_fully_translated_and_says_the_japanese_is_official()
    {
        var overview = site.Page("en/2021/midterm/index.html");
        Assert.Null(overview.QuerySelector(".notice--coverage"));
        foreach (var path in site.Pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)))
        {
            var page = site.Page(path);
            Assert.Contains("The Japanese text is the official version", page.QuerySelector("main")!.TextContent);
            Assert.Empty(page.QuerySelectorAll(".notice--untranslated"));
        }
        var (translated, total) = site.Model.TranslationCoverage(site.Transcribed, site.Model.Languages.Single(l => l.Code == "en"));
        Assert.Equal(total, translated);
    }

    [Fact]
    public void English_pages_use_english_labels_and_dates()
    {
        var section = site.Page("en/2021/midterm/strategies/2-1/index.html").GetElementById("initiative-2-1-1")!;
        Assert.Equal(["Target expected to be met", "Not on schedule"], section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel));
        Assert.Contains("Supporting local disaster prevention activities", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("November 2021", site.Page("en/2021/midterm/index.html").Body!.TextContent);
        Assert.Contains("令和3年11月", site.Page("2021/midterm/index.html").Body!.TextContent);
        Assert.Contains("55% or more", site.Page("en/2021/midterm/strategies/1-1/index.html").GetElementById("initiative-1-1-1")!.TextContent);
    }

    [Fact]
    public void The_english_open_data_has_the_same_shape_in_english()
    {
        using var ja = System.Text.Json.JsonDocument.Parse(site.Bytes("data/initiatives.json"));
        using var en = System.Text.Json.JsonDocument.Parse(site.Bytes("en/data/initiatives.json"));
        var jaItems = ja.RootElement.EnumerateArray().ToList();
        var enItems = en.RootElement.EnumerateArray().ToList();
        Assert.Equal(jaItems.Count, enItems.Count);
        for (var i = 0; i < jaItems.Count; i++)
        {
            Assert.Equal(jaItems[i].EnumerateObject().Select(p => p.Name), enItems[i].EnumerateObject().Select(p => p.Name));
            Assert.Equal(jaItems[i].GetProperty("outlook").ToString(), enItems[i].GetProperty("outlook").ToString());
            Assert.StartsWith("/en/", enItems[i].GetProperty("url").GetString());
            Assert.DoesNotMatch(Japanese(), enItems[i].GetProperty("title").GetString()!);
        }
    }
}

/// <summary>Languages are data: a missing string fails the build, and a third language builds without code changes.</summary>
public sealed class LanguageDataTests : ScratchSiteTests
{
    [Fact]
    public void A_missing_catalogue_key_fails_the_build_naming_key_and_file()
    {
        Site.Replace("data/strings/en.yml", "  skip: Skip to main content\n", "");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal("data/strings/en.yml", error.File);
        Assert.StartsWith("the interface string 'nav.skip' is missing; it is defined in data/strings/ja.yml:", error.Message);
        Assert.False(Directory.Exists(Output["_site"]));
    }

    [Fact]
    public void A_key_used_by_a_template_but_missing_everywhere_fails_the_build()
    {
        Site.Replace("theme/layouts/overview.liquid", "{{ \"overview.summary\" | t }}", "{{ \"overview.no-such-key\" | t }}");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        Assert.Contains(errors.Sorted(), e => e.Message.Contains("'overview.no-such-key' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_third_language_builds_from_data_alone_with_marked_fallback()
    {
        Site.Write("data/languages.yml", Site.Read("data/languages.yml") + "  - code: ko\n    name: 한국어\n    htmlLang: ko\n    culture: ko-KR\n    calendar: gregorian\n");
        // Korean numbers take one form (CLDR: other alone), so its units have no 'one'.
        var korean = Regex.Replace(Site.Read("data/strings/en.yml"), @"^    one: .*\n", "", RegexOptions.Multiline)
            .Replace("Skip to main content", "본문으로 건너뛰기")
            .Replace("MMMM yyyy", "yyyy년 M월");
        Site.Write("data/strings/ko.yml", korean);
        Site.Write("input/2021-midterm/1-1/1-1-1.ko.md", "---\ntitle: 사람과 사람의 연결 만들기\n---\n");

        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output["_site/ko/2021/midterm/strategies/1-1/index.html"]));
        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("본문으로 건너뛰기", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Contains("사람과 사람의 연결 만들기", page.GetElementById("initiative-1-1-1")!.QuerySelector("h2")!.TextContent);
        var untranslated = page.GetElementById("initiative-1-1-2")!;
        Assert.Equal("ja", untranslated.QuerySelector("h2 [lang]")!.GetAttribute("lang"));
        Assert.NotNull(untranslated.QuerySelector(".notice--untranslated"));
        Assert.NotNull(page.QuerySelector("main > .notice--untranslated"));
        Assert.Equal(["ja", "en", "ko", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
        var overview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output["_site/ko/index.html"]));
        Assert.NotNull(overview.QuerySelector(".notice--coverage"));
        Assert.True(File.Exists(Output["_site/ko/data/initiatives.json"]));
    }
}

/// <summary>Staff edit the Japanese text first; the English follows later, and nothing blocks the Japanese edit meanwhile.</summary>
public sealed class JapaneseFirstTests : ScratchSiteTests
{
    [Fact]
    public void An_achievement_added_in_Japanese_is_shown_in_Japanese_on_the_English_page_with_a_warning()
    {
        // A new result added to the Japanese file only, as staff do; the English file is left untouched.
        var source = "input/2021-midterm/2-1/2-1-3.md";
        var line = Site.Read(source).Split('\n').First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        Site.Replace(source, line + "\n", line + "\n  - 新たな津波避難ビルを1箇所指定\n");
        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        Assert.Empty(errors.Sorted());
        var warning = Assert.Single(errors.Warnings());
        Assert.Equal("input/2021-midterm/2-1/2-1-3.en.md", warning.File);
        Assert.Contains("shown in Japanese, marked untranslated", warning.Message);

        var initiative = result!.Model.Initiatives.Single(i => i.Id == "2-1-3");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output["_site/en/2021/midterm/strategies/2-1/index.html"]));
        var section = page.GetElementById(initiative.Anchor)!;
        var added = section.QuerySelectorAll("[lang=ja]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("新たな津波避難ビルを1箇所指定", added);
        // The items that were translated stay in English.
        var english = result.Model.Languages.Single(l => l.Code == "en");
        Assert.Contains(initiative.Achievements[0].In(english), section.TextContent);
        Assert.True(initiative.Achievements[0].IsTranslated(english));
        Assert.NotNull(section.QuerySelector(".notice--untranslated"));
    }

    private const string Source213 = "input/2021-midterm/2-1/2-1-3.md";
    private const string English213 = "input/2021-midterm/2-1/2-1-3.en.md";

    /// <summary>The targets note of 2-1-3's section on the English page, and the build's errors and warnings.</summary>
    private (IElement Section, Initiative Initiative, ErrorList Errors) BuildEnglish213()
    {
        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        Assert.Empty(errors.Sorted());
        var initiative = result!.Model.Initiatives.Single(i => i.SourcePath == Source213);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output["_site/en/2021/midterm/strategies/2-1/index.html"]));
        return (page.GetElementById(initiative.Anchor)!, initiative, errors);
    }

    [Fact]
    public void A_targets_note_written_in_japanese_first_is_shown_in_japanese_until_translated_then_in_english()
    {
        Site.Replace(Source213, "targets:\n", "targetsNote: 次の指標の達成をめざす。\ntargets:\n");
        var (section, initiative, _) = BuildEnglish213();
        var note = section.QuerySelector("p.targets-note")!;
        Assert.Equal(initiative.TargetsNote!.Source, note.TextContent.Trim());
        Assert.Equal("ja", note.QuerySelector("[lang]")!.GetAttribute("lang"));
        Assert.Same(section.QuerySelector("ul.targets"), note.NextElementSibling);
        Assert.NotNull(section.QuerySelector(".notice--untranslated"));

        Site.Replace(English213, "targets:\n", "targetsNote: Aim at the following indicator.\ntargets:\n");
        (section, initiative, _) = BuildEnglish213();
        var english = initiative.Translations.Single().Language;
        Assert.True(initiative.TargetsNote!.IsTranslated(english));
        Assert.Equal("Aim at the following indicator.", section.QuerySelector("p.targets-note")!.TextContent.Trim());
        Assert.Null(section.QuerySelector("p.targets-note [lang]"));
        Assert.Null(section.QuerySelector(".notice--untranslated"));
    }

    [Fact]
    public void A_targets_note_only_in_the_translation_is_not_shown_and_is_a_warning_on_the_translation()
    {
        Site.Replace(English213, "targets:\n", "targetsNote: Aim at the following indicator.\ntargets:\n");
        var (section, initiative, errors) = BuildEnglish213();
        Assert.Null(initiative.TargetsNote);
        Assert.Null(section.QuerySelector("p.targets-note"));
        var warning = Assert.Single(errors.Warnings());
        Assert.Equal(English213, warning.File);
        Assert.Equal(Site.Read(English213).Split('\n').ToList().FindIndex(l => l.StartsWith("targetsNote:", StringComparison.Ordinal)) + 1, warning.Line);
        Assert.Equal(Messages.OrphanTargetsNote(Source213), warning.Text);
    }
}

/// <summary>A unit's label takes the form of its number's plural category (CLDR): 1 facility, 2 facilities, 1.5 points.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CountedUnitTests(BuiltSite site)
{
    [Fact]
    public void Every_threshold_reads_in_the_form_its_number_takes_in_each_language()
    {
        var checkedOne = false;
        foreach (var language in site.Model.Languages)
        {
            var catalogue = site.Model.Catalogues[language.Code];
            foreach (var initiative in site.Transcribed.Initiatives.Where(i => i.Targets.Any(t => t.Threshold is not null)))
            {
                var section = site.Page(BuiltSite.FileIn(site.Transcribed, $"strategies/{initiative.Strategy.Id}/", language.Prefix)).GetElementById(initiative.Anchor)!;
                var badges = section.QuerySelectorAll(".threshold").Select(b => b.TextContent).ToList();
                foreach (var threshold in initiative.Targets.Select(t => t.Threshold).OfType<Threshold>())
                {
                    // The form is chosen by the number as shown (¥5.338 million for 5,338千円), as the catalogue writes it.
                    var other = catalogue.Strings[$"unit.{threshold.Unit}.other"];
                    var divisor = Catalogue.DivisorOf(other) ?? 1;
                    var shown = threshold.Value / divisor;
                    var form = shown == 1 && catalogue.PluralCategories.Contains("one") ? "one" : "other";
                    checkedOne |= form == "one";
                    var words = Regex.Replace(catalogue.Strings[$"unit.{threshold.Unit}.{form}"], @"\{value(/[0-9.]+)?\}", catalogue.FormatNumber(shown));
                    Assert.True(badges.Any(b => b.Contains(words, StringComparison.Ordinal)), $"{language.Code} {initiative.Id}: '{words}' not in {string.Join(" | ", badges)}");
                }
            }
        }
        Assert.True(checkedOne, "no threshold of 1 in a language with a 'one' form");
    }

    [Theory]
    [InlineData("1", "one")]
    [InlineData("2", "other")]
    [InlineData("0", "other")]
    [InlineData("1.5", "other")]
    [InlineData("1000", "other")]
    public void English_has_one_for_exactly_1_and_other_for_every_other_number(string value, string form)
    {
        var english = site.Model.Catalogues["en"];
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(english.Strings[$"unit.施設.{form}"].Replace("{value}", english.FormatNumber(number), StringComparison.Ordinal), english.FormatAmount(number, "施設"));
    }

    [Fact]
    public void Japanese_has_the_other_form_alone()
    {
        var japanese = site.Model.Catalogues["ja"];
        Assert.Equal(["other"], japanese.PluralCategories);
        Assert.DoesNotContain(japanese.Strings.Keys, k => k.StartsWith("unit.", StringComparison.Ordinal) && !k.EndsWith(".other", StringComparison.Ordinal));
    }
}

/// <summary>Each language writes a unit's label once per form of its numbers: a form missing or one too many is an error at its line.</summary>
public sealed class CountedUnitFormTests : ScratchSiteTests
{
    private List<ContentError> Errors()
    {
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        return errors.Sorted().ToList();
    }

    private int LineOf(string file, string text) => 1 + Site.Read(file).Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_form_missing_is_an_error_where_the_label_is_written()
    {
        // The first unit's 'one' form, whatever its words: the line of the form after it moves up to where it was.
        var english = SiteBuilder.Check(Site.Root, new ErrorList())!.Catalogues["en"];
        var key = english.Strings.Keys.Where(k => k.StartsWith("unit.", StringComparison.Ordinal) && k.EndsWith(".one", StringComparison.Ordinal)).MinBy(k => english.Lines[k])!;
        var phrase = key[..^".one".Length];
        var line = english.Lines[key];
        var lines = File.ReadAllLines(Site.PathOf("data/strings/en.yml")).ToList();
        lines.RemoveAt(line - 1);
        File.WriteAllLines(Site.PathOf("data/strings/en.yml"), lines);
        var error = Assert.Single(Errors());
        Assert.Equal(("data/strings/en.yml", line), (error.File, error.Line));
        Assert.Contains($"'{phrase}' has no 'one' form", error.Text.In(MessageCatalogue.English));
        Assert.Contains($"画面の文言「{phrase}」に「one」の形がありません", error.Text.In(MessageCatalogue.Japanese));
    }

    [Fact]
    public void A_form_the_language_does_not_have_is_an_error_on_its_line()
    {
        Site.Replace("data/strings/ja.yml", "    other: \"{value}施設\"\n", "    one: \"{value}施設\"\n    other: \"{value}施設\"\n");
        var error = Assert.Single(Errors());
        Assert.Equal(("data/strings/ja.yml", LineOf("data/strings/ja.yml", "one: \"{value}施設\"")), (error.File, error.Line));
        Assert.Contains("'unit.施設' has a 'one' form, which numbers do not take in this language: write only other", error.Text.In(MessageCatalogue.English));
    }

    [Fact]
    public void A_unit_label_written_as_one_text_is_an_error_naming_each_form()
    {
        Site.Replace("data/strings/en.yml", "  施設:\n    one: \"{value} facility\"\n    other: \"{value} facilities\"\n", "  施設: \"{value} facilities\"\n");
        var errors = Errors();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(("data/strings/en.yml", LineOf("data/strings/en.yml", "施設: \"{value} facilities\"")), (e.File, e.Line)));
        Assert.Equal(["one", "other"], errors.Select(e => Regex.Match(e.Message, "has no '([a-z]+)' form").Groups[1].Value));
    }

    [Fact]
    public void Forms_that_divide_differently_are_an_error()
    {
        Site.Replace("data/strings/en.yml", "    one: \"¥{value/1000} million\"", "    one: \"¥{value} thousand\"");
        var error = Assert.Single(Errors());
        Assert.Equal(("data/strings/en.yml", LineOf("data/strings/en.yml", "¥{value} thousand")), (error.File, error.Line));
        Assert.Contains("'unit.千円' divide the value by different numbers", error.Message);
    }
}
