using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// JSON Schemas of the source files, published with the site under <c>schemas/</c> for editors (VS Code's YAML
/// extension reads them, see <c>.vscode/settings.json</c>). They are made at every build from the same lists the
/// loader checks against: the vocabularies of <see cref="Vocabulary"/>, and the codes, units and strategies of
/// <c>data/</c>, so that a unit added to <c>data/units.yml</c> is in the schema of the next build, with nothing to
/// regenerate. What no schema can say (an id that matches its file name, a date after today, a threshold above
/// its scale) the loader alone checks.
/// </summary>
public sealed class Schemas : IPageType
{
    public const string Folder = "schemas/";

    /// <summary>Each schema: its file name and what makes it from the model.</summary>
    public static readonly IReadOnlyList<(string Name, Func<SiteModel, JsonObject> Make)> All =
    [
        ("initiative", Initiative),
        ("initiative-translation", InitiativeTranslation),
        ("plan", _ => Plan()),
        ("report", _ => Report()),
        ("statuses", _ => Statuses()),
        ("languages", _ => Languages()),
        ("site", _ => Site()),
        ("units", _ => Units()),
    ];

    public static string PathOf(string name) => $"{Folder}{name}.schema.json";

    public string Name => "JSON Schemas";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        All.Select(s => new PlannedFile(PathOf(s.Name), PathOf(s.Name), null, OutputFormat.JsonSchema, Reads.Nothing, "the site's JSON Schemas", this, s.Name) { Listed = false });

    public OutputFile Render(PlannedFile file, SiteRenderer site) =>
        OutputFile.Data(file.Path, stream => Write(stream, (string)file.Subject!, site.Model, site.Urls));

    /// <summary>The schema <paramref name="name"/> of <see cref="All"/> as JSON, identified by its address on the site.</summary>
    public static void Write(Stream stream, string name, SiteModel model, UrlBuilder urls)
    {
        var schema = All.First(s => s.Name == name).Make(model);
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "$id", urls.Absolute(null, PathOf(name)));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        schema.WriteTo(json);
    }

    // A text as the loader reads one: any scalar (a plain 2021 is the text "2021"), not empty or blank.
    private static JsonObject Text(string? description = null) => Describe(new JsonObject
    {
        ["type"] = Types("string", "number", "boolean"),
        ["pattern"] = @"\S",
    }, description);

    // A whole number as the loader reads one: digits, written plain or in quotes.
    private static JsonObject WholeNumber(int minimum, string? description = null) => Describe(new JsonObject
    {
        ["type"] = Types("integer", "string"),
        ["minimum"] = minimum,
        ["pattern"] = minimum > 0 ? "^[1-9][0-9]*$" : "^[0-9]+$",
    }, description);

    // A number as the loader reads one: digits and an optional decimal point, no sign.
    private static JsonObject Decimal(string? description = null, bool aboveZero = false) => Describe(new JsonObject
    {
        ["type"] = Types("number", "string"),
        [aboveZero ? "exclusiveMinimum" : "minimum"] = 0,
        ["pattern"] = aboveZero ? @"^([0-9]*[1-9][0-9]*(\.[0-9]+)?|[0-9]+\.[0-9]*[1-9][0-9]*)$" : @"^[0-9]+(\.[0-9]+)?$",
    }, description);

    /// <summary>A field that may be left empty (<c>updated:</c>, <c>~</c>): the loader reads it as not written.</summary>
    private static JsonObject Optional(JsonObject schema)
    {
        var types = schema["type"] is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [schema["type"]!.GetValue<string>()];
        schema["type"] = Types([.. types, "null"]);
        if (schema["enum"] is JsonArray codes) codes.Add(null);
        return schema;
    }

    private static JsonObject OneOf(IEnumerable<string> codes, string? description = null) => Describe(new JsonObject
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]),
    }, description);

    private static JsonObject Pattern(string pattern, string? description = null) =>
        Describe(new JsonObject { ["type"] = "string", ["pattern"] = pattern }, description);

    private static JsonObject List(JsonObject items, string? description = null) =>
        Describe(new JsonObject { ["type"] = "array", ["items"] = items }, description);

    private static JsonObject Fields(string title, string[] allowed, IReadOnlyDictionary<string, JsonObject> properties, params string[] required)
    {
        // Every allowed field is described, and only those: the two lists cannot drift apart.
        if (!allowed.Order(StringComparer.Ordinal).SequenceEqual(properties.Keys.Order(StringComparer.Ordinal)))
            throw new InvalidOperationException($"the schema '{title}' describes {string.Join(", ", properties.Keys)}, the loader allows {string.Join(", ", allowed)}");
        var schema = new JsonObject
        {
            ["title"] = title,
            ["type"] = "object",
            ["additionalProperties"] = false,
        };
        if (required.Length > 0) schema["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        schema["properties"] = new JsonObject(allowed.Select(a => new KeyValuePair<string, JsonNode?>(a, properties[a])));
        return schema;
    }

    private static JsonArray Types(params string[] types) => new([.. types.Select(t => (JsonNode)t)]);

    private static JsonObject Describe(JsonObject schema, string? description)
    {
        if (description is not null) schema.Insert(0, "description", description);
        return schema;
    }

    private static JsonObject Initiative(SiteModel model)
    {
        var strategies = model.Strategies.Select(s => s.Id).Distinct().ToList();
        var id = InitiativeIdPattern(strategies);
        // A text new wrote in the place of the staff's own is refused until it is replaced.
        var ownText = Text();
        ownText["not"] = new JsonObject { ["enum"] = new JsonArray([.. Placeholders.All.Select(p => (JsonNode)p)]) };
        var schema = Fields("具体的取組 (initiative) front matter: input/{strategy}/{id}.md", Vocabulary.InitiativeFields, new Dictionary<string, JsonObject>
        {
            ["id"] = Pattern(id, "戦略-番号, e.g. 2-1-3. Must equal the file name."),
            ["strategy"] = OneOf(strategies, "The 戦略 of data/plan.yml. Must equal the folder name."),
            ["number"] = WholeNumber(1, "具体的取組の番号 within the strategy, as in the report."),
            ["title"] = Text("具体的取組の名称, as written in the report."),
            ["achievements"] = Optional(List(ownText.DeepClone().AsObject(), "現状の主な取組実績: one item per result.")),
            ["targetsNote"] = Optional(Describe(ownText.DeepClone().AsObject(), "Only when the report's 目標 opens with a sentence before its indicators: that sentence, shown before the targets and not counted as one.")),
            ["targets"] = Optional(List(Fields("目標", Vocabulary.TargetFields, new Dictionary<string, JsonObject>
            {
                ["text"] = ownText.DeepClone().AsObject(),
                ["threshold"] = Fields("数値目標", Vocabulary.ThresholdFields, new Dictionary<string, JsonObject>
                {
                    ["value"] = Decimal("Digits and an optional decimal point, no commas or units: 55 for 55%以上."),
                    ["unit"] = OneOf(model.Units, "A unit of data/units.yml."),
                    ["comparison"] = Optional(OneOf(Vocabulary.Comparisons, "at-least (以上) or at-most (以下); left out for an exact target.")),
                    ["outOf"] = Optional(Decimal("The top of a score's scale: 5 for 5点満点.", aboveZero: true)),
                }, "value", "unit"),
            }, "text"), "目標（取組によりめざす指標）: one item per indicator.")),
            // One code on every axis of one stage: the file's report says which stage, the schema accepts any of them.
            ["status"] = new JsonObject
            {
                ["description"] = "達成状況: one code on each axis of the report's stage.",
                ["anyOf"] = new JsonArray([.. model.Stages.Where(s => s.Value.Count > 0).Select(s => (JsonNode)Fields($"達成状況 ({s.Key})", s.Value.Select(a => a.Id).ToArray(),
                    s.Value.ToDictionary(a => a.Id, a => OneOf(a.Codes.Select(c => c.Code), Labels(model, a.Codes))), s.Value.Select(a => a.Id).ToArray()))]),
            },
            ["continues"] = Optional(Pattern(id, "The id of the initiative of the previous fiscal year that this one carries on with.")),
            ["repostOf"] = Optional(Pattern(id, "Only for an initiative that re-lists another (…の再掲): its id. It then has no status, achievements, targetsNote or targets.")),
            ["updated"] = Optional(Pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "The day the content was last changed, e.g. 2021-12-24.")),
        }, "id", "strategy", "number", "title");
        // An initiative re-lists another and has no status, achievements or targets of its own; or it has a status
        // and re-lists nothing (repostOf left out, or left empty).
        JsonObject Relists() => new()
        {
            ["required"] = new JsonArray("repostOf"),
            ["properties"] = new JsonObject { ["repostOf"] = new JsonObject { ["type"] = "string" } },
        };
        var relisting = Relists();
        relisting["properties"]!["achievements"] = new JsonObject { ["maxItems"] = 0 };
        relisting["properties"]!["targetsNote"] = new JsonObject { ["type"] = "null" };
        relisting["properties"]!["targets"] = new JsonObject { ["maxItems"] = 0 };
        relisting["not"] = new JsonObject { ["required"] = new JsonArray("status") };
        schema["anyOf"] = new JsonArray(relisting, new JsonObject { ["required"] = new JsonArray("status"), ["not"] = Relists() });
        return schema;
    }

    /// <summary>An initiative's id: one of <paramref name="strategies"/>, a '-' and its number (2-1-3, reform-1).</summary>
    public static string InitiativeIdPattern(IEnumerable<string> strategies) =>
        $"^({string.Join('|', strategies.Select(System.Text.RegularExpressions.Regex.Escape))})-[1-9][0-9]*$";

    private static string Labels(SiteModel model, IEnumerable<StatusCode> codes)
    {
        var labels = model.Catalogues[model.SourceLanguage.Code];
        return string.Join(", ", codes.Select(c => $"{c.Code} = {labels[c.LabelKey]}"));
    }

    private static JsonObject InitiativeTranslation(SiteModel model) =>
        Fields("Translation of an initiative: input/{strategy}/{id}.{language}.md. Only its texts; the rest comes from the Japanese file.",
            Vocabulary.TranslatableFields, new Dictionary<string, JsonObject>
            {
                ["title"] = Text(),
                ["achievements"] = List(Text(), "The items of the Japanese file, in the same order."),
                ["targetsNote"] = Text("The targetsNote of the Japanese file."),
                ["targets"] = List(Fields("目標", ["text"], new Dictionary<string, JsonObject> { ["text"] = Text() }, "text"), "The targets of the Japanese file, in the same order."),
            });

    private static JsonObject Plan() =>
        Fields("data/plan.yml: 経営課題 and 戦略 in official order", ["challenges"], new Dictionary<string, JsonObject>
        {
            ["challenges"] = List(Fields("経営課題", Vocabulary.ChallengeFields, new Dictionary<string, JsonObject>
            {
                ["id"] = Pattern(Vocabulary.SlugPattern),
                ["number"] = WholeNumber(0, "The official number; none for the 市政改革プラン section."),
                ["title"] = Text(),
                ["targetsHeading"] = OneOf(Vocabulary.TargetsHeadings, "indicator: 目標（取組によりめざす指標）; goal: 目標"),
                ["strategies"] = List(Fields("戦略", Vocabulary.StrategyFields, new Dictionary<string, JsonObject>
                {
                    ["id"] = Pattern(Vocabulary.SlugPattern),
                    ["title"] = Text(),
                }, "id", "title")),
            }, "id", "title", "strategies")),
        }, "challenges");

    private static JsonObject Report() =>
        Fields("data/reports/{id}/report.yml: what the report is", Vocabulary.ReportFields, new Dictionary<string, JsonObject>
        {
            ["id"] = Text(),
            ["fiscalYear"] = WholeNumber(1),
            ["stage"] = OneOf(Vocabulary.Stages, "plan: 運営方針; midterm: 中間振り返り; yearend: 自己評価"),
            ["title"] = Text(),
            ["meeting"] = Text(),
            ["date"] = Pattern("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "The month of publication, e.g. 2021-11 (or a day)."),
            ["updated"] = Pattern("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "When the content as a whole last changed (default: date)."),
            ["draft"] = new JsonObject
            {
                ["description"] = "true while the report is being written: the preview shows it, the published site does not.",
                ["type"] = Types("boolean", "string"),
                ["pattern"] = "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$",
            },
        }, "id", "fiscalYear", "stage", "title", "meeting", "date");

    private static JsonObject Statuses() =>
        Fields("data/statuses.yml: each stage's status axes and their codes", Vocabulary.Stages,
            Vocabulary.Stages.ToDictionary(s => s, _ => List(Fields("status axis", Vocabulary.StatusAxisFields, new Dictionary<string, JsonObject>
            {
                ["axis"] = Pattern(Vocabulary.SlugPattern, "The axis's id; its caption is axis.{id} in data/strings/."),
                ["follows"] = Optional(Text()),
                ["codes"] = List(Fields("status code", Vocabulary.StatusCodeFields, new Dictionary<string, JsonObject>
                {
                    ["code"] = Pattern(Vocabulary.SlugPattern, "The code; its label is status.{axis}.{code} in data/strings/."),
                    ["tone"] = OneOf(Vocabulary.Tones),
                }, "code", "tone")),
            }, "axis", "codes"))), Vocabulary.Stages);

    private static JsonObject Languages() =>
        Fields("data/languages.yml: the languages of the site", ["languages"], new Dictionary<string, JsonObject>
        {
            ["languages"] = List(Fields("language", Vocabulary.LanguageFields, new Dictionary<string, JsonObject>
            {
                ["code"] = Pattern(Vocabulary.LanguageTagPattern, "A BCP 47 tag, in file names (2-1-3.en.md) and addresses (/en/)."),
                ["name"] = Text(),
                ["htmlLang"] = Pattern(Vocabulary.LanguageTagPattern),
                ["culture"] = Text(),
                ["calendar"] = OneOf(Vocabulary.Calendars),
                ["source"] = new JsonObject { ["type"] = Types("boolean", "string"), ["pattern"] = "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$" },
            }, "code", "name", "htmlLang", "culture")),
        }, "languages");

    private static JsonObject Site() =>
        Fields("data/site.yml: site settings", Vocabulary.SiteFields, new Dictionary<string, JsonObject>
        {
            ["siteUrl"] = Pattern("^https?://"),
            ["repository"] = Pattern("^https?://"),
            ["branch"] = Text(),
            ["license"] = Text(),
            ["licenseUrl"] = Pattern("^https?://"),
            ["messages"] = OneOf(MessageCatalogue.Languages, "The language of the program's messages (default ja)."),
            ["addressesWithoutYear"] = Pattern(Vocabulary.SlugPattern, "The report whose pages the addresses without a year (/strategies/2-1/) showed before each report had its own."),
            ["municipality"] = Fields("地方公共団体", Vocabulary.MunicipalityFields, new Dictionary<string, JsonObject>
            {
                ["code"] = Describe(new JsonObject { ["type"] = Types("string", "integer"), ["pattern"] = "^[0-9]{6}$" }, "全国地方公共団体コード, six digits with the check digit: 271071."),
                ["name"] = Text("地方公共団体名 as the code list writes it: 大阪市港区."),
            }, "code", "name"),
            ["office"] = Fields("区役所", Vocabulary.OfficeFields, new Dictionary<string, JsonObject>
            {
                ["url"] = Pattern("^https?://", "The ward office's website."),
                ["telephone"] = Pattern("^[0-9]+(-[0-9]+)*$", "Where residents telephone about the reports: 06-1234-5678."),
                ["email"] = Pattern("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "Where residents write about the reports."),
                ["contactUrl"] = Pattern("^https?://", "The office's enquiry form."),
            }, "url"),
        }, "siteUrl", "repository", "branch", "license", "licenseUrl", "municipality", "office");

    private static JsonObject Units() =>
        Fields("data/units.yml: the units a threshold may use", ["units"], new Dictionary<string, JsonObject>
        {
            ["units"] = List(Text(), "One unit per line; its label in each file of data/strings/ under unit., one per plural form of the language."),
        }, "units");
}
