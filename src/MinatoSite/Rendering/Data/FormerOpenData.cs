using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// <c>/data/initiatives.csv</c> and <c>.json</c>, as they were before each report had addresses of its own: the
/// former report's initiatives, a CSV row per target with the achievements in one cell and a JSON array without an
/// envelope. Kept as they were so that what links to them keeps working; their <c>url</c> fields point at the new
/// addresses. The tidy tables of <see cref="DataTables"/> replace them, and the About-the-data page says so.
/// </summary>
public sealed class FormerOpenData : IPageType
{
    public string Name => "former open data";

    public static readonly string[] InitiativeColumns = ["id", "challenge", "challenge_title", "strategy", "strategy_title", "number", "title"];

    public static readonly string[] TargetColumns =
    [
        "repost_of", "url",
        "target_number", "target_text", "threshold_value", "threshold_unit", "threshold_comparison", "threshold_out_of",
        "achievements",
    ];

    /// <summary>Every column of the former CSV: the initiative, a code and a label per axis of its report, the target.</summary>
    public static IReadOnlyList<string> CsvColumns(ReportContent report) =>
        [.. InitiativeColumns, .. report.Axes.SelectMany(a => new[] { a.Id, a.Id + "_label" }), .. TargetColumns];

    public IEnumerable<PlannedFile> Plan(SiteModel model)
    {
        if (model.FormerReport is not { } former) yield break;
        foreach (var language in model.Languages)
        foreach (var (address, format) in new[] { (Addresses.FormerInitiativesJson, OutputFormat.Json), (Addresses.FormerInitiativesCsv, OutputFormat.Csv) })
            yield return new PlannedFile(Addresses.FileOf(address, language), address, language, format,
                Reads.Of(former.Initiatives.Select(i => i.SourcePath)), "the site's open data", this, former)
            { Report = former, WholeSite = true };
    }

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var report = (ReportContent)file.Subject!;
        var context = new RowContext(report, file.Language!, site);
        return OutputFile.Data(file.Path, stream =>
        {
            if (file.Format == OutputFormat.Json) WriteJson(stream, context);
            else WriteCsv(stream, context);
        });
    }

    private static void WriteJson(Stream stream, RowContext context)
    {
        var language = context.Language;
        using (var json = new Utf8JsonWriter(stream, OpenDataJson.Options))
        {
            json.WriteStartArray();
            foreach (var initiative in context.Report.Initiatives)
            {
                json.WriteStartObject();
                OpenDataJson.WriteNames(json, initiative, language);
                foreach (var axis in context.Report.Axes) OpenDataJson.WriteStatus(json, axis.Id, initiative.Status?[axis.Id], context.Views);
                OpenDataJson.WriteOptional(json, "repostOf", initiative.RepostOfId);
                json.WriteString("url", context.Site.Urls.Page(language, Addresses.Of(initiative)));
                json.WriteStartArray("achievements");
                foreach (var achievement in initiative.Achievements) json.WriteStringValue(achievement.In(language));
                json.WriteEndArray();
                json.WriteStartArray("targets");
                foreach (var target in initiative.Targets) OpenDataJson.WriteTarget(json, target, language);
                json.WriteEndArray();
                OpenDataJson.WriteOptional(json, "narrative", initiative.Narrative.IsEmpty ? null : initiative.Narrative.In(language));
                json.WriteBoolean("translated", initiative.TranslatableTexts().All(t => t.IsTranslated(language)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteCsv(Stream stream, RowContext context)
    {
        var language = context.Language;
        var report = context.Report;
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, OpenDataCsv.Configuration);
        foreach (var column in CsvColumns(report)) csv.WriteField(column);
        csv.NextRecord();
        foreach (var initiative in report.Initiatives)
        {
            var targets = initiative.Targets.Count == 0 ? [null] : initiative.Targets.Cast<Target?>().ToList();
            for (var index = 0; index < targets.Count; index++)
            {
                var target = targets[index];
                var threshold = target?.Threshold;
                var row = new List<string?>
                {
                    initiative.Id,
                    initiative.Strategy.Challenge.Id,
                    initiative.Strategy.Challenge.Title.In(language),
                    initiative.Strategy.Id,
                    initiative.Strategy.Title.In(language),
                    initiative.Number.ToString(CultureInfo.InvariantCulture),
                    initiative.Title.In(language),
                };
                foreach (var axis in report.Axes)
                {
                    var code = initiative.Status?[axis.Id];
                    row.Add(code?.Code);
                    row.Add(code is null ? null : context.Views.Status(code).Label);
                }
                row.AddRange(
                [
                    initiative.RepostOfId,
                    context.Site.Urls.Page(language, Addresses.Of(initiative)),
                    target is null ? null : (index + 1).ToString(CultureInfo.InvariantCulture),
                    target?.Text.In(language),
                    threshold?.Value.ToString(CultureInfo.InvariantCulture),
                    threshold?.Unit,
                    threshold?.Comparison is { } c ? Vocabulary.CodeOf(c) : null,
                    threshold?.OutOf?.ToString(CultureInfo.InvariantCulture),
                    string.Join("\n", initiative.Achievements.Select(a => a.In(language))),
                ]);
                foreach (var field in row) csv.WriteField(field ?? "");
                csv.NextRecord();
            }
        }
    }
}
