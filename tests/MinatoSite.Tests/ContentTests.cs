using MinatoSite.Model;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// Pins the transcription of the FY2021 mid-term review: counts, statuses, and a comparison with a second,
/// independent transcription of the source kept in Fixtures/source-table.tsv.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ContentTests(BuiltSite site)
{
    private ReportContent Report => Transcribed.Of(site.Model);
    private IEnumerable<Initiative> Initiatives => Report.Initiatives;

    [Fact]
    public void There_are_49_initiatives_in_19_strategies_and_the_reform_section()
    {
        Assert.True(Initiatives.Count() == 49, Differs("-", "具体的取組の数 / number of initiatives", "49", $"{Initiatives.Count()}"));
        Assert.True(Report.Strategies.Count() == 20, Differs("-", "戦略の数 / number of strategies", "20", $"{Report.Strategies.Count()}"));
        Assert.True(Report.Challenges.Count == 7, Differs("-", "経営課題の数 / number of challenges", "7", $"{Report.Challenges.Count}"));
        var perStrategy = Report.Strategies.ToDictionary(s => s.Id, s => s.Initiatives.Count);
        var expected = new Dictionary<string, int>
        {
            ["1-1"] = 4, ["1-2"] = 3, ["1-3"] = 1,
            ["2-1"] = 6, ["2-2"] = 1, ["2-3"] = 1, ["2-4"] = 1,
            ["3-1"] = 3, ["3-2"] = 1, ["3-3"] = 7, ["3-4"] = 2, ["3-5"] = 1,
            ["4-1"] = 3, ["4-2"] = 3,
            ["5-1"] = 2, ["5-2"] = 1, ["5-3"] = 1,
            ["6-1"] = 3, ["6-2"] = 2,
            ["reform"] = 3,
        };
        Assert.Equal(expected, perStrategy);
        Assert.Equal(["6-2-1", "6-2-3"], Report.Strategies.Single(s => s.Id == "6-2").Initiatives.Select(i => i.Id));
    }

    [Fact]
    public void Statuses_are_as_the_source_says()
    {
        void Codes(string what, string[] source, Func<Initiative, bool> which)
        {
            var site = Ids(which);
            Assert.True(source.SequenceEqual(site), Differs(string.Join(", ", source.Except(site).Concat(site.Except(source))), what, string.Join(", ", source), string.Join(", ", site)));
        }
        Codes("status.outlook: not-achieve", ["1-1-4", "4-1-3", "reform-1"], i => i.Status?["outlook"]?.Code == "not-achieve");
        Codes("status.progress: behind-schedule", ["2-1-1", "2-1-2", "2-1-3", "2-1-4", "4-1-2"], i => i.Status?["progress"]?.Code == "behind-schedule");
        Codes("status.progress: implementing", ["reform-1", "reform-2", "reform-3"], i => i.Status?["progress"]?.Code == "implementing");
        Codes("status（なし / none）", ["3-3-1"], i => i.Status is null);
        Assert.Equal("3-1-2", Initiatives.Single(i => i.Id == "3-3-1").RepostOf!.Id);
    }

    private List<string> Ids(Func<Initiative, bool> predicate) => Initiatives.Where(predicate).Select(i => i.Id).ToList();

    public static TheoryData<string> SourceRows()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Repository.Fixture("source-table.tsv")).Skip(1)) data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceRows))]
    public void Each_initiative_matches_the_independent_transcription(string row)
    {
        var columns = row.Split('\t');
        var (id, title, outlook, progress) = (columns[0], columns[1], columns[2], columns[3]);
        var initiative = Initiatives.SingleOrDefault(i => i.Id == id);
        Assert.True(initiative is not null, Differs(id, "ファイル / file", "input/…/" + id + ".md", "なし / none"));
        Pinned(id, "title", Corrections.Apply(title), initiative.Title.Source);
        Pinned(id, "status.outlook", outlook, initiative.Status?["outlook"]?.Code ?? "-");
        Pinned(id, "status.progress", progress, initiative.Status?["progress"]?.Code ?? "-");
        Pinned(id, "achievements（項目数 / items）", columns[4], $"{initiative.Achievements.Count}");
        // The source's target cell is paragraphs and list items: an opening sentence (<p>) is the targets note, each
        // indicator a target; together they are the cell's parts.
        Pinned(id, "targetsNote + targets（項目数 / items）", columns[5], $"{(initiative.TargetsNote is null ? 0 : 1) + initiative.Targets.Count}");
        var paragraphs = initiative.Narrative.IsEmpty ? 0 : initiative.Narrative.Source.Split("\n\n").Length;
        Pinned(id, "課題・改善策の段落数 / narrative paragraphs", columns[6], $"{paragraphs}");
    }

    private static void Pinned(string id, string what, string source, string site) => Assert.True(source == site, Differs(id, what, source, site));

    /// <summary>
    /// What a staff member reads when a change to the transcribed report fails this test: in Japanese first, with
    /// what to do. The report is the official document's; only a transcription mistake is corrected.
    /// </summary>
    private static string Differs(string id, string what, string source, string site) =>
        $"令和3年度 中間振り返りの公式資料の書き写しと違います。具体的取組 {id} の {what} は、資料では「{source}」、サイトでは「{site}」です。" +
        "この報告は公式資料のとおりに載せるもので、変えてよいのは書き写しの誤りを直すときだけです。誤りを直したのなら、input/2021-midterm/CORRECTIONS.md に書き、" +
        "担当者に tests/MinatoSite.Tests/Fixtures/source-table.tsv の更新を頼んでください。 / " +
        $"This differs from the transcription of the FY2021 mid-term review: initiative {id}, {what}, is '{source}' in the source and '{site}' on the site. " +
        "The report is published as the source says it: change it only to correct a transcription mistake, listed in input/2021-midterm/CORRECTIONS.md, with Fixtures/source-table.tsv updated.";

    [Fact]
    public void The_independent_transcription_covers_every_initiative()
    {
        var ids = File.ReadLines(Repository.Fixture("source-table.tsv")).Skip(1).Select(l => l.Split('\t')[0]);
        Assert.Equal(Initiatives.Select(i => i.Id), ids);
    }

    [Fact]
    public void Every_correction_is_listed_and_shown_on_the_site()
    {
        var page = site.Page("2021/midterm/corrections/index.html");
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(BuiltSite.Clean).ToList()).ToList();
        foreach (var (original, corrected) in Corrections.All)
        {
            Assert.Contains(rows, r => r[1] == original && r[2] == corrected);
            Assert.DoesNotContain(original, AllContentText());
        }
        Assert.Equal(Corrections.All.Count, rows.Count);
    }

    /// <summary>Every text of the Japanese content, to make sure an uncorrected error does not remain.</summary>
    private string AllContentText() => string.Join("\n",
        Report.Challenges.Select(c => c.Title.Source)
            .Concat(Report.Strategies.Select(s => s.Title.Source))
            .Concat(Initiatives.SelectMany(i => i.TranslatableTexts().Select(t => t.Source))));

    [Fact]
    public void Statuses_read_in_the_official_wording_on_the_japanese_site()
    {
        var text = site.Page("2021/midterm/strategies/2-1/index.html").GetElementById("initiative-2-1-1")!.TextContent;
        Assert.Contains("目標達成見込", text);
        Assert.Contains("取組予定通り進捗していない", text);
        var reform = site.Page("2021/midterm/strategies/reform/index.html").GetElementById("initiative-reform-1")!.TextContent;
        Assert.Contains("目標未達成見込", reform);
        Assert.Contains("取組内容実施見込", reform);
    }

    [Fact]
    public void Thresholds_are_structured_where_the_target_has_a_number()
    {
        Threshold? Of(string id, int index = 0) => Initiatives.Single(i => i.Id == id).Targets[index].Threshold;
        Assert.Equal(new Threshold(55, "%", Comparison.AtLeast, null), Of("1-1-1"));
        Assert.Equal(new Threshold(12.9m, "%", Comparison.AtMost, null), Of("2-4-1"));
        Assert.Contains("かつ前年度実績以下", Initiatives.Single(i => i.Id == "2-4-1").Targets[0].Text.Source);
        Assert.Equal(new Threshold(4400, "件", null, null), Of("3-1-2"));
        Assert.Equal(new Threshold(60, "団体・個人", Comparison.AtLeast, null), Of("1-1-3"));
        Assert.Equal(new Threshold(3.5m, "点", Comparison.AtLeast, 5), Of("6-2-1", 1));
        Assert.Equal(new Threshold(4, "件", Comparison.AtMost, null), Of("6-2-3"));
        Assert.Equal(new Threshold(24, "区", null, null), Of("2-1-6", 1));
        Assert.Equal(new Threshold(1, "箇所", null, null), Of("2-1-3"));
        Assert.Equal(new Threshold(1, "件", Comparison.AtLeast, null), Of("5-1-1"));
        Assert.Null(Of("6-1-3"));
        Assert.Null(Of("3-4-2", 1));
        Assert.Null(Of("2-1-1"));
    }

    [Fact]
    public void The_reform_section_keeps_its_money_figures_and_its_own_column_heading()
    {
        var section = site.Page("2021/midterm/strategies/reform/index.html").GetElementById("initiative-reform-1")!;
        var text = BuiltSite.Clean(section);
        foreach (var figure in new[] { "15,000千円", "13,877千円", "5,338千円", "2,941千円", "3,152千円", "3,937千円", "100千円" })
            Assert.Contains(figure, text);
        Assert.Contains(section.QuerySelectorAll("h3"), h => h.TextContent == "目標");
        Assert.DoesNotContain(section.QuerySelectorAll("h3"), h => h.TextContent.StartsWith("目標（", StringComparison.Ordinal));
        var english = BuiltSite.Clean(site.Page("en/2021/midterm/strategies/reform/index.html").GetElementById("initiative-reform-1")!);
        Assert.Contains("¥13.877 million", english);
        Assert.Contains("¥5.338 million", english);
    }

    [Fact]
    public void The_report_metadata_is_shown()
    {
        var text = BuiltSite.Clean(site.Page("2021/midterm/index.html").Body!);
        Assert.Contains("令和3年度 港区運営方針に関する中間振り返りの概要版", text);
        Assert.Contains("令和3年度 第2回 港区区政会議 事前配付資料", text);
        Assert.Contains("令和3年11月", text);
        Assert.Contains("November 2021", BuiltSite.Clean(site.Page("en/2021/midterm/index.html").Body!));
    }

    [Fact]
    public void Narrative_paragraphs_starting_with_nao_or_a_bullet_are_kept()
    {
        Assert.Contains("なお、10月以降", Initiatives.Single(i => i.Id == "1-1-4").Narrative.Source);
        Assert.Contains("なお、危機管理室", Initiatives.Single(i => i.Id == "2-1-2").Narrative.Source);
        Assert.Contains("・「幅広く参加可能な", Initiatives.Single(i => i.Id == "4-1-2").Narrative.Source);
        Assert.Contains("・「幅広く参加可能な", site.Page("2021/midterm/strategies/4-1/index.html").GetElementById("initiative-4-1-2")!.TextContent);
    }
}

/// <summary>The evident conversion errors corrected in the content, as listed in input/2021-midterm/CORRECTIONS.md.</summary>
internal static class Corrections
{
    public static readonly IReadOnlyList<(string Original, string Corrected)> All =
    [
        ("近所どうして", "近所どうしで"),
        ("地域活動協議会与企業", "地域活動協議会と企業"),
        ("地域が集まったの防災訓練", "地域が集まっての防災訓練"),
        ("合同ピラマキ", "合同ビラマキ"),
        ("訪りたい魅力と活気あふれるまちづくり", "訪れたい魅力と活気あふれるまちづくり"),
    ];

    public static string Apply(string text) => All.Aggregate(text, (t, c) => t.Replace(c.Original, c.Corrected));
}
