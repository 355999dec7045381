using AngleSharp.Html.Parser;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// What each stage judges its initiatives on is data: a new axis or code is a line of <c>data/statuses.yml</c> and its
/// labels in each language, never a change of the program. Tested on the invented year-end evaluation.
/// </summary>
public sealed class StageAxesTests : ScratchSiteTests
{
    private const string File = $"input/{InventedReports.YearEnd}/2-1/2-1-3.md";

    public StageAxesTests() => Site.WithInventedReports();

    [Fact]
    public void A_new_axis_is_data_and_its_labels_and_every_page_and_file_shows_it()
    {
        Site.Replace("data/statuses.yml", "      - code: not-achieved     # 未達成\n        tone: negative\n",
            "      - code: not-achieved     # 未達成\n        tone: negative\n  - axis: effect\n    codes:\n      - code: effective\n        tone: positive\n      - code: not-effective\n        tone: negative\n");
        Site.Replace("data/strings/ja.yml", "\naxis:\n", "\naxis:\n  effect: 取組の有効性\n");
        Site.Replace("data/strings/en.yml", "\naxis:\n", "\naxis:\n  effect: Effect of the work\n");
        Site.Replace("data/strings/ja.yml", "\nstatus:\n", "\nstatus:\n  effect:\n    effective: 有効\n    not-effective: 有効でない\n");
        Site.Replace("data/strings/en.yml", "\nstatus:\n", "\nstatus:\n  effect:\n    effective: Effective\n    not-effective: Not effective\n");

        // Each initiative of the year-end evaluation now needs a code on the new axis too.
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == File && e.Message.StartsWith("status.effect is missing", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(Site.PathOf($"input/{InventedReports.YearEnd}/2-1"), "2-1-?.md"))
            System.IO.File.WriteAllText(file, System.IO.File.ReadAllText(file).Replace("  result: achieved\n", "  result: achieved\n  effect: effective\n").Replace("  result: not-achieved\n", "  result: not-achieved\n  effect: not-effective\n"));

        errors = new ErrorList();
        var built = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors);
        Assert.True(built is not null, string.Join("\n", errors.Sorted()));
        var page = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Output["_site/2021/yearend/strategies/2-1/index.html"]));
        var section = page.GetElementById("initiative-2-1-3")!;
        var japanese = built!.Model.Catalogues["ja"];
        Assert.Equal([japanese["axis.result"], "取組の有効性"], section.QuerySelectorAll(".initiative__status dt").Select(BuiltSite.Clean));
        Assert.Equal([japanese["status.result.achieved"], "有効"], section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel));
        var overview = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Output["_site/en/2021/yearend/index.html"]));
        Assert.Contains("Effect of the work", overview.GetElementById("initiatives-table")!.QuerySelector("thead")!.TextContent);
        Assert.NotNull(overview.GetElementById("chart-axis-effect"));
        Assert.Contains("effect,effect_label", System.IO.File.ReadAllText(Output["_site/en/2021/yearend/data/initiatives.csv"]));
        Assert.Contains($"{japanese.Format("column.axis-code", ("id", "effect"), ("axis", "取組の有効性"))},{japanese.Format("column.axis-label", ("id", "effect"), ("axis", "取組の有効性"))}",
            System.IO.File.ReadAllText(Output["_site/2021/yearend/data/initiatives.csv"]));
        // The mid-term review, whose stage has no such axis, judges on its own axes; its history shows the year-end's.
        var midterm = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Output["_site/2021/midterm/strategies/2-1/index.html"])).GetElementById("initiative-2-1-3")!;
        Assert.Equal([japanese["axis.outlook"], japanese["axis.progress"]], midterm.QuerySelectorAll(".initiative__status dt").Select(BuiltSite.Clean));
        Assert.Contains("取組の有効性", midterm.QuerySelector(".history")!.TextContent);
    }

    [Fact]
    public void A_code_without_its_label_in_a_language_is_an_error_naming_the_missing_string()
    {
        Site.Replace("data/statuses.yml", "      - code: not-achieved     # 未達成\n        tone: negative\n", "      - code: not-achieved     # 未達成\n        tone: negative\n      - code: partly\n        tone: neutral\n");
        Site.Replace("data/strings/ja.yml", "\n  result:\n", "\n  result:\n    partly: 一部達成\n");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal("data/strings/en.yml", error.File);
        Assert.Contains("status.result.partly", error.Message);
    }

    [Fact]
    public void A_plan_has_no_status_and_a_status_written_in_one_is_refused()
    {
        // The plan of FY2022, before any result: its initiatives have titles and targets, and no status.
        Site.Write("data/reports/2022-plan/report.yml", "id: 2022-plan\nfiscalYear: 2022\nstage: plan\ntitle: （テスト用）令和4年度 港区運営方針\nmeeting: （テスト用）令和4年度 第1回 港区区政会議\ndate: 2022-04\n");
        Site.Write("data/reports/2022-plan/plan.yml", Site.Read($"data/reports/{InventedReports.YearEnd}/plan.yml"));
        Site.Write("input/2022-plan/2-1/2-1-1.md", "---\nid: 2-1-1\nstrategy: 2-1\nnumber: 1\ntitle: （テスト用）地域防災の活動支援\ncontinues: 2-1-1\nachievements: []\ntargets:\n  - text: （テスト用）訓練に参加した町会の数：10\n---\n");
        var errors = new ErrorList();
        var built = SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]) { Drafts = true }, errors);
        Assert.True(built is not null, string.Join("\n", errors.Sorted()));
        var overview = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Output["_site/2022/plan/index.html"]));
        Assert.Equal(["具体的取組"], overview.QuerySelectorAll("#initiatives-table thead th").Select(BuiltSite.Clean));
        // A plan judges nothing: no chart, no key figures.
        Assert.Empty(overview.QuerySelectorAll(".chart, .key-figures"));

        Site.Replace("input/2022-plan/2-1/2-1-1.md", "---\n", "---\nstatus:\n  result: achieved\n");
        errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "input/2022-plan/2-1/2-1-1.md" && e.Message.StartsWith("an initiative of a plan report has no status", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continues_naming_no_initiative_of_the_previous_year_is_an_error_in_a_published_report()
    {
        Site.Replace($"data/reports/{InventedReports.NextYear}/report.yml", "draft: true", "draft: false");
        Site.Replace($"input/{InventedReports.NextYear}/2-1/2-1-2.md", "  - \"取組実績を書いてください\"", "  - （テスト用）実施");
        Site.Replace($"input/{InventedReports.NextYear}/2-1/2-1-2.md", "  - text: \"目標を書いてください（例: …と回答した割合：55%以上）\"", "  - text: （テスト用）目標");
        Site.Replace($"input/{InventedReports.NextYear}/2-1/2-1-2.md", "  outlook:\n  progress:\n", "  outlook: achieve\n  progress: on-schedule\n");
        Site.Replace($"input/{InventedReports.NextYear}/2-1/2-1-1.md", "continues: 2-1-1", "continues: 2-1-99");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal(($"input/{InventedReports.NextYear}/2-1/2-1-1.md", 6), (error.File, error.Line));
        Assert.Contains("2-1-99", error.Text.In(MessageCatalogue.Japanese));
        Assert.Contains("2021-midterm", error.Text.In(MessageCatalogue.Japanese));
    }

    [Fact]
    public void In_a_draft_a_wrong_continues_is_a_warning_and_the_initiative_is_still_shown()
    {
        Site.Replace($"input/{InventedReports.NextYear}/2-1/2-1-1.md", "continues: 2-1-1", "continues: 2-1-99");
        var errors = new ErrorList();
        var model = SiteBuilder.Check(Site.Root, errors);
        Assert.True(model is not null, string.Join("\n", errors.Sorted()));
        var warning = Assert.Single(errors.Warnings(), w => w.File == $"input/{InventedReports.NextYear}/2-1/2-1-1.md" && w.Line == 6);
        Assert.Contains("2-1-99", warning.Text.In(MessageCatalogue.Japanese));
        Assert.DoesNotContain("プレビューにも出ません", warning.Text.In(MessageCatalogue.Japanese));
        Assert.Contains(model!.Report(InventedReports.NextYear)!.Initiatives, i => i.Id == "2-1-1");
    }

    [Fact]
    public void An_axis_with_other_codes_in_another_stage_is_said_at_its_line_with_the_first_stages_codes()
    {
        var statuses = Site.Read("data/statuses.yml").TrimEnd('\n') + "\n  - axis: progress\n    codes:\n      - code: done\n        tone: positive\n";
        Site.Write("data/statuses.yml", statuses);
        var line = Array.FindLastIndex(statuses.Split('\n'), l => l == "  - axis: progress") + 1;
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted(), e => e.File == "data/statuses.yml");
        Assert.Equal(line, error.Line);
        var japanese = error.Text.In(MessageCatalogue.Japanese);
        Assert.Contains("yearend", japanese);
        Assert.Contains("midterm", japanese);
        Assert.Contains("on-schedule", japanese);
    }

    [Fact]
    public void Two_reports_of_one_year_and_stage_are_refused_as_they_would_share_their_addresses()
    {
        Site.Replace($"data/reports/{InventedReports.YearEnd}/report.yml", "stage: yearend", "stage: midterm");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal($"data/reports/{InventedReports.YearEnd}/report.yml", error.File);
        Assert.Contains($"報告「{Transcribed.Id}」と同じ年度（2021）と段階（midterm）です", error.Text.In(MessageCatalogue.Japanese));
    }
}
