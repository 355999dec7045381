using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>What one file of open data holds: the initiatives of some reports, and how it is laid out.</summary>
/// <param name="Reports">The reports it holds, the oldest first.</param>
/// <param name="Former">The file at the address it had before each report had its own (<c>/data/initiatives.csv</c>):
/// laid out as it was then, without the report's columns or the JSON envelope, so that it keeps meaning what it meant.</param>
/// <param name="All">The file of every report, even while there is only one.</param>
public sealed record OpenDataSet(IReadOnlyList<ReportContent> Reports, bool Former = false, bool All = false)
{
    /// <summary>The status axes its rows have a column for: those of its reports' stages, in the order of <c>data/statuses.yml</c>.</summary>
    public IReadOnlyList<StatusAxis> Axes(SiteModel model) =>
        model.AllAxes.Where(a => Reports.Any(r => r.Axes.Any(x => x.Id == a.Id))).ToList();
}

/// <summary>
/// The initiatives as open data, one file set per language: JSON (the reports it holds and the licence, then one
/// object per initiative) and CSV (one row per target, the initiative's columns repeated, UTF-8 with a byte-order
/// mark so that Excel reads Japanese). Both are written from the same rows so they cannot disagree. Each report
/// has its files, and one file set holds every report; each row says its report, fiscal year and stage.
/// </summary>
public static class OpenData
{
    public delegate void Writer(Stream stream, OpenDataSet set, Language language, SiteRenderer site);

    /// <summary>Each format of the open data: what writes it. A new format is a line here and its writer.</summary>
    public static readonly IReadOnlyList<(OutputFormat Format, Writer Write)> Formats =
    [
        (OutputFormat.Json, WriteJson),
        (OutputFormat.Csv, WriteCsv),
    ];

    /// <summary>Where a format of a set is published.</summary>
    public static string AddressOf(OutputFormat format, OpenDataSet set, SiteModel model)
    {
        var json = format == OutputFormat.Json;
        if (set.Former) return json ? "data/initiatives.json" : "data/initiatives.csv";
        if (set.All) return json ? Addresses.AllInitiativesJson : Addresses.AllInitiativesCsv;
        return json ? Addresses.InitiativesJson(set.Reports[0].Report) : Addresses.InitiativesCsv(set.Reports[0].Report);
    }

    /// <summary>The columns that say which report a row is of; the former file has none.</summary>
    public static readonly string[] ReportColumns = ["report", "fiscal_year", "stage"];

    public static readonly string[] InitiativeColumns = ["id", "challenge", "challenge_title", "strategy", "strategy_title", "number", "title"];

    public static readonly string[] TargetColumns =
    [
        "repost_of", "continues", "url",
        "target_number", "target_text", "threshold_value", "threshold_unit", "threshold_comparison", "threshold_out_of",
        "achievements",
    ];

    /// <summary>Every column of a set's CSV: its report, the initiative, a code and a label per axis, the target.</summary>
    public static IReadOnlyList<string> CsvColumns(OpenDataSet set, SiteModel model) =>
    [
        .. set.Former ? [] : ReportColumns,
        .. InitiativeColumns,
        .. set.Axes(model).SelectMany(a => new[] { a.Id, a.Id + "_label" }),
        .. set.Former ? TargetColumns.Where(c => c != "continues") : TargetColumns,
    ];

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static IEnumerable<(ReportContent Report, Initiative Initiative)> Rows(OpenDataSet set) =>
        set.Reports.SelectMany(r => r.Initiatives.Select(i => (r, i)));

    public static void WriteJson(Stream stream, OpenDataSet set, Language language, SiteRenderer site)
    {
        var model = site.Model;
        var urls = site.Urls;
        var axes = set.Axes(model);
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            if (!set.Former)
            {
                json.WriteStartObject();
                if (!set.All)
                {
                    json.WritePropertyName("report");
                    WriteReport(json, set.Reports[0], language, site);
                }
                else
                {
                    json.WriteStartArray("reports");
                    foreach (var report in set.Reports) WriteReport(json, report, language, site);
                    json.WriteEndArray();
                }
                json.WriteStartObject("license");
                json.WriteString("name", model.Settings.License);
                json.WriteString("url", model.Settings.LicenseUrl);
                json.WriteEndObject();
                json.WriteStartArray("initiatives");
            }
            else json.WriteStartArray();
            foreach (var (report, initiative) in Rows(set))
            {
                var views = site.Views(report, language);
                var status = initiative.Status;
                json.WriteStartObject();
                if (!set.Former)
                {
                    json.WriteString("report", report.Id);
                    json.WriteNumber("fiscalYear", report.Report.FiscalYear);
                    json.WriteString("stage", report.Report.Stage);
                }
                json.WriteString("id", initiative.Id);
                json.WriteString("challenge", initiative.Strategy.Challenge.Id);
                json.WriteString("challengeTitle", initiative.Strategy.Challenge.Title.In(language));
                json.WriteString("strategy", initiative.Strategy.Id);
                json.WriteString("strategyTitle", initiative.Strategy.Title.In(language));
                json.WriteNumber("number", initiative.Number);
                json.WriteString("title", initiative.Title.In(language));
                foreach (var axis in axes) WriteStatus(json, axis.Id, status?[axis.Id], views);
                if (initiative.RepostOfId is null) json.WriteNull("repostOf");
                else json.WriteString("repostOf", initiative.RepostOfId);
                if (!set.Former)
                {
                    if (initiative.ContinuesId is null) json.WriteNull("continues");
                    else json.WriteString("continues", initiative.ContinuesId);
                }
                json.WriteString("url", urls.Page(language, Addresses.Of(initiative)));
                json.WriteStartArray("achievements");
                foreach (var achievement in initiative.Achievements) json.WriteStringValue(achievement.In(language));
                json.WriteEndArray();
                json.WriteStartArray("targets");
                foreach (var target in initiative.Targets)
                {
                    json.WriteStartObject();
                    json.WriteString("text", target.Text.In(language));
                    if (target.Threshold is { } t)
                    {
                        json.WriteStartObject("threshold");
                        json.WriteNumber("value", t.Value);
                        json.WriteString("unit", t.Unit);
                        if (t.Comparison is null) json.WriteNull("comparison");
                        else json.WriteString("comparison", ComparisonCode(t.Comparison.Value));
                        if (t.OutOf is { } max) json.WriteNumber("outOf", max);
                        else json.WriteNull("outOf");
                        json.WriteEndObject();
                    }
                    else json.WriteNull("threshold");
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                if (initiative.Narrative.IsEmpty) json.WriteNull("narrative");
                else json.WriteString("narrative", initiative.Narrative.In(language));
                json.WriteBoolean("translated", initiative.TranslatableTexts().All(t => t.IsTranslated(language)));
                json.WriteEndObject();
                // The writer keeps everything until flushed: hand it on as it grows, not once at the end.
                if (json.BytesPending > FlushThreshold) json.Flush();
            }
            json.WriteEndArray();
            if (!set.Former) json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A report in the envelope: what it is, when it was published, and where it is on the site.</summary>
    private static void WriteReport(Utf8JsonWriter json, ReportContent report, Language language, SiteRenderer site)
    {
        var views = site.Views(report, language);
        json.WriteStartObject();
        json.WriteString("id", report.Id);
        json.WriteNumber("fiscalYear", report.Report.FiscalYear);
        json.WriteString("stage", report.Report.Stage);
        json.WriteString("name", views.Report.Name);
        json.WriteString("title", report.Report.Title.In(language));
        json.WriteString("meeting", report.Report.Meeting.In(language));
        json.WriteString("date", views.Report.Month);
        json.WriteString("url", site.Urls.Absolute(language, Addresses.Of(report.Report)));
        json.WriteEndObject();
    }

    private const int FlushThreshold = 32 * 1024;

    private static void WriteStatus(Utf8JsonWriter json, string axis, StatusCode? code, ViewBuilder views)
    {
        if (code is null)
        {
            json.WriteNull(axis);
            json.WriteNull(axis + "Label");
            return;
        }
        json.WriteString(axis, code.Code);
        json.WriteString(axis + "Label", views.Status(code).Label);
    }

    public static string ComparisonCode(Comparison comparison) => comparison == Comparison.AtLeast ? "at-least" : "at-most";

    public static void WriteCsv(Stream stream, OpenDataSet set, Language language, SiteRenderer site)
    {
        var model = site.Model;
        var urls = site.Urls;
        var axes = set.Axes(model);
        // Records end with CRLF as Excel expects; achievements are separated by LF inside their quoted cell, which
        // CsvHelper's default check (looking for the record's newline) would leave unquoted.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            // A cell starting with = + - @ would run as a formula in Excel: CsvHelper prefixes it with a quote.
            InjectionOptions = InjectionOptions.Escape,
            ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny("\",\r\n") >= 0,
        };
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var column in CsvColumns(set, model)) csv.WriteField(column);
            csv.NextRecord();
            foreach (var (report, initiative) in Rows(set))
            {
                var views = site.Views(report, language);
                var status = initiative.Status;
                var targets = initiative.Targets.Count == 0 ? [null] : initiative.Targets.Cast<Target?>().ToList();
                for (var index = 0; index < targets.Count; index++)
                {
                    var target = targets[index];
                    var threshold = target?.Threshold;
                    var row = new List<string?>();
                    if (!set.Former) row.AddRange([report.Id, report.Report.FiscalYear.ToString(CultureInfo.InvariantCulture), report.Report.Stage]);
                    row.AddRange(
                    [
                        initiative.Id,
                        initiative.Strategy.Challenge.Id,
                        initiative.Strategy.Challenge.Title.In(language),
                        initiative.Strategy.Id,
                        initiative.Strategy.Title.In(language),
                        initiative.Number.ToString(CultureInfo.InvariantCulture),
                        initiative.Title.In(language),
                    ]);
                    foreach (var axis in axes)
                    {
                        var code = status?[axis.Id];
                        row.Add(code?.Code);
                        row.Add(code is null ? null : views.Status(code).Label);
                    }
                    row.Add(initiative.RepostOfId);
                    if (!set.Former) row.Add(initiative.ContinuesId);
                    row.AddRange(
                    [
                        urls.Page(language, Addresses.Of(initiative)),
                        target is null ? null : (index + 1).ToString(CultureInfo.InvariantCulture),
                        target?.Text.In(language),
                        threshold?.Value.ToString(CultureInfo.InvariantCulture),
                        threshold?.Unit,
                        threshold?.Comparison is { } c ? ComparisonCode(c) : null,
                        threshold?.OutOf?.ToString(CultureInfo.InvariantCulture),
                        string.Join("\n", initiative.Achievements.Select(a => a.In(language))),
                    ]);
                    foreach (var field in row) csv.WriteField(field ?? "");
                    csv.NextRecord();
                }
            }
        }
    }
}
