using System.Text;
using System.Text.RegularExpressions;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// Every kind of mistake staff make is reported with the file, the line, what is wrong and what is allowed;
/// all of them in one run.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";
    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<ContentError> Check()
    {
        var errors = new ErrorList();
        var model = SiteBuilder.Check(_site.Root, errors);
        Assert.True(model is null, "the broken content was accepted");
        return errors.Sorted();
    }

    private ContentError Single(string file) => Assert.Single(Check(), e => e.File == file);

    /// <summary>Adds a paragraph after a blank line at the end of the narrative; the line it is on.</summary>
    private int AppendLine(string file, string paragraph)
    {
        var text = _site.Read(file);
        Assert.EndsWith("\n", text);
        _site.Write(file, text + "\n" + paragraph + "\n");
        return text.Count(c => c == '\n') + 2;
    }

    [Fact]
    public void The_real_content_has_no_errors()
    {
        var errors = new ErrorList();
        Assert.NotNull(SiteBuilder.Check(_site.Root, errors));
        Assert.Empty(errors.Sorted());
    }

    [Fact]
    public void A_file_without_front_matter()
    {
        _site.Write(File213, "id: 2-1-3\ntitle: x\n");
        var error = Single(File213);
        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message);
        Assert.Contains("'---'", error.Message);
    }

    [Fact]
    public void Malformed_yaml()
    {
        _site.Replace(File213, "title: 津波避難ビルの確保", "title: 津波避難ビルの確保: 4箇所");
        var error = Single(File213);
        Assert.Equal(5, error.Line);
        Assert.Equal("the front matter cannot be read here: column 17: the value holds ': ', which YAML reads as the start of another field: put the whole value in double quotes", error.Message);
    }

    [Fact]
    public void A_missing_required_field()
    {
        _site.Replace(File213, "title: 津波避難ビルの確保\n", "");
        var error = Single(File213);
        Assert.Equal(2, error.Line);
        Assert.Equal("title is missing: it is required", error.Message);
    }

    [Fact]
    public void A_field_of_the_wrong_type()
    {
        _site.Replace(File213, "number: 3", "number: three");
        var error = Single(File213);
        Assert.Equal(4, error.Line);
        Assert.Equal("number must be a whole number such as 3, not 'three'", error.Message);
    }

    [Fact]
    public void A_list_written_as_text()
    {
        _site.Replace(File213, "achievements:\n  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "achievements: 新たに指定する津波避難ビルの調整");
        var error = Single(File213);
        Assert.Equal(6, error.Line);
        Assert.Contains("achievements must be a list", error.Message);
    }

    [Fact]
    public void An_unknown_strategy()
    {
        _site.Replace(File213, "strategy: 2-1", "strategy: 2-9");
        var error = Single(File213);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("strategy '2-9' is not in data/reports/2021-midterm/plan.yml; write one of 1-1, 1-2", error.Message);
    }

    [Fact]
    public void An_unknown_status_code()
    {
        _site.Replace(File213, "progress: behind-schedule", "progress: behind");
        var error = Single(File213);
        Assert.Equal(15, error.Line);
        Assert.Equal("status.progress 'behind' is not one of on-schedule, behind-schedule, implementing", error.Message);
        Assert.Equal("input/2021-midterm/2-1/2-1-3.md:15: status.progress 'behind' is not one of on-schedule, behind-schedule, implementing", error.ToString());
    }

    [Fact]
    public void A_status_word_in_japanese_instead_of_a_code()
    {
        _site.Replace(File213, "outlook: achieve", "outlook: 目標達成見込");
        var error = Single(File213);
        Assert.Equal(14, error.Line);
        Assert.Equal("status.outlook '目標達成見込' is the label the site shows; write its code instead → achieve", error.Message);
    }

    [Fact]
    public void A_misspelt_field_name()
    {
        _site.Replace(File213, "status:", "stauts:");
        var errors = Check().Where(e => e.File == File213).ToList();
        Assert.Contains(errors, e => e.Line == 13 && e.Message.StartsWith("unknown field 'stauts': did you mean 'status'? Allowed here: id, strategy", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message == "status is missing: it is required");
    }

    [Fact]
    public void A_duplicate_id()
    {
        _site.Write("input/2021-midterm/2-1/2-1-3-copy.md", _site.Read(File213));
        var errors = Check();
        Assert.Contains(errors, e => e.File == "input/2021-midterm/2-1/2-1-3-copy.md" && e.Line == 2 && e.Message == "duplicate id '2-1-3': input/2021-midterm/2-1/2-1-3.md has it already; each initiative needs its own id");
    }

    [Fact]
    public void An_id_that_does_not_match_the_file_place()
    {
        _site.Write("input/2021-midterm/2-2/2-1-3.md", _site.Read(File213));
        System.IO.File.Delete(_site.PathOf(File213));
        var error = Single("input/2021-midterm/2-2/2-1-3.md");
        Assert.Equal(2, error.Line);
        Assert.Equal("id '2-1-3' does not match the file's place: the initiative 2-1-3 belongs in input/2021-midterm/2-1/2-1-3.md; move the file, or correct the id", error.Message);
    }

    [Fact]
    public void An_id_that_does_not_match_its_number()
    {
        _site.Replace(File213, "number: 3", "number: 7");
        var error = Single(File213);
        Assert.Equal(2, error.Line);
        Assert.Equal("id '2-1-3' does not match strategy '2-1' and number 7: it must be '2-1-7'", error.Message);
    }

    [Fact]
    public void A_repost_pointing_nowhere()
    {
        _site.Replace("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2", "repostOf: 3-1-9");
        var error = Single("input/2021-midterm/3-3/3-3-1.md");
        Assert.Equal(6, error.Line);
        Assert.Equal("repostOf '3-1-9' points to no initiative; write the id of an existing one, such as 3-1-2", error.Message);
    }

    [Fact]
    public void A_repost_with_a_status_of_its_own()
    {
        _site.Replace("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2\n", "repostOf: 3-1-2\nstatus:\n  outlook: achieve\n  progress: on-schedule\n");
        var error = Single("input/2021-midterm/3-3/3-3-1.md");
        Assert.Equal(7, error.Line);
        Assert.StartsWith("a re-listed initiative (repostOf) has no status of its own", error.Message);
    }

    [Fact]
    public void A_threshold_that_does_not_parse()
    {
        _site.Replace(File213, "      value: 1\n", "      value: 1箇所\n");
        var error = Single(File213);
        Assert.Equal(11, error.Line);
        Assert.StartsWith("value must be a number written with digits", error.Message.Replace("targets.threshold.", ""));
        Assert.Contains("not '1箇所'", error.Message);
    }

    [Fact]
    public void A_threshold_written_as_text()
    {
        // The first target's threshold fields, however they are quoted, become one line of text.
        const string file = "input/2021-midterm/1-1/1-1-1.md";
        var text = _site.Read(file);
        var block = Regex.Match(text, @"^    threshold:\n(?:      .*\n)+", RegexOptions.Multiline);
        Assert.True(block.Success, $"{file} has no threshold written as fields");
        _site.Write(file, text.Remove(block.Index, block.Length).Insert(block.Index, "    threshold: 55%以上\n"));
        var error = Single(file);
        Assert.Equal(text[..block.Index].Count(c => c == '\n') + 1, error.Line);
        Assert.StartsWith("threshold must be written as fields", error.Message);
    }

    [Fact]
    public void A_threshold_with_an_unknown_unit_or_comparison()
    {
        _site.Replace("input/2021-midterm/1-1/1-1-1.md", "      comparison: at-least", "      comparison: 以上");
        _site.Replace(File213, "unit: 箇所", "unit: ヶ所");
        var errors = Check();
        Assert.Contains(errors, e => e.File == "input/2021-midterm/1-1/1-1-1.md" && e.Line == 14 && e.Message.StartsWith("targets.threshold.comparison '以上' is not one of at-least (以上), at-most (以下)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == File213 && e.Line == 12 && e.Message.StartsWith("targets.threshold.unit 'ヶ所' is not one of %, 件", StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_link_to_an_initiative_that_does_not_exist()
    {
        var line = AppendLine(File213, "詳しくは[具体的取組3-1-9](../3-1/3-1-9.md)を参照。");
        var error = Single(File213);
        Assert.Equal(line, error.Line);
        Assert.Equal("the link '../3-1/3-1-9.md' points to input/2021-midterm/3-1/3-1-9.md, which is not an initiative or page of input/", error.Message);
    }

    [Fact]
    public void A_markdown_link_to_a_page_that_does_not_exist()
    {
        var line = AppendLine(File213, "[一覧](/strategies/9-9/)");
        var error = Single(File213);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("the link '/strategies/9-9/' points to no page of the site", error.Message);
    }

    [Fact]
    public void Working_markdown_links_are_accepted_and_rewritten()
    {
        _site.Write(File213, _site.Read(File213) + "\n[再掲元](../3-1/3-1-2.md)、[戦略2-2](/2021/midterm/strategies/2-2/)、[訂正](../CORRECTIONS.md)、[市](https://www.city.osaka.lg.jp/minato/)\n");
        _site.Write("input/2021-midterm/2-1/2-1-3.en.md", _site.Read("input/2021-midterm/2-1/2-1-3.en.md") + "\nSee [the original](../3-1/3-1-2.md).\n");
        using var output = new TempFolder();
        var errors = new ErrorList();
        var result = SiteBuilder.Build(new BuildOptions(_site.Root, output["_site"]), errors);
        Assert.True(result is not null, string.Join("\n", errors.Sorted()));
        var html = System.IO.File.ReadAllText(output["_site/2021/midterm/strategies/2-1/index.html"]);
        Assert.Contains("href=\"/2021/midterm/strategies/3-1/#initiative-3-1-2\"", html);
        Assert.Contains("href=\"/2021/midterm/strategies/2-2/\"", html);
        Assert.Contains("href=\"/2021/midterm/corrections/\"", html);
        Assert.Contains("href=\"https://www.city.osaka.lg.jp/minato/\"", html);
        var english = System.IO.File.ReadAllText(output["_site/en/2021/midterm/strategies/2-1/index.html"]);
        Assert.Contains("href=\"/en/2021/midterm/strategies/3-1/#initiative-3-1-2\"", english);
    }

    [Fact]
    public void A_script_link_is_refused()
    {
        var line = AppendLine(File213, "[ここ](javascript:alert(1))");
        var error = Single(File213);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("the link 'javascript:alert(1)' is not allowed", error.Message);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_never_passed_through()
    {
        _site.Write(File213, _site.Read(File213) + "\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> と <b>太字</b>\n");
        using var output = new TempFolder();
        var errors = new ErrorList();
        Assert.NotNull(SiteBuilder.Build(new BuildOptions(_site.Root, output["_site"]), errors));
        var html = System.IO.File.ReadAllText(output["_site/2021/midterm/strategies/2-1/index.html"]);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.QuerySelectorAll(".narrative b"));
        Assert.Contains("<script>alert('x')</script>", page.GetElementById("initiative-2-1-3")!.TextContent);
    }

    [Fact]
    public void A_file_that_is_not_utf8()
    {
        var shiftJis = new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x69, 0x64, 0x3A, 0x20, 0x32, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x93, 0xFA, 0x96, 0x7B, 0x0A };
        _site.WriteBytes(File213, shiftJis);
        var error = Single(File213);
        Assert.Equal(3, error.Line);
        Assert.Equal("the file is not UTF-8 text (byte 0x93); save it with the encoding UTF-8 (Shift_JIS and other encodings are not allowed)", error.Message);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_work()
    {
        var text = _site.Read(File213).Replace("\n", "\r\n");
        _site.WriteBytes(File213, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var yaml = _site.Read("data/reports/2021-midterm/plan.yml").Replace("\n", "\r\n");
        _site.WriteBytes("data/reports/2021-midterm/plan.yml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(yaml)]);
        var errors = new ErrorList();
        var model = SiteBuilder.Check(_site.Root, errors);
        Assert.Empty(errors.Sorted());
        var initiative = model!.Initiatives.Single(i => i.Id == "2-1-3");
        Assert.Equal("津波避難ビルの確保", initiative.Title.Source);
        Assert.DoesNotContain('\r', initiative.Narrative.Source);
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        _site.Replace(File213, "progress: behind-schedule", "progress: behind");
        _site.Replace("input/2021-midterm/1-1/1-1-2.md", "strategy: 1-1", "strategy: 1-9");
        _site.Replace("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2", "repostOf: 9-9-9");
        _site.Write("input/2021-midterm/2-1/2-1-4.md", "no front matter\n");
        var errors = Check();
        Assert.Equal(["input/2021-midterm/1-1/1-1-2.md", "input/2021-midterm/2-1/2-1-3.md", "input/2021-midterm/2-1/2-1-4.md", "input/2021-midterm/3-3/3-3-1.md"], errors.Select(e => e.File).Distinct());
    }

    [Fact]
    public void A_translation_without_its_source_or_with_untranslatable_fields()
    {
        _site.Write("input/2021-midterm/2-1/2-1-9.en.md", "---\ntitle: Orphan\n---\n");
        _site.Replace("input/2021-midterm/2-1/2-1-3.en.md", "---\ntitle:", "---\nstatus:\n  outlook: achieve\ntitle:");
        var all = new ErrorList();
        Assert.Null(SiteBuilder.Check(_site.Root, all));
        var errors = all.Sorted();
        // A translation left behind by its source is not published, and waits: a warning, not an error.
        Assert.DoesNotContain(errors, e => e.File == "input/2021-midterm/2-1/2-1-9.en.md");
        Assert.Contains(all.Warnings(), e => e.File == "input/2021-midterm/2-1/2-1-9.en.md" && e.Line == 1 && e.Message.StartsWith("this translation has no source file, so it is not published: input/2021-midterm/2-1/2-1-9.md does not exist", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "input/2021-midterm/2-1/2-1-3.en.md" && e.Line == 2 && e.Message.StartsWith("'status' cannot be translated: status, numbers, thresholds and ids come from input/2021-midterm/2-1/2-1-3.md alone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_with_more_items_than_its_source_is_a_warning_and_not_used()
    {
        _site.Replace("input/2021-midterm/2-1/2-1-1.en.md", "achievements:\n", "achievements:\n  - \"An extra item\"\n");
        var errors = new ErrorList();
        var model = SiteBuilder.Check(_site.Root, errors);
        Assert.True(model is not null, string.Join("\n", errors.Sorted()));
        var warning = Assert.Single(errors.Warnings());
        Assert.Equal(("input/2021-midterm/2-1/2-1-1.en.md", 3), (warning.File, warning.Line));
        Assert.Equal("achievements has 3 item(s) but input/2021-midterm/2-1/2-1-1.md has 2, so none of them is shown: translate the items of input/2021-midterm/2-1/2-1-1.md, in the same order", warning.Message);
        var english = model!.Languages.Single(l => l.Code == "en");
        Assert.All(model.Initiatives.Single(i => i.Id == "2-1-1").Achievements, a => Assert.False(a.IsTranslated(english)));
    }

    [Theory]
    [InlineData("", "no front matter", 1)]
    [InlineData("---\n", "the front matter is not closed", 1)]
    [InlineData("---\n---\n", "the front matter is empty", 2)]
    [InlineData("---\n- id: 2-1-3\n---\n", "must be a list of 'field: value' lines", 2)]
    public void Empty_or_odd_files_are_errors_not_crashes(string text, string message, int line)
    {
        _site.Write(File213, text);
        var error = Single(File213);
        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void An_opening_fence_with_trailing_spaces_is_accepted()
    {
        _site.Write(File213, _site.Read(File213).Replace("---\nid:", "---  \nid:"));
        var errors = new ErrorList();
        Assert.NotNull(SiteBuilder.Check(_site.Root, errors));
    }

    [Fact]
    public void A_missing_units_file_is_reported_once()
    {
        File.Delete(_site.PathOf("data/units.yml"));
        var error = Single("data/units.yml");
        Assert.StartsWith("this file is missing", error.Message);
    }

    [Fact]
    public void An_empty_list_of_units_is_reported_at_its_line()
    {
        _site.Write("data/units.yml", "# no units yet\nunits: []\n");
        var error = Single("data/units.yml");
        Assert.Equal(2, error.Line);
        Assert.StartsWith("no units are defined: list the units a threshold may use under 'units:'", error.Message);
    }

    [Fact]
    public void An_empty_list_of_status_codes_is_reported_at_its_line()
    {
        _site.Write("data/statuses.yml", "plan: []\nmidterm:\n  - axis: outlook\n    codes:\n      - code: achieve\n        tone: positive\n  - axis: progress\n    codes: []\nyearend: []\n");
        var error = Single("data/statuses.yml");
        Assert.Equal(8, error.Line);
        Assert.StartsWith("the axis 'progress' has no status codes", error.Message);
    }

    [Fact]
    public void An_achievement_with_a_colon_is_explained_not_dropped()
    {
        _site.Replace(File213, "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - 調整中: 4箇所");
        var error = Single(File213);
        Assert.Equal(7, error.Line);
        Assert.StartsWith("an item of achievements contains ': '", error.Message);
    }

    [Fact]
    public void A_repost_with_content_of_its_own()
    {
        _site.Replace("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2\n", "repostOf: 3-1-2\nachievements:\n  - 何か\n");
        var error = Single("input/2021-midterm/3-3/3-3-1.md");
        Assert.Equal(6, error.Line);
        Assert.StartsWith("a re-listed initiative (repostOf) shows the one it re-lists", error.Message);
    }

    [Theory]
    [InlineData("input/search.md")]
    [InlineData("input/en.md")]
    [InlineData("input/strategies.md")]
    public void A_page_may_not_take_an_address_the_site_uses(string path)
    {
        _site.Write(path, "---\ntitle: x\n---\ntext\n");
        var error = Single(path);
        Assert.Contains("which the site uses itself", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_markdown_is_reported()
    {
        _site.Write("input/2021-midterm/2-1/2-1-8.md.txt", _site.Read(File213));
        var error = Single("input/2021-midterm/2-1/2-1-8.md.txt");
        Assert.StartsWith("only Markdown files ending in .md are read from input/", error.Message);
    }

    [Fact]
    public void An_image_from_anywhere_is_refused()
    {
        var line = AppendLine(File213, "![地図](https://example.org/map.png)");
        var error = Single(File213);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("the image 'https://example.org/map.png' is not allowed", error.Message);
    }

    [Fact]
    public void Link_lines_count_blank_lines_at_the_start_of_the_text()
    {
        var text = _site.Read("input/2021-midterm/2-1/2-1-5.md");
        Assert.EndsWith("---\n", text);
        _site.Write("input/2021-midterm/2-1/2-1-5.md", text + "\n\n[x](../9-9/9-9-9.md)\n");
        var error = Single("input/2021-midterm/2-1/2-1-5.md");
        Assert.Equal(text.Count(c => c == '\n') + 3, error.Line);
    }

    [Fact]
    public void An_empty_interface_string()
    {
        _site.Replace("data/strings/en.yml", "  skip: Skip to main content", "  skip:  \"\"");
        var error = Single("data/strings/en.yml");
        Assert.Equal("the interface string 'nav.skip' is empty; write the text to show", error.Message);
    }

    [Fact]
    public void The_japanese_text_in_a_ja_file()
    {
        _site.Write("input/2021-midterm/2-1/2-1-3.ja.md", "---\ntitle: x\n---\n");
        var error = Single("input/2021-midterm/2-1/2-1-3.ja.md");
        Assert.Equal("the Japanese text belongs in input/2021-midterm/2-1/2-1-3.md itself, not in a '.ja.md' file", error.Message);
    }

    [Fact]
    public void A_translated_challenge_without_its_id_is_one_error_and_its_strategies_none()
    {
        // Found by the fuzzer: the strategies of a challenge whose id is missing were reported with no challenge.
        _site.Replace("data/reports/2021-midterm/plan.en.yml", "  - id: \"1\"\n", "  - name: \"1\"\n");
        _site.Replace("data/reports/2021-midterm/plan.en.yml", "      - id: \"1-1\"\n", "      - id: \"9-9\"\n");
        var errors = new ErrorList();
        SiteBuilder.Check(_site.Root, errors);
        var said = errors.Sorted().Where(e => e.File == "data/reports/2021-midterm/plan.en.yml").ToList();
        Assert.NotEmpty(said);
        Assert.All(said, e => Assert.DoesNotContain("''", e.Message));
        Assert.DoesNotContain(said, e => e.Message.Contains("9-9", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_annotation_format_names_file_and_line()
    {
        var error = new ContentError("input/2021-midterm/2-1/2-1-3.md", 15, Messages.StatusUnknown("status.progress", "behind", ["on-schedule", "behind-schedule", "implementing"]));
        Assert.Equal("::error file=input/2021-midterm/2-1/2-1-3.md,line=15,title=内容のエラー（直すまで公開できません）::status.progress の「behind」は使えるコードではありません。次のどれかを書いてください: on-schedule、behind-schedule、implementing",
            error.ToGitHubAnnotation(MessageCatalogue.Japanese));
        Assert.Equal("::error file=input/2021-midterm/2-1/2-1-3.md,line=15,title=Content error (not published until it is fixed)::status.progress 'behind' is not one of on-schedule, behind-schedule, implementing",
            error.ToGitHubAnnotation(MessageCatalogue.English));
        var warning = new ContentError("input/2021-midterm/2-1/2-1-3.en.md", 3, Messages.TranslationShorter("achievements", 1, "input/2021-midterm/2-1/2-1-3.md", 2, 1), IsWarning: true);
        Assert.StartsWith("::warning file=input/2021-midterm/2-1/2-1-3.en.md,line=3,title=内容の警告（公開はできます）::achievements が 1 項目ですが", warning.ToGitHubAnnotation(MessageCatalogue.Japanese));
    }
}
