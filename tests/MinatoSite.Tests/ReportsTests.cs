using System.Globalization;
using System.Text.Json;
using MinatoSite.Model;
using MinatoSite.Planning;
using MinatoSite.Rendering.Data;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// Several reports side by side: the real FY2021 mid-term review with an invented FY2021 year-end evaluation and
/// an invented FY2022 mid-term review (a draft) from <c>Fixtures/reports/</c>, built as a pull request's preview
/// is. Addresses, the switcher, each stage's axes, histories, the comparison, open data and search, on the pages.
/// </summary>
[Collection(ReportsSiteCollection.Name)]
public sealed class ReportsTests(ReportsSite reports)
{
    private BuiltSite Site => reports.Site;
    private SiteModel Model => Site.Model;
    private ReportContent YearEnd => Model.Report(InventedReports.YearEnd)!;
    private ReportContent NextYear => Model.Report(InventedReports.NextYear)!;

    [Fact]
    public void Each_report_has_its_own_addresses_in_every_language()
    {
        Assert.Equal([Transcribed.Id, InventedReports.YearEnd, InventedReports.NextYear], Model.Reports.Select(r => r.Id));
        foreach (var report in Model.Reports)
        {
            var folder = $"{report.Report.FiscalYear}/{report.Report.Stage}/";
            Assert.Equal(folder, Addresses.Of(report.Report));
            foreach (var prefix in new[] { "", "en/" })
            {
                var overview = Site.Page(prefix + folder + "index.html");
                var catalogue = Model.Catalogues[prefix.Length == 0 ? "ja" : "en"];
                var year = catalogue.FormatDate(new DateOnly(report.Report.FiscalYear, 4, 1), "date.fiscal-year-format");
                Assert.Equal(catalogue.Format("report.name", ("year", year), ("stage", catalogue[$"stage.{report.Report.Stage}"])), BuiltSite.Clean(overview.QuerySelector("h1")!));
                foreach (var strategy in report.Strategies)
                    Assert.True(Site.Exists($"{prefix}{folder}strategies/{strategy.Id}/index.html"), $"{prefix}{folder}strategies/{strategy.Id}/ is missing");
                foreach (var challenge in report.Challenges)
                    Assert.True(Site.Exists($"{prefix}{folder}challenges/{challenge.Id}/index.html"), $"{prefix}{folder}challenges/{challenge.Id}/ is missing");
                Assert.True(Site.Exists($"{prefix}{folder}data/initiatives.csv"));
            }
        }
        // The home page is the latest report's overview; the list of reports names them all.
        Assert.Equal(BuiltSite.Clean(Site.Page(BuiltSite.FileIn(Model.Latest)).QuerySelector("h1")!), BuiltSite.Clean(Site.Page("index.html").QuerySelector("h1")!));
        var listed = Site.Page("reports/index.html").QuerySelectorAll("main .report-list a").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Equal(Model.Reports.Select(r => "/" + Addresses.Of(r.Report)).ToHashSet(), listed);
    }

    [Fact]
    public void The_transcribed_report_keeps_its_content_when_other_reports_come_after_it()
    {
        using var copy = new SiteCopy();
        using var alone = new BuiltSite("/", copy.Root);
        var transcribed = Transcribed.Of(alone.Model);
        foreach (var address in transcribed.Strategies.Select(s => $"strategies/{s.Id}/").Append(""))
        {
            var path = BuiltSite.FileIn(transcribed, address);
            var before = alone.Page(path).QuerySelectorAll("main section.initiative, main table:not(.history__table)").Select(e => e.OuterHtml).ToList();
            var after = Site.Page(path).QuerySelectorAll("main section.initiative, main table:not(.history__table)").Select(e => e.OuterHtml).ToList();
            Assert.Equal(before.Count, after.Count);
            // The sections gain their history, and nothing else changes.
            for (var i = 0; i < before.Count; i++)
            {
                static string Spaced(string html) => System.Text.RegularExpressions.Regex.Replace(html, "\\s+", " ");
                var withoutHistory = System.Text.RegularExpressions.Regex.Replace(after[i], "<div class=\"history\"[^>]*>.*?</table>\\s*</div>\\s*</div>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
                Assert.Equal(Spaced(before[i]), Spaced(withoutHistory));
            }
        }
    }

    [Fact]
    public void Every_page_of_a_report_has_the_switcher_and_older_reports_say_they_are_not_the_latest()
    {
        foreach (var report in Model.Reports)
        {
            foreach (var path in Site.Pages.Where(p => p.StartsWith(Addresses.Of(report.Report), StringComparison.Ordinal)))
            {
                var page = Site.Page(path);
                var switcher = page.QuerySelector(".report-switch")!;
                Assert.True(switcher is not null, $"{path} has no report switcher");
                var links = switcher.QuerySelectorAll("a").ToList();
                Assert.Equal(Model.Reports.Select(r => "/" + Addresses.Of(r.Report)).Reverse(), links.Select(a => a.GetAttribute("href")));
                Assert.Equal("/" + Addresses.Of(report.Report), Assert.Single(links, a => a.HasAttribute("aria-current")).GetAttribute("href"));
                var notice = page.QuerySelector(".notice--not-latest");
                if (report == Model.Latest) Assert.Null(notice);
                else Assert.Equal("/" + Addresses.Of(Model.Latest.Report), notice!.QuerySelector("a")!.GetAttribute("href"));
                Assert.Equal(report.Report.Draft, page.QuerySelector(".notice--draft") is not null);
            }
        }
    }

    [Fact]
    public void Each_stage_shows_its_own_status_axes()
    {
        var catalogue = Model.Catalogues["ja"];
        foreach (var report in Model.Reports)
        {
            var overview = Site.Page(BuiltSite.FileIn(report));
            var columns = overview.QuerySelectorAll("#initiatives-table thead th").Skip(1).Select(BuiltSite.Clean);
            Assert.Equal(report.Axes.Select(a => catalogue[a.LabelKey]), columns);
            foreach (var initiative in report.Initiatives.Where(i => i.Status is not null))
            {
                var section = Site.Page(BuiltSite.FileIn(report, $"strategies/{initiative.Strategy.Id}/")).GetElementById(initiative.Anchor)!;
                Assert.Equal(report.Axes.Select(a => catalogue[a.LabelKey]), section.QuerySelectorAll(".initiative__status dt").Select(BuiltSite.Clean));
                Assert.Equal(initiative.Status!.Codes.Select(c => catalogue[c.LabelKey]), section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel));
            }
        }
        var japanese = Model.Catalogues["ja"];
        Assert.Contains(japanese["axis.result"], BuiltSite.Clean(Site.Page(BuiltSite.FileIn(YearEnd)).QuerySelector("main")!));
        Assert.DoesNotContain(japanese["axis.outlook"], BuiltSite.Clean(Site.Page(BuiltSite.FileIn(YearEnd)).QuerySelector("#initiatives-table")!));
    }

    [Fact]
    public void An_initiative_that_continues_shows_its_history_with_a_link_to_each_report()
    {
        foreach (var initiative in Model.Initiatives)
        {
            var line = Model.History.Of(initiative);
            var report = Model.ReportOf(initiative.Strategy.Challenge);
            var section = Site.Page(BuiltSite.FileIn(report, $"strategies/{initiative.Strategy.Id}/")).GetElementById(initiative.Anchor)!;
            var rows = section.QuerySelectorAll(".history tbody tr").ToList();
            if (line.Count < 2)
            {
                Assert.Empty(rows);
                continue;
            }
            Assert.Equal(line.Count, rows.Count);
            for (var i = 0; i < line.Count; i++)
            {
                var link = rows[i].QuerySelector("th a");
                if (line[i] == initiative) Assert.Null(link);
                else Assert.Equal("/" + Addresses.Of(line[i]), link!.GetAttribute("href"));
                Assert.Equal(line[i].EffectiveStatus!.Codes.Select(c => Model.Catalogues["ja"][c.LabelKey]), rows[i].QuerySelectorAll(".status").Select(BuiltSite.StatusLabel));
            }
        }
        // Within a year by its id, across years by continues: 2-1-1 of FY2021 is carried into FY2022.
        Assert.Equal([Transcribed.Id, InventedReports.YearEnd, InventedReports.NextYear],
            Model.History.Of(Transcribed.Of(Model).Initiatives.Single(i => i.Id == "2-1-1")).Select(i => Model.ReportOf(i.Strategy.Challenge).Id));
        Assert.Single(Model.History.Of(Transcribed.Of(Model).Initiatives.Single(i => i.Id == "2-1-4")));
    }

    [Fact]
    public void The_comparison_page_counts_both_reports_and_lists_every_change_with_a_chart()
    {
        var comparison = Assert.Single(ReportComparison.All(Model));
        Assert.Equal((Transcribed.Id, InventedReports.YearEnd), (comparison.Earlier.Id, comparison.Later.Id));
        var path = Addresses.FileOf(Addresses.Changes(YearEnd.Report), null);
        var page = Site.Page(path);
        Assert.Equal("/" + Addresses.Changes(YearEnd.Report), Site.Page(BuiltSite.FileIn(YearEnd)).QuerySelector(".changes-link a")!.GetAttribute("href"));

        // Each compared axis: the earlier report's counts, then the later one's, as the model counts them.
        var tables = page.QuerySelectorAll("table.counts__table").ToList();
        Assert.Equal(comparison.Axes.Count, tables.Count);
        var drawn = page.GetElementById("chart-changes")!.QuerySelectorAll(".chart__segment").Select(s => FindAndReuseTests.Segment(s).Count).ToList();
        var expected = new List<int>();
        foreach (var ((earlier, later), table) in comparison.Axes.Zip(tables))
        {
            var cells = table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()).Where(t => t != "-").Select(int.Parse).ToList();
            var before = earlier.Codes.Select(c => comparison.Earlier.Initiatives.Count(i => i.Status?[earlier.Id] == c)).ToList();
            var after = later.Codes.Select(c => comparison.Later.Initiatives.Count(i => i.Status?[later.Id] == c)).ToList();
            Assert.Equal(before.Concat(after), cells);
            expected.AddRange(before.Where(n => n > 0));
            expected.AddRange(after.Where(n => n > 0));
        }
        Assert.Equal(expected, drawn);

        // Every change, and only those: in the fixture 2-1-2 was expected to meet its target and did not.
        var rows = page.QuerySelectorAll("table.changes tbody tr").ToList();
        Assert.Equal(comparison.Changes.Select(c => "/" + Addresses.Of(c.After)), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        Assert.Equal(["2-1-2"], comparison.Changes.Select(c => c.After.Id));
        var labels = Model.Catalogues["ja"];
        Assert.Equal([labels["status.outlook.achieve"], labels["status.result.not-achieved"]], rows[0].QuerySelectorAll(".status").Select(BuiltSite.StatusLabel));
        Assert.Contains($"{comparison.Unchanged}件", BuiltSite.Clean(page.QuerySelector("main")!));
        Assert.Equal(2, comparison.Unchanged);
    }

    [Fact]
    public void The_former_addresses_send_readers_to_the_same_pages_of_the_former_report()
    {
        var former = Model.FormerReport!;
        Assert.Equal(Transcribed.Id, former.Id);
        foreach (var address in former.Strategies.Select(Addresses.Of).Concat(former.Challenges.Select(Addresses.Of)).Concat(former.Pages.Select(Addresses.Of)))
        {
            foreach (var prefix in new[] { "", "en/" })
            {
                var old = Site.Page(prefix + Addresses.FileOf(Addresses.WithoutYear(former.Report, address), null));
                var target = "/" + prefix + address;
                Assert.Equal($"0; url={target}", old.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
                Assert.Equal(Model.Settings.SiteUrl + target, old.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
                Assert.NotNull(old.QuerySelector("meta[name=robots][content=noindex]"));
                Assert.Equal(target, old.QuerySelector("main a")!.GetAttribute("href"));
                Assert.Null(old.QuerySelector("[data-pagefind-body]"));
            }
        }
        // Not in the sitemap: search engines are told the new addresses only.
        Assert.DoesNotContain($"{Model.Settings.SiteUrl}/strategies/", Site.Text("sitemap.xml"));
        // The data files at their former addresses keep holding the former report, in the former layout.
        using var json = JsonDocument.Parse(Site.Bytes("data/initiatives.json"));
        Assert.Equal(former.Initiatives.Select(i => i.Id), json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_open_data_of_every_report_says_each_rows_report_year_and_stage()
    {
        var english = Model.Languages.Single(l => l.Code == "en");
        var rows = FindAndReuseTests.Csv(Site.Bytes("en/" + Addresses.AllInitiativesCsv), OpenDataCsv.Headers(DataTables.Initiatives, english, Model));
        foreach (var report in Model.Reports)
        {
            var own = rows.Where(r => r["report"] == report.Id).ToList();
            Assert.Equal(report.Initiatives.Count(), own.Count);
            Assert.All(own, r => Assert.Equal((report.Report.FiscalYear.ToString(CultureInfo.InvariantCulture), report.Report.Stage), (r["fiscal_year"], r["stage"])));
            foreach (var initiative in report.Initiatives)
                foreach (var axis in Model.AllAxes)
                    Assert.Equal(initiative.Status?[axis.Id]?.Code ?? "", own.Single(r => r["initiative"] == initiative.Id)[axis.Id]);
        }
        Assert.Equal("2-1-1", rows.Single(r => r["report"] == InventedReports.NextYear && r["initiative"] == "2-1-1")["continues"]);

        // Each report's JSON names its report in its envelope, with the licence.
        foreach (var report in Model.Reports)
        {
            using var json = JsonDocument.Parse(Site.Bytes("en/" + Addresses.InitiativesJson(report.Report)));
            var envelope = json.RootElement.GetProperty("report");
            Assert.Equal((report.Id, report.Report.FiscalYear, report.Report.Stage), (envelope.GetProperty("id").GetString(), envelope.GetProperty("fiscalYear").GetInt32(), envelope.GetProperty("stage").GetString()));
            Assert.Equal(report.Report.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), envelope.GetProperty("date").GetString());
            Assert.Equal(Model.Settings.LicenseUrl, json.RootElement.GetProperty("license").GetProperty("url").GetString());
            Assert.Equal(report.Initiatives.Count(), json.RootElement.GetProperty("initiatives").GetArrayLength());
        }
    }

    [Fact]
    public void Search_indexes_each_report_under_its_name_and_not_the_home_page_twice()
    {
        foreach (var report in Model.Reports)
        {
            var name = BuiltSite.Clean(Site.Page(BuiltSite.FileIn(report)).QuerySelector("h1")!);
            foreach (var path in Site.Pages.Where(p => p.StartsWith(Addresses.Of(report.Report), StringComparison.Ordinal)))
                Assert.Equal($"report:{name}", Site.Page(path).QuerySelector("main")!.GetAttribute("data-pagefind-filter"));
        }
        Assert.Null(Site.Page("index.html").QuerySelector("[data-pagefind-body]"));
        var options = Site.Page("search/index.html").QuerySelectorAll("#search-report option").Skip(1).Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(Model.Reports.Count, options.Count);
        Assert.True(Site.Exists("pagefind/pagefind.js"), string.Join("\n", Site.SearchWarnings));
    }

    /// <summary>The pages the real site does not have yet (the invented reports', the comparison, the list of reports), and the home page.</summary>
    [Fact]
    public Task The_pages_of_the_other_reports_are_valid_html() =>
        HtmlValidityTests.AssertValid(Site, Site.Pages.Where(p =>
            InventedReports.Ids.Any(id => p.Contains(Addresses.Of(Model.Report(id)!.Report), StringComparison.Ordinal))
            || p.Contains(Addresses.Reports, StringComparison.Ordinal) || p.Contains(Addresses.Search, StringComparison.Ordinal) || p == "index.html"));
}
