using System.Globalization;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>The type of a column's values, as a Frictionless Table Schema names it.</summary>
public enum ColumnType { String, Integer, Number, Date }

/// <summary>What a row is written in: its report, the language of its texts, and the site that names things.</summary>
public sealed record RowContext(ReportContent Report, Language Language, SiteRenderer Site)
{
    public ViewBuilder Views => Site.Views(Report, Language);

    /// <summary>The absolute address of a record (<c>https://…/2021/midterm/strategies/2-1/#initiative-2-1-3</c>): its URI.</summary>
    public string Uri(string address) => Site.Urls.Absolute(Language, address);
}

/// <summary>
/// One column of a table of the open data: its name (the English header, and the key of its Japanese header and its
/// help in <c>data/strings/</c>), its type, and what it holds for an item. The CSV writer, the Table Schema, the
/// About-the-data page and the tests all read the columns from here.
/// </summary>
/// <param name="Codes">The values allowed, when the column holds a code.</param>
/// <param name="Caption">Replaces the catalogue's header: an axis's columns are named after the axis.</param>
/// <param name="MultiLine">The column holds Markdown, whose paragraphs are lines: only the narratives' table has one.</param>
public sealed record Column<T>(string Name, ColumnType Type, Func<RowContext, T, string?> Value)
{
    public bool Required { get; init; }
    public IReadOnlyList<string>? Codes { get; init; }
    /// <summary>What every value matches, when more than its type says (a regular expression, whole value).</summary>
    public string? Pattern { get; init; }
    public Func<Catalogue, string>? Caption { get; init; }
    public Func<Catalogue, string>? Help { get; init; }
    public bool MultiLine { get; init; }
}

/// <summary>A table's column without its item type: what the schema and the documentation describe.</summary>
public sealed record ColumnInfo(string Name, ColumnType Type, bool Required, IReadOnlyList<string>? Codes, string? Pattern, bool MultiLine, Func<Catalogue, string> Header, Func<Catalogue, string> Help);

/// <summary>
/// A table of the open data, one CSV per report and language: its rows (one per item of a report), its columns,
/// and its key. Every row begins with the same columns (<see cref="DataTables.Common"/>), which say whose
/// report it belongs to.
/// </summary>
public abstract class DataTable(string name, string[] primaryKey, string? parent, bool showsInitiatives = true)
{
    /// <summary>Its rows show what the initiatives' files say; the challenges and strategies come from <c>data/</c> alone.</summary>
    public bool ShowsInitiatives { get; } = showsInitiatives;

    /// <summary>The file's name without extension, and the key of its title in <c>data/strings/</c>: <c>initiatives</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The columns that tell its rows apart, by name.</summary>
    public IReadOnlyList<string> PrimaryKey { get; } = primaryKey;

    /// <summary>The table its rows belong to by the columns of that table's key (each achievement to its initiative).</summary>
    public string? Parent { get; } = parent;

    public abstract IReadOnlyList<ColumnInfo> Columns(SiteModel model);

    /// <summary>Every row of one report, in the language of <paramref name="context"/>, a cell per column.</summary>
    public abstract IEnumerable<string?[]> Rows(RowContext context);
}

public sealed class DataTable<T>(string name, string[] primaryKey, string? parent, Func<ReportContent, IEnumerable<T>> items, Func<SiteModel, IReadOnlyList<Column<T>>> columns, bool showsInitiatives = true)
    : DataTable(name, primaryKey, parent, showsInitiatives)
{
    public override IReadOnlyList<ColumnInfo> Columns(SiteModel model) =>
        columns(model).Select(c => new ColumnInfo(c.Name, c.Type, c.Required, c.Codes, c.Pattern, c.MultiLine,
            c.Caption ?? (catalogue => catalogue[$"column.{c.Name}"]),
            c.Help ?? (catalogue => catalogue[$"column-help.{c.Name}"]))).ToList();

    public override IEnumerable<string?[]> Rows(RowContext context)
    {
        var all = columns(context.Site.Model);
        foreach (var item in items(context.Report))
        {
            var row = new string?[all.Count];
            for (var i = 0; i < all.Count; i++) row[i] = all[i].Value(context, item);
            yield return row;
        }
    }
}

/// <summary>
/// The tables of the open data, tidy in the sense of Japan's rules for machine-readable data (総務省「機械判読可能な
/// データの表記方法の統一ルール」): one datum per cell, no line breaks for layout, no units in number cells, dates in
/// ISO form; a list (the achievements, the targets) is a table of its own, a row per item.
/// </summary>
public static class DataTables
{
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The columns every row begins with: whose report it is, and which.</summary>
    private static IEnumerable<Column<T>> Common<T>(SiteModel model) =>
    [
        new("municipality_code", ColumnType.String, (c, _) => c.Site.Model.Settings.Municipality.Code) { Required = true, Pattern = "[0-9]{6}" },
        new("municipality_name", ColumnType.String, (c, _) => c.Site.Model.Settings.Municipality.Name) { Required = true },
        new("report", ColumnType.String, (c, _) => c.Report.Id) { Required = true, Codes = model.Reports.Select(r => r.Id).ToList() },
        new("fiscal_year", ColumnType.Integer, (c, _) => Number(c.Report.Report.FiscalYear)) { Required = true },
        new("stage", ColumnType.String, (c, _) => c.Report.Report.Stage) { Required = true, Codes = Vocabulary.Stages },
    ];

    private static Column<T> InitiativeKey<T>(Func<T, Initiative> initiative) =>
        new("initiative", ColumnType.String, (_, item) => initiative(item).Id) { Required = true };

    public static readonly DataTable Challenges = new DataTable<Challenge>("challenges", ["report", "challenge"], null, r => r.Challenges, model =>
    [
        .. Common<Challenge>(model),
        new("challenge", ColumnType.String, (_, c) => c.Id) { Required = true },
        new("challenge_number", ColumnType.Integer, (_, c) => c.Number is { } n ? Number(n) : null),
        new("challenge_title", ColumnType.String, (c, challenge) => challenge.Title.In(c.Language)) { Required = true },
        new("url", ColumnType.String, (c, challenge) => c.Uri(Addresses.Of(challenge))) { Required = true },
    ], showsInitiatives: false);

    public static readonly DataTable Strategies = new DataTable<Strategy>("strategies", ["report", "strategy"], "challenges", r => r.Challenges.SelectMany(c => c.Strategies), model =>
    [
        .. Common<Strategy>(model),
        new("strategy", ColumnType.String, (_, s) => s.Id) { Required = true },
        new("challenge", ColumnType.String, (_, s) => s.Challenge.Id) { Required = true },
        new("strategy_title", ColumnType.String, (c, s) => s.Title.In(c.Language)) { Required = true },
        new("url", ColumnType.String, (c, s) => c.Uri(Addresses.Of(s))) { Required = true },
    ], showsInitiatives: false);

    public static readonly DataTable Initiatives = new DataTable<Initiative>("initiatives", ["report", "initiative"], "strategies", r => r.Initiatives, model =>
    [
        .. Common<Initiative>(model),
        InitiativeKey<Initiative>(i => i),
        new("challenge", ColumnType.String, (_, i) => i.Strategy.Challenge.Id) { Required = true },
        new("strategy", ColumnType.String, (_, i) => i.Strategy.Id) { Required = true },
        new("number", ColumnType.Integer, (_, i) => Number(i.Number)) { Required = true },
        new("title", ColumnType.String, (c, i) => i.Title.In(c.Language)) { Required = true },
        // A code and its label per axis of every stage: the same columns in every report's file, empty where the
        // report's stage has no such axis (a plan has none) and on a re-listed initiative.
        .. model.AllAxes.SelectMany(axis => new Column<Initiative>[]
        {
            new(axis.Id, ColumnType.String, (_, i) => i.Status?[axis.Id]?.Code)
            {
                Codes = axis.Codes.Select(c => c.Code).ToList(),
                Caption = catalogue => catalogue.Format("column.axis-code", ("id", axis.Id), ("axis", catalogue[StatusAxis.LabelKeyOf(axis.Id)])),
                Help = catalogue => catalogue.Format("column-help.axis-code", ("axis", catalogue[StatusAxis.LabelKeyOf(axis.Id)]),
                    ("codes", string.Join(catalogue["punctuation.list"], axis.Codes.Select(c => catalogue.Format("column-help.code", ("code", c.Code), ("label", catalogue[c.LabelKey]))))),
                    ("stages", string.Join(catalogue["punctuation.list"], model.Stages.Where(s => s.Value.Any(a => a.Id == axis.Id)).Select(s => catalogue[$"stage.{s.Key}"])))),
            },
            new(axis.Id + "_label", ColumnType.String, (c, i) => i.Status?[axis.Id] is { } code ? c.Views.Status(code).Label : null)
            {
                Caption = catalogue => catalogue.Format("column.axis-label", ("id", axis.Id), ("axis", catalogue[StatusAxis.LabelKeyOf(axis.Id)])),
                Help = catalogue => catalogue.Format("column-help.axis-label", ("axis", catalogue[StatusAxis.LabelKeyOf(axis.Id)]),
                    ("column", catalogue.Format("column.axis-code", ("id", axis.Id), ("axis", catalogue[StatusAxis.LabelKeyOf(axis.Id)])))),
            },
        }),
        new("repost_of", ColumnType.String, (_, i) => i.RepostOfId),
        new("continues", ColumnType.String, (_, i) => i.ContinuesId),
        new("updated", ColumnType.Date, (_, i) => i.Updated?.Iso),
        new("url", ColumnType.String, (c, i) => c.Uri(Addresses.Of(i))) { Required = true },
        // Added after the first files were published: last, so that a reader of the columns by position still reads them.
        new("targets_note", ColumnType.String, (c, i) => i.TargetsNote?.In(c.Language)),
    ]);

    public static readonly DataTable Achievements = new DataTable<(Initiative Initiative, int Number, LocalizedText Text)>("achievements", ["report", "initiative", "achievement_number"], "initiatives",
        r => r.Initiatives.SelectMany(i => i.Achievements.Select((a, n) => (i, n + 1, a))), model =>
    [
        .. Common<(Initiative, int, LocalizedText)>(model),
        InitiativeKey<(Initiative Initiative, int, LocalizedText)>(a => a.Initiative),
        new("achievement_number", ColumnType.Integer, (_, a) => Number(a.Item2)) { Required = true },
        new("achievement", ColumnType.String, (c, a) => a.Item3.In(c.Language)) { Required = true },
    ]);

    public static readonly DataTable Targets = new DataTable<(Initiative Initiative, int Number, Target Target)>("targets", ["report", "initiative", "target_number"], "initiatives",
        r => r.Initiatives.SelectMany(i => i.Targets.Select((t, n) => (i, n + 1, t))), model =>
    [
        .. Common<(Initiative, int, Target)>(model),
        InitiativeKey<(Initiative Initiative, int, Target)>(t => t.Initiative),
        new("target_number", ColumnType.Integer, (_, t) => Number(t.Item2)) { Required = true },
        new("target_text", ColumnType.String, (c, t) => t.Item3.Text.In(c.Language)) { Required = true },
        new("threshold_value", ColumnType.Number, (_, t) => t.Item3.Threshold is { } th ? Number(th.Value) : null),
        new("threshold_unit", ColumnType.String, (_, t) => t.Item3.Threshold?.Unit) { Codes = model.Units },
        new("threshold_comparison", ColumnType.String, (_, t) => t.Item3.Threshold?.Comparison is { } c ? Vocabulary.CodeOf(c) : null) { Codes = Vocabulary.Comparisons },
        new("threshold_out_of", ColumnType.Number, (_, t) => t.Item3.Threshold?.OutOf is { } max ? Number(max) : null),
    ]);

    public static readonly DataTable Narratives = new DataTable<Initiative>("narratives", ["report", "initiative"], "initiatives",
        r => r.Initiatives.Where(i => !i.Narrative.IsEmpty), model =>
    [
        .. Common<Initiative>(model),
        InitiativeKey<Initiative>(i => i),
        new("narrative", ColumnType.String, (c, i) => i.Narrative.In(c.Language)) { Required = true, MultiLine = true },
    ]);

    /// <summary>Every table, the whole before its parts: the order of the files on the About-the-data page.</summary>
    public static readonly IReadOnlyList<DataTable> All = [Challenges, Strategies, Initiatives, Achievements, Targets, Narratives];

    public static DataTable Named(string name) => All.First(t => t.Name == name);
}
