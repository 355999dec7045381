using System.Text.Encodings.Web;
using System.Text.Json;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The open data of a set as one JSON document: an envelope (the report or reports, the municipality, the licence,
/// the date of the content it was made from), then the challenges, strategies and initiatives, each with its URI
/// (the absolute address of the page or section that shows it, the same at every build). The initiatives hold
/// their achievements and targets as lists; the values are those of the CSV tables.
/// </summary>
public static class OpenDataJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private const int FlushThreshold = 32 * 1024;

    public static void Write(Stream stream, OpenDataSet set, Language language, SiteRenderer site, ContentDate modified)
    {
        var model = site.Model;
        var settings = model.Settings;
        using (var json = new Utf8JsonWriter(stream, Options))
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
            json.WriteStartObject("municipality");
            json.WriteString("code", settings.Municipality.Code);
            json.WriteString("name", settings.Municipality.Name);
            json.WriteEndObject();
            json.WriteStartObject("license");
            json.WriteString("name", settings.License);
            json.WriteString("url", settings.LicenseUrl);
            json.WriteEndObject();
            json.WriteString("modified", modified.Iso);
            json.WriteStartArray("challenges");
            foreach (var report in set.Reports)
            foreach (var challenge in report.Challenges)
            {
                json.WriteStartObject();
                json.WriteString("report", report.Id);
                json.WriteString("id", challenge.Id);
                if (challenge.Number is { } number) json.WriteNumber("number", number);
                else json.WriteNull("number");
                json.WriteString("title", challenge.Title.In(language));
                json.WriteString("url", site.Urls.Absolute(language, Addresses.Of(challenge)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("strategies");
            foreach (var report in set.Reports)
            foreach (var strategy in report.Challenges.SelectMany(c => c.Strategies))
            {
                json.WriteStartObject();
                json.WriteString("report", report.Id);
                json.WriteString("id", strategy.Id);
                json.WriteString("challenge", strategy.Challenge.Id);
                json.WriteString("title", strategy.Title.In(language));
                json.WriteString("url", site.Urls.Absolute(language, Addresses.Of(strategy)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("initiatives");
            foreach (var report in set.Reports)
            {
                var views = site.Views(report, language);
                foreach (var initiative in report.Initiatives)
                {
                    WriteInitiative(json, report, initiative, model.AllAxes, language, views, site.Urls);
                    // The writer keeps everything until flushed: hand it on as it grows, not once at the end.
                    if (json.BytesPending > FlushThreshold) json.Flush();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteInitiative(Utf8JsonWriter json, ReportContent report, Initiative initiative, IReadOnlyList<StatusAxis> axes, Language language, ViewBuilder views, UrlBuilder urls)
    {
        json.WriteStartObject();
        json.WriteString("report", report.Id);
        json.WriteNumber("fiscalYear", report.Report.FiscalYear);
        json.WriteString("stage", report.Report.Stage);
        WriteNames(json, initiative, language);
        foreach (var axis in axes) WriteStatus(json, axis.Id, initiative.Status?[axis.Id], views);
        WriteOptional(json, "repostOf", initiative.RepostOfId);
        WriteOptional(json, "continues", initiative.ContinuesId);
        WriteOptional(json, "updated", initiative.Updated?.Iso);
        json.WriteString("url", urls.Absolute(language, Addresses.Of(initiative)));
        json.WriteStartArray("achievements");
        foreach (var achievement in initiative.Achievements) json.WriteStringValue(achievement.In(language));
        json.WriteEndArray();
        WriteOptional(json, "targetsNote", initiative.TargetsNote?.In(language));
        json.WriteStartArray("targets");
        foreach (var target in initiative.Targets) WriteTarget(json, target, language);
        json.WriteEndArray();
        WriteOptional(json, "narrative", initiative.Narrative.IsEmpty ? null : initiative.Narrative.In(language));
        json.WriteBoolean("translated", initiative.TranslatableTexts().All(t => t.IsTranslated(language)));
        json.WriteEndObject();
    }

    /// <summary>What names an initiative: its id, its place in the plan, its title; the former layout has them too.</summary>
    public static void WriteNames(Utf8JsonWriter json, Initiative initiative, Language language)
    {
        json.WriteString("id", initiative.Id);
        json.WriteString("challenge", initiative.Strategy.Challenge.Id);
        json.WriteString("challengeTitle", initiative.Strategy.Challenge.Title.In(language));
        json.WriteString("strategy", initiative.Strategy.Id);
        json.WriteString("strategyTitle", initiative.Strategy.Title.In(language));
        json.WriteNumber("number", initiative.Number);
        json.WriteString("title", initiative.Title.In(language));
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
        json.WriteString("updated", report.Report.Updated.Iso);
        json.WriteString("url", site.Urls.Absolute(language, Addresses.Of(report.Report)));
        json.WriteEndObject();
    }

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    public static void WriteStatus(Utf8JsonWriter json, string axis, StatusCode? code, ViewBuilder views)
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

    public static void WriteTarget(Utf8JsonWriter json, Target target, Language language)
    {
        json.WriteStartObject();
        json.WriteString("text", target.Text.In(language));
        if (target.Threshold is { } t)
        {
            json.WriteStartObject("threshold");
            json.WriteNumber("value", t.Value);
            json.WriteString("unit", t.Unit);
            if (t.Comparison is null) json.WriteNull("comparison");
            else json.WriteString("comparison", Vocabulary.CodeOf(t.Comparison.Value));
            if (t.OutOf is { } max) json.WriteNumber("outOf", max);
            else json.WriteNull("outOf");
            json.WriteEndObject();
        }
        else json.WriteNull("threshold");
        json.WriteEndObject();
    }
}
