using System.Text.Json;
using System.Text.Json.Nodes;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The schemas of the open data, published in each language under <c>data/schemas/</c> (the headers and the
/// descriptions are in it): a Frictionless Table Schema per table, made from the columns of
/// <see cref="DataTables"/>, and a JSON Schema of the JSON. The Data Package of each folder points at them, the
/// catalogue names them as what each file conforms to, and the tests validate every written file against them.
/// </summary>
public sealed class DataSchemas : IPageType
{
    public string Name => "open data schemas";

    public static string TableSchemaOf(DataTable table) => $"{Addresses.DataSchemas}{table.Name}.tableschema.json";

    public const string JsonSchema = Addresses.DataSchemas + "initiatives.schema.json";

    /// <summary>The schema a file of the open data conforms to.</summary>
    public static string SchemaOf(OpenDataFile file) => file.Table is { } table ? TableSchemaOf(table) : JsonSchema;

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from language in model.Languages
        from item in DataTables.All.Select(t => (Address: TableSchemaOf(t), Table: (DataTable?)t)).Append((JsonSchema, null))
        select new PlannedFile(Addresses.FileOf(item.Address, language), item.Address, language,
            item.Table is null ? OutputFormat.JsonSchema : OutputFormat.TableSchema, Reads.Nothing, "the open data's schemas", this, item.Table)
        { Listed = false };

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream =>
    {
        var schema = file.Subject is DataTable table ? TableSchema(table, file.Language!, site.Model) : InitiativesJsonSchema(file.Language!, site);
        using var json = new Utf8JsonWriter(stream, OpenDataJson.Options);
        schema.WriteTo(json);
    });

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Number => "number",
        ColumnType.Date => "date",
        _ => "string",
    };

    /// <summary>
    /// The Table Schema of <paramref name="table"/> in <paramref name="language"/>: a field per column with its header,
    /// type and constraints, the key, and the reference to the table its rows belong to.
    /// </summary>
    public static JsonObject TableSchema(DataTable table, Language language, SiteModel model)
    {
        var catalogue = model.Catalogues[language.Code];
        var columns = table.Columns(model);
        string Header(string name) => columns.First(c => c.Name == name).Header(catalogue);
        var fields = new JsonArray();
        foreach (var column in columns)
        {
            var field = new JsonObject
            {
                ["name"] = column.Header(catalogue),
                ["description"] = column.Help(catalogue),
                ["type"] = TypeName(column.Type),
            };
            if (column.Type == ColumnType.Date) field["format"] = "default";
            var constraints = new JsonObject();
            if (column.Required) constraints["required"] = true;
            if (column.Codes is { } codes) constraints["enum"] = Strings(codes);
            if (column.Pattern is { } pattern) constraints["pattern"] = pattern;
            if (constraints.Count > 0) field["constraints"] = constraints;
            fields.Add((JsonNode)field);
        }
        var schema = new JsonObject
        {
            ["fields"] = fields,
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = Strings(table.PrimaryKey.Select(Header)),
        };
        if (table.Parent is { } parentName)
        {
            var parent = DataTables.Named(parentName);
            // A row names the item of its parent table by the columns of the same names: each strategy its report and challenge.
            schema["foreignKeys"] = new JsonArray(new JsonObject
            {
                ["fields"] = Strings(parent.PrimaryKey.Select(Header)),
                ["reference"] = new JsonObject { ["resource"] = parent.Name, ["fields"] = Strings(parent.PrimaryKey.Select(Header)) },
            });
        }
        return schema;
    }

    /// <summary>The JSON Schema of the JSON files, with the enumerations of the site's own codes.</summary>
    public static JsonObject InitiativesJsonSchema(Language language, SiteRenderer site)
    {
        var model = site.Model;
        var catalogue = model.Catalogues[language.Code];
        string Help(string column) => catalogue[$"column-help.{column}"];
        JsonObject Type(string type, string? description = null)
        {
            var node = new JsonObject { ["type"] = type };
            if (description is not null) node.Insert(0, "description", description);
            return node;
        }
        JsonObject Nullable(string type, string? description = null)
        {
            var node = new JsonObject { ["type"] = Strings([type, "null"]) };
            if (description is not null) node.Insert(0, "description", description);
            return node;
        }
        JsonObject Codes(IEnumerable<string> codes, bool nullable, string? description = null)
        {
            var node = nullable ? Nullable("string", description) : Type("string", description);
            var values = new JsonArray([.. codes.Select(c => (JsonNode)c)]);
            if (nullable) values.Add(null);
            node["enum"] = values;
            return node;
        }
        JsonObject Uri(string description) { var node = Type("string", description); node["format"] = "uri"; node["pattern"] = "^https?://"; return node; }
        JsonObject Object(string[] required, params (string Name, JsonObject Schema)[] properties) => new()
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = Strings(required.Length > 0 ? required : properties.Select(p => p.Name)),
            ["properties"] = new JsonObject(properties.Select(p => new KeyValuePair<string, JsonNode?>(p.Name, p.Schema))),
        };
        var reports = model.Reports.Select(r => r.Id).ToList();
        var report = Object([],
            ("id", Codes(reports, false, Help("report"))),
            ("fiscalYear", Type("integer", Help("fiscal_year"))),
            ("stage", Codes(Vocabulary.Stages, false, Help("stage"))),
            ("name", Type("string")),
            ("title", Type("string")),
            ("meeting", Type("string")),
            ("date", Type("string")),
            ("updated", Type("string")),
            ("url", Uri(catalogue["column-help.url"])));
        report["properties"]!["date"]!["pattern"] = "^[0-9]{4}-[0-9]{2}$";
        report["properties"]!["updated"]!["pattern"] = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";
        var threshold = Object([],
            ("value", Type("number", Help("threshold_value"))),
            ("unit", Codes(model.Units, false, Help("threshold_unit"))),
            ("comparison", Codes(Vocabulary.Comparisons, true, Help("threshold_comparison"))),
            ("outOf", Nullable("number", Help("threshold_out_of"))));
        var target = Object([], ("text", Type("string", Help("target_text"))), ("threshold", new JsonObject { ["anyOf"] = new JsonArray(threshold, new JsonObject { ["type"] = "null" }) }));
        var achievements = Type("array", Help("achievement"));
        achievements["items"] = Type("string");
        var targets = Type("array", Help("target_text"));
        targets["items"] = target;
        var date = Nullable("string", Help("updated"));
        date["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        var initiative = Object([],
        [
            ("report", Codes(reports, false, Help("report"))),
            ("fiscalYear", Type("integer", Help("fiscal_year"))),
            ("stage", Codes(Vocabulary.Stages, false, Help("stage"))),
            ("id", Type("string", Help("initiative"))),
            ("challenge", Type("string", Help("challenge"))),
            ("challengeTitle", Type("string", Help("challenge_title"))),
            ("strategy", Type("string", Help("strategy"))),
            ("strategyTitle", Type("string", Help("strategy_title"))),
            ("number", Type("integer", Help("number"))),
            ("title", Type("string", Help("title"))),
            .. model.AllAxes.SelectMany(axis => new[]
            {
                (axis.Id, Codes(axis.Codes.Select(c => c.Code), true)),
                (axis.Id + "Label", Nullable("string")),
            }),
            ("repostOf", Nullable("string", Help("repost_of"))),
            ("continues", Nullable("string", Help("continues"))),
            ("updated", date),
            ("url", Uri(Help("url"))),
            ("achievements", achievements),
            ("targetsNote", Nullable("string", Help("targets_note"))),
            ("targets", targets),
            ("narrative", Nullable("string", Help("narrative"))),
            ("translated", Type("boolean")),
        ]);
        JsonObject ListOf(JsonObject items) { var node = Type("array"); node["items"] = items; return node; }
        var challenge = Object([],
            ("report", Codes(reports, false)), ("id", Type("string", Help("challenge"))), ("number", Nullable("integer", Help("challenge_number"))),
            ("title", Type("string", Help("challenge_title"))), ("url", Uri(Help("url"))));
        var strategy = Object([],
            ("report", Codes(reports, false)), ("id", Type("string", Help("strategy"))), ("challenge", Type("string", Help("challenge"))),
            ("title", Type("string", Help("strategy_title"))), ("url", Uri(Help("url"))));
        var municipality = Object([], ("code", Type("string", Help("municipality_code"))), ("name", Type("string", Help("municipality_name"))));
        municipality["properties"]!["code"]!["pattern"] = "^[0-9]{6}$";
        var license = Object([], ("name", Type("string")), ("url", Uri(catalogue["column-help.url"])));
        var modified = Type("string");
        modified["pattern"] = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";
        var envelope = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = site.Urls.Absolute(language, JsonSchema),
            ["title"] = catalogue["data.json-title"],
            ["type"] = "object",
            ["additionalProperties"] = false,
            // A report's file has its report; the file of every report has the list of them.
            ["oneOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("report") }, new JsonObject { ["required"] = new JsonArray("reports") }),
            ["required"] = Strings(["municipality", "license", "modified", "challenges", "strategies", "initiatives"]),
            ["properties"] = new JsonObject
            {
                ["report"] = report,
                ["reports"] = ListOf(report.DeepClone().AsObject()),
                ["municipality"] = municipality,
                ["license"] = license,
                ["modified"] = modified,
                ["challenges"] = ListOf(challenge),
                ["strategies"] = ListOf(strategy),
                ["initiatives"] = ListOf(initiative),
            },
        };
        return envelope;
    }
}
