using MinatoSite.Rendering.Data;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MinatoSite.Diagnostics;
using MinatoSite.Output;
using MinatoSite.Planning;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Charts, downloads, the data documentation and freshness, on the built site.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class FindAndReuseTests(BuiltSite site)
{
    [Fact]
    public void The_targets_csv_has_a_row_per_target_with_its_numbers_in_their_own_columns()
    {
        var report = site.Transcribed;
        foreach (var language in site.Model.Languages)
        {
            var rows = Csv(site.Bytes(language.Prefix + Addresses.DataOf(report.Report) + "targets.csv"), OpenDataCsv.Headers(DataTables.Targets, language, site.Model));
            var en = OpenDataCsv.Headers(DataTables.Targets, site.Model.Languages.Single(l => l.Code == "en"), site.Model);
            var named = rows.Select(r => en.Zip(r.Values).ToDictionary(p => p.First, p => p.Second)).ToList();
            Assert.Equal(report.Initiatives.Sum(i => i.Targets.Count), rows.Count);
            foreach (var initiative in report.Initiatives)
            {
                var own = named.Where(r => r["initiative"] == initiative.Id).ToList();
                Assert.Equal(initiative.Targets.Select(t => t.Threshold?.Value.ToString(CultureInfo.InvariantCulture) ?? ""), own.Select(r => r["threshold_value"]));
                Assert.Equal(initiative.Targets.Select(t => OpenDataTests.InCsv(t.Text.In(language))), own.Select(r => r["target_text"]));
            }
            Assert.Equal("12.9", named.Single(r => r["initiative"] == "2-4-1" && r["target_number"] == "1")["threshold_value"]);
            Assert.Equal("at-most", named.Single(r => r["initiative"] == "2-4-1" && r["target_number"] == "1")["threshold_comparison"]);
        }
    }

    /// <summary>The rows of a CSV file after its byte-order mark, which must have exactly <paramref name="columns"/>.</summary>
    internal static List<Dictionary<string, string>> Csv(byte[] bytes, IReadOnlyList<string> columns)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(columns, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(columns.ToDictionary(c => c, c => csv.GetField(c)!));
        return rows;
    }

    [Fact]
    public void The_data_files_at_their_former_addresses_keep_the_former_report_and_layout()
    {
        // Before each report had its own addresses, /data/initiatives.csv held the FY2021 mid-term review, without
        // report columns, and the JSON was an array: it stays so, whatever reports come after.
        var report = site.Model.FormerReport!;
        var rows = Csv(site.Bytes("data/initiatives.csv"), FormerOpenData.CsvColumns(report));
        Assert.Equal(report.Initiatives.Sum(i => Math.Max(1, i.Targets.Count)), rows.Count);
        Assert.DoesNotContain("report", rows[0].Keys);
        Assert.Equal(report.Initiatives.Select(i => i.Id), rows.Select(r => r["id"]).Distinct());
        using var json = System.Text.Json.JsonDocument.Parse(site.Bytes("en/data/initiatives.json"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(report.Initiatives.Count(), json.RootElement.GetArrayLength());
    }

    [Fact]
    public void The_file_of_every_report_has_each_report_in_its_envelope_and_its_rows()
    {
        var english = site.Model.Languages.Single(l => l.Code == "en");
        var rows = Csv(site.Bytes("en/" + Addresses.AllInitiativesCsv), OpenDataCsv.Headers(DataTables.Initiatives, english, site.Model));
        Assert.Equal(site.Model.Reports.Sum(r => r.Initiatives.Count()), rows.Count);
        Assert.Equal(site.Model.Reports.Select(r => r.Id), rows.Select(r => r["report"]).Distinct());
        using var json = System.Text.Json.JsonDocument.Parse(site.Bytes("en/" + Addresses.AllInitiativesJson));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(site.Model.Reports.Select(r => r.Id), reports.Select(r => r.GetProperty("id").GetString()));
        Assert.All(reports, r => Assert.Matches("^[0-9]{4}-[0-9]{2}$", r.GetProperty("date").GetString()));
        Assert.Equal(site.Model.Settings.License, json.RootElement.GetProperty("license").GetProperty("name").GetString());
        Assert.Equal(site.Model.Initiatives.Count(), json.RootElement.GetProperty("initiatives").GetArrayLength());
    }

    [Fact]
    public void Downloads_are_linked_from_each_report_overview_and_every_strategy_page()
    {
        foreach (var report in site.Model.Reports)
        {
            foreach (var address in new[] { "" }.Concat(report.Strategies.Select(s => $"strategies/{s.Id}/")))
            {
                var path = BuiltSite.FileIn(report, address);
                Assert.NotNull(site.Page(path).QuerySelector($"a[href='/{Addresses.InitiativesCsv(report.Report)}']"));
                Assert.NotNull(site.Page(path).QuerySelector($"a[href='/{Addresses.InitiativesJson(report.Report)}']"));
                Assert.NotNull(site.Page("en/" + path).QuerySelector($"a[href='/en/{Addresses.InitiativesCsv(report.Report)}']"));
            }
        }
    }

    /// <summary>
    /// The overview answers first: a sentence per axis and each code's count of the report's judged initiatives, in
    /// every language, each count linked to the list filtered to it.
    /// </summary>
    [Fact]
    public void The_key_figures_say_the_models_counts_and_link_to_the_filtered_list()
    {
        foreach (var report in site.Model.Reports.Where(r => r.Axes.Count > 0))
            foreach (var language in site.Model.Languages)
            {
                var catalogue = site.Model.Catalogues[language.Code];
                var path = BuiltSite.FileIn(report, "", language.Prefix);
                var block = site.Page(path).QuerySelector("main .key-figures")!;
                Assert.Same(block, site.Page(path).QuerySelector("main h1")!.NextElementSibling!.NextElementSibling);
                var judged = report.Initiatives.Where(i => i.Status is not null).ToList();
                var sentences = block.QuerySelectorAll("p:not(.key-figures__help)").Select(p => p.TextContent).ToList();
                Assert.Equal(report.Axes.Count, sentences.Count);
                var lists = block.QuerySelectorAll(".key-figures__list").ToList();
                Assert.Equal(report.Axes.Count, lists.Count);
                foreach (var (axis, index) in report.Axes.Select((a, i) => (a, i)))
                {
                    Assert.StartsWith(catalogue[axis.LabelKey], sentences[index].Replace(catalogue.Format("overview.sentence-lead", ("total", judged.Count)), ""));
                    var items = lists[index].QuerySelectorAll("li").ToList();
                    Assert.Equal(axis.Codes.Count, items.Count);
                    foreach (var (code, item) in axis.Codes.Zip(items))
                    {
                        var count = judged.Count(i => i.Status![axis.Id] == code);
                        Assert.Equal(catalogue.Format("overview.key-figures-count", ("count", count)) + catalogue.Format("overview.key-figures-of", ("total", judged.Count)), item.QuerySelector(".key-figures__count")!.TextContent);
                        Assert.Equal(catalogue[code.LabelKey], BuiltSite.StatusLabel(item.QuerySelector(".status")!));
                        var link = item.QuerySelector("a")?.GetAttribute("href");
                        Assert.Equal(count == 0 ? null : $"/{path[..^"index.html".Length]}?{axis.Id}={code.Code}#all-initiatives", link);
                        if (count > 0) Assert.Contains(catalogue.Format("overview.axis-part", ("label", catalogue[code.LabelKey]), ("count", count)), sentences[index]);
                    }
                }
            }
        // The transcribed report, as its source says it: most of those behind schedule are in disaster prevention.
        var japanese = site.Page(BuiltSite.FileIn(site.Transcribed)).QuerySelector("main .key-figures")!.TextContent;
        Assert.Contains("具体的取組は48件です。", japanese);
        Assert.Contains("「取組予定通り進捗していない」が5件（うち4件は「戦略2-1 防災対策の強化」の取組）", japanese);
    }

    [Fact]
    public void Chart_numbers_equal_the_model()
    {
        var report = site.Transcribed;
        var page = site.Page(BuiltSite.FileIn(report));
        foreach (var axisOf in report.Axes)
        {
            var (chart, axis) = ($"chart-axis-{axisOf.Id}", axisOf.Id);
            var figure = page.GetElementById(chart)!;
            Assert.Equal($"{chart}-caption", figure.GetAttribute("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(chart + "-caption")!.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(chart + "-desc")!.TextContent));
            var rows = figure.QuerySelectorAll(".chart__row").ToList();
            Assert.Equal(report.Challenges.Count, rows.Count);
            for (var i = 0; i < report.Challenges.Count; i++)
            {
                var challenge = report.Challenges[i];
                Assert.EndsWith(challenge.Title.Source, rows[i].QuerySelector(".chart__label")!.TextContent);
                var statuses = challenge.Initiatives.Where(x => x.Status is not null).Select(x => x.Status!).ToList();
                var expected = axisOf.Codes
                    .Select(c => (c.Tone, Count: statuses.Count(s => s[axis] == c)))
                    .Where(x => x.Count > 0)
                    .ToList();
                var segments = rows[i].QuerySelectorAll(".chart__segment").Select(Segment).ToList();
                Assert.Equal(expected.Select(e => e.Tone), segments.Select(b => b.Tone));
                Assert.Equal(expected.Select(e => e.Count), segments.Select(b => b.Count));
                Assert.Equal(expected.Select(e => 100.0 * e.Count / statuses.Count), segments.Select(b => b.Width), (a, b) => a - b is >= 0 and < 0.01);
            }
        }
        var overall = page.GetElementById("chart-overall")!.QuerySelectorAll(".chart__count data").Select(t => t.GetAttribute("value")).ToList();
        Assert.Equal(["45", "3", "40", "5", "3"], overall);
    }

    /// <summary>A segment of a chart: its status's tone, its count, and its share of the bar in per cent.</summary>
    internal static (string Tone, int Count, double Width) Segment(AngleSharp.Dom.IElement segment)
    {
        var tone = segment.ClassList.Single(c => c.StartsWith("chart__segment--", StringComparison.Ordinal))["chart__segment--".Length..];
        var count = int.Parse(segment.QuerySelector(".chart__count data")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        var width = System.Text.RegularExpressions.Regex.Match(segment.GetAttribute("style")!, @"^width: ([0-9.]+)%$");
        Assert.True(width.Success, segment.OuterHtml);
        return (tone, count, double.Parse(width.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_javascript_every_row_is_listed_and_the_filters_stay_hidden()
    {
        var page = site.Page(BuiltSite.FileIn(site.Transcribed));
        Assert.Equal(49, page.QuerySelectorAll("#initiatives-table tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("#initiatives-table tbody tr[hidden]"));
        Assert.True(page.GetElementById("initiative-filters")!.HasAttribute("hidden"));
    }

    [Fact]
    public void The_data_page_documents_every_file_and_column_and_the_licence()
    {
        foreach (var language in site.Model.Languages)
        {
            var catalogue = site.Model.Catalogues[language.Code];
            var page = site.Page(language.Prefix + "about-data/index.html");
            foreach (var table in DataTables.All)
            {
                // Each table's columns, by their header in the page's language, in the order of the file.
                var documented = page.GetElementById("columns-" + table.Name)!.NextElementSibling!.QuerySelectorAll("dt code").Select(c => c.TextContent).ToList();
                Assert.Equal(OpenDataCsv.Headers(table, language, site.Model), documented);
                Assert.NotNull(page.QuerySelector($"main a[href='{language.Prefix.Insert(0, "/")}{Addresses.DataOf(site.Model.Latest.Report)}{table.Name}.csv']"));
                Assert.NotNull(page.QuerySelector($"main a[href='/{language.Prefix}{DataSchemas.TableSchemaOf(table)}']"));
            }
            Assert.NotNull(page.QuerySelector($"main a[href='/{language.Prefix}{Addresses.AllInitiativesJson}']"));
            Assert.NotNull(page.QuerySelector($"main a[href='/{Addresses.DataCatalog}']"));
            Assert.Contains(site.Model.Settings.License, page.QuerySelector("main")!.TextContent);
            Assert.NotNull(page.QuerySelector($"main a[href^='{site.Model.Settings.LicenseUrl}']"));
        }
    }

    [Fact]
    public void Each_page_shows_the_report_date_and_when_its_content_last_changed()
    {
        Assert.Contains("令和3年11月", site.Page(BuiltSite.FileIn(site.Transcribed)).QuerySelector(".report-meta")!.TextContent);
        foreach (var path in site.Pages.Where(p => p != "404.html"))
            Assert.NotNull(site.Page(path).QuerySelector("footer time[datetime]"));
    }
}

/// <summary>An initiative's own update date shows on the pages that contain it, and only there.</summary>
public sealed class FreshnessTests : ScratchSiteTests
{
    [Fact]
    public void A_recorded_update_date_moves_the_pages_that_show_it()
    {
        Site.Replace("input/2021-midterm/2-1/2-1-3.md", "number: 3\n", "number: 3\nupdated: 2021-12-24\n");
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors) is not null, string.Join("\n", errors.Sorted()));
        string Updated(string path) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output[path])).QuerySelector("footer time")!.TextContent;
        Assert.Equal("令和3年12月24日", Updated("_site/2021/midterm/strategies/2-1/index.html"));
        Assert.Equal("24 December 2021", Updated("_site/en/2021/midterm/strategies/2-1/index.html"));
        Assert.Equal("令和3年12月24日", Updated("_site/2021/midterm/challenges/2/index.html"));
        Assert.Equal("令和3年11月", Updated("_site/2021/midterm/strategies/1-1/index.html"));

        Site.Replace("input/2021-midterm/2-1/2-1-3.md", "updated: 2021-12-24", "updated: 24/12/2021");
        Assert.Null(SiteBuilder.Check(Site.Root, errors = new ErrorList()));
        Assert.Contains(errors.Sorted(), e => e.File == "input/2021-midterm/2-1/2-1-3.md" && e.Line == 5 && e.Message == "updated must be a day written as 2021-12-01, not '24/12/2021'");
    }
}

/// <summary>
/// Page weight: what a resident's phone downloads (GitHub Pages sends HTML compressed with gzip) and what it then parses.
/// Sizes, not timings, so they are stable to test.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PageWeightTests(BuiltSite site)
{
    [Fact]
    public void Every_page_downloads_under_12_kb_and_parses_under_64_kb_and_css_and_scripts_under_20_kb()
    {
        static int Compressed(byte[] bytes)
        {
            var sink = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(sink, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
            return (int)sink.Length;
        }
        var heavy = site.Pages.Select(p => (Page: p, Bytes: site.Bytes(p)))
            .Select(p => (p.Page, Size: p.Bytes.Length, Sent: Compressed(p.Bytes)))
            .Where(p => p.Size >= 64_000 || p.Sent >= 12_000).ToList();
        Assert.True(heavy.Count == 0, string.Join("\n", heavy.Select(p => $"{p.Page}: {p.Size:N0} bytes, {p.Sent:N0} compressed")));
        var assets = Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "*", SearchOption.AllDirectories).ToList();
        Assert.InRange(assets.Where(f => f.EndsWith(".css", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length), 1, 20_000);
        Assert.InRange(assets.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length), 1, 20_000);
        // No web fonts for residents. The editing form's interface carries its own, loaded on its page alone.
        var fonts = Folders.Files(site.Output)
            .Where(f => !f.StartsWith(Addresses.Form, StringComparison.Ordinal) && Path.GetExtension(f) is ".woff" or ".woff2" or ".ttf" or ".otf").ToList();
        Assert.Empty(fonts);
    }
}
