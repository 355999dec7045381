using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The initiatives as open data, one file set per language: JSON (one object per initiative) and CSV (one row
/// per target, the initiative's columns repeated, UTF-8 with a byte-order mark so that Excel reads Japanese).
/// Both are written from the same rows so they cannot disagree.
/// </summary>
public static class OpenData
{
    public delegate void Writer(Stream stream, SiteModel model, ViewBuilder views, Language language, UrlBuilder urls);

    /// <summary>Each format of the open data: where it is published and what writes it. A new format is a line here and its writer.</summary>
    public static readonly IReadOnlyList<(OutputFormat Format, string Address, Writer Write)> Formats =
    [
        (OutputFormat.Json, Addresses.InitiativesJson, WriteJson),
        (OutputFormat.Csv, Addresses.InitiativesCsv, WriteCsv),
    ];

    public static readonly string[] CsvColumns =
    [
        "id", "challenge", "challenge_title", "strategy", "strategy_title", "number", "title",
        "outlook", "outlook_label", "progress", "progress_label", "repost_of", "url",
        "target_number", "target_text", "threshold_value", "threshold_unit", "threshold_comparison", "threshold_out_of",
        "achievements",
    ];

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void WriteJson(Stream stream, SiteModel model, ViewBuilder views, Language language, UrlBuilder urls)
    {
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var initiative in model.Initiatives)
            {
                var status = initiative.Status;
                json.WriteStartObject();
                json.WriteString("id", initiative.Id);
                json.WriteString("challenge", initiative.Strategy.Challenge.Id);
                json.WriteString("challengeTitle", initiative.Strategy.Challenge.Title.In(language));
                json.WriteString("strategy", initiative.Strategy.Id);
                json.WriteString("strategyTitle", initiative.Strategy.Title.In(language));
                json.WriteNumber("number", initiative.Number);
                json.WriteString("title", initiative.Title.In(language));
                WriteStatus(json, "outlook", status?.Outlook, views);
                WriteStatus(json, "progress", status?.Progress, views);
                if (initiative.RepostOfId is null) json.WriteNull("repostOf");
                else json.WriteString("repostOf", initiative.RepostOfId);
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
        }
        stream.WriteByte((byte)'\n');
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

    public static void WriteCsv(Stream stream, SiteModel model, ViewBuilder views, Language language, UrlBuilder urls)
    {
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
            foreach (var column in CsvColumns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var initiative in model.Initiatives)
            {
                var status = initiative.Status;
                var targets = initiative.Targets.Count == 0 ? [null] : initiative.Targets.Cast<Target?>().ToList();
                for (var index = 0; index < targets.Count; index++)
                {
                    var target = targets[index];
                    var threshold = target?.Threshold;
                    string?[] row =
                    [
                        initiative.Id,
                        initiative.Strategy.Challenge.Id,
                        initiative.Strategy.Challenge.Title.In(language),
                        initiative.Strategy.Id,
                        initiative.Strategy.Title.In(language),
                        initiative.Number.ToString(CultureInfo.InvariantCulture),
                        initiative.Title.In(language),
                        status?.Outlook.Code,
                        status is null ? null : views.Status(status.Outlook).Label,
                        status?.Progress.Code,
                        status is null ? null : views.Status(status.Progress).Label,
                        initiative.RepostOfId,
                        urls.Page(language, Addresses.Of(initiative)),
                        target is null ? null : (index + 1).ToString(CultureInfo.InvariantCulture),
                        target?.Text.In(language),
                        threshold?.Value.ToString(CultureInfo.InvariantCulture),
                        threshold?.Unit,
                        threshold?.Comparison is { } c ? ComparisonCode(c) : null,
                        threshold?.OutOf?.ToString(CultureInfo.InvariantCulture),
                        string.Join("\n", initiative.Achievements.Select(a => a.In(language))),
                    ];
                    foreach (var field in row) csv.WriteField(field ?? "");
                    csv.NextRecord();
                }
            }
        }
    }
}
