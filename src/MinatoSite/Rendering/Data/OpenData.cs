using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>The open data of some reports, in one folder: each report's (<c>2021/midterm/data/</c>), or every report's (<c>data/all/</c>).</summary>
/// <param name="Reports">The reports it holds, the oldest first.</param>
/// <param name="All">The set of every report, even while there is only one.</param>
public sealed record OpenDataSet(IReadOnlyList<ReportContent> Reports, bool All = false)
{
    public string Folder => All ? Addresses.AllData : Addresses.DataOf(Reports[0].Report);

    /// <summary>What it is called in the catalogue and in the package's name: the report's id, or <c>all</c>.</summary>
    public string Id => All ? "all" : Reports[0].Id;

    /// <summary>The page residents read it on: the report's overview, or the list of every report.</summary>
    public string LandingPage => All ? Addresses.Reports : Addresses.Of(Reports[0].Report);

    // One set per id, however often it is made: the catalogue groups files by their set.
    public bool Equals(OpenDataSet? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

/// <summary>One file of a set: a table's CSV, the JSON, or the Data Package that describes the set's files.</summary>
/// <param name="Table">The table a CSV holds; null for the JSON and the package.</param>
public sealed record OpenDataFile(OpenDataSet Set, OutputFormat Format, DataTable? Table = null)
{
    public const string PackageName = "datapackage.json";

    public string FileName => Format == OutputFormat.DataPackage ? PackageName : Table is { } table ? $"{table.Name}.csv" : "initiatives.json";

    public string Address => Set.Folder + FileName;

    /// <summary>The key of its title and description in <c>data/strings/</c> (<c>data.file.{key}</c>): its table's name, or <c>json</c>.</summary>
    public string Key => Table?.Name ?? "json";

    /// <summary>A file the catalogue lists as a distribution of its dataset: the data, not the package describing it.</summary>
    public bool IsDistribution => Format != OutputFormat.DataPackage;
}

/// <summary>
/// The open data, in each language: for each report and for every report at once, a CSV per table of
/// <see cref="DataTables"/>, the JSON of the whole, and a Frictionless Data Package that lists them with their
/// schemas. The catalogue (<see cref="DataCatalog"/>) and the About-the-data page list what this plans.
/// </summary>
public sealed class OpenData : IPageType
{
    public string Name => "open data";

    public static IReadOnlyList<OpenDataSet> Sets(SiteModel model) =>
        [.. model.Reports.Select(r => new OpenDataSet([r])), new OpenDataSet(model.Reports, All: true)];

    public static IEnumerable<OpenDataFile> Files(OpenDataSet set) =>
        [.. DataTables.All.Select(t => new OpenDataFile(set, OutputFormat.Csv, t)), new OpenDataFile(set, OutputFormat.Json), new OpenDataFile(set, OutputFormat.DataPackage)];

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from set in Sets(model)
        from file in Files(set)
        from language in model.Languages
        select new PlannedFile(Addresses.FileOf(file.Address, language), file.Address, language, file.Format,
            // A package lists its folder's files, and the tables of the plan show none of the initiatives' files.
            file.Format == OutputFormat.DataPackage || file.Table is { ShowsInitiatives: false } ? Reads.Nothing
                : Reads.Of(set.Reports.SelectMany(r => r.Initiatives).Select(i => i.SourcePath), everything: set.All),
            "the site's open data", this, file)
        { Report = set.All ? null : set.Reports[0], WholeSite = file.Format != OutputFormat.DataPackage && file.Table is not { ShowsInitiatives: false } };

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var data = (OpenDataFile)file.Subject!;
        var language = file.Language!;
        return OutputFile.Data(file.Path, stream =>
        {
            if (data.Table is { } table) OpenDataCsv.Write(stream, table, data.Set, language, site);
            else if (data.Format == OutputFormat.Json) OpenDataJson.Write(stream, data.Set, language, site, site.Plan.DateOf(file));
            else DataPackage.Write(stream, data.Set, language, site);
        });
    }

    /// <summary>The distributions of the site, in the plan's order: what the catalogue and the About-the-data page list.</summary>
    public static IEnumerable<(PlannedFile File, OpenDataFile Data)> Distributions(SitePlan plan) =>
        plan.Files.Where(f => f.Subject is OpenDataFile { IsDistribution: true }).Select(f => (f, (OpenDataFile)f.Subject!));
}
