using System.Text.Encodings.Web;
using System.Text.Json;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <param name="Latest">The file of the latest report; <paramref name="All"/> that of every report; their addresses are their link texts.</param>
public sealed record DataFileView(string Title, string Help, string Latest, string All, string Schema, string SchemaName);

public sealed record DataColumnView(string Header, string Type, bool Required, string Help);

public sealed record DataTableView(string Id, string Title, IReadOnlyList<DataColumnView> Columns);

/// <summary>The reference part of the About-the-data page: every file and every column, from the same lists the build writes them from.</summary>
public sealed record DataReferenceView(IReadOnlyList<DataFileView> Files, IReadOnlyList<DataTableView> Tables, string Catalog, string Feed, string LatestFolder, string LatestPackage, string AllPackage);

/// <summary>
/// What the About-the-data page documents of the open data, made from <see cref="DataTables"/> and the site plan:
/// the files, their columns in the page's language, and the datasets as schema.org markup for dataset search.
/// </summary>
public static class DataReference
{
    public const string PageSlug = "about-data";

    /// <summary>The page of <c>input/</c> the reference is added to: the site's <c>about-data.md</c>, not a report's page of that name.</summary>
    public static bool Documents(ContentPage page) => page.Report is null && page.Slug == PageSlug;

    public static DataReferenceView View(SiteRenderer site, Language language)
    {
        var model = site.Model;
        var catalogue = model.Catalogues[language.Code];
        var urls = site.Urls;
        var latest = model.Latest;
        var sets = OpenData.Sets(model);
        var latestSet = sets.First(s => !s.All && s.Reports[0] == latest);
        var allSet = sets.First(s => s.All);
        var files = OpenData.Files(latestSet).Where(f => f.IsDistribution).Select(file =>
        {
            var key = file.Key;
            var all = file with { Set = allSet };
            var schema = DataSchemas.SchemaOf(file);
            return new DataFileView(catalogue[$"data.file.{key}"], catalogue[$"data.file-help.{key}"],
                urls.Page(language, file.Address), urls.Page(language, all.Address), urls.Page(language, schema), schema[Addresses.DataSchemas.Length..]);
        }).ToList();
        var tables = DataTables.All.Select(table => new DataTableView("columns-" + table.Name, catalogue.Format("data-page.table", ("title", catalogue[$"data.file.{table.Name}"]), ("file", new OpenDataFile(latestSet, OutputFormat.Csv, table).FileName)),
            table.Columns(model).Select(c => new DataColumnView(c.Header(catalogue), catalogue[$"data-page.type-{c.Type.ToString().ToLowerInvariant()}"], c.Required, c.Help(catalogue))).ToList())).ToList();
        return new DataReferenceView(files, tables, urls.Page(null, Addresses.DataCatalog), urls.Page(language, Addresses.Feed),
            urls.Page(language, latestSet.Folder), urls.Page(language, latestSet.Folder + OpenDataFile.PackageName), urls.Page(language, allSet.Folder + OpenDataFile.PackageName));
    }

    /// <summary>
    /// The datasets as schema.org <c>Dataset</c>s in JSON-LD, for the page's head: the same datasets and
    /// distributions as the DCAT catalogue, in the page's language. Script-safe: &lt; is escaped.
    /// </summary>
    public static string SchemaOrg(SiteRenderer site, Language language)
    {
        var model = site.Model;
        var catalogue = model.Catalogues[language.Code];
        var urls = site.Urls;
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            foreach (var group in OpenData.Distributions(site.Plan).Where(d => d.File.Language == language).GroupBy(d => d.Data.Set))
            {
                var set = group.Key;
                var (start, end) = DataCatalog.Period(set);
                json.WriteStartObject();
                json.WriteString("@type", "Dataset");
                json.WriteString("@id", DataCatalog.DatasetUri(set, site));
                json.WriteString("name", DataCatalog.TitleOf(set, catalogue, site));
                json.WriteString("description", catalogue[set.All ? "data.dataset-all-description" : "data.dataset-description"]);
                json.WriteString("identifier", DataCatalog.DatasetId(set, model));
                json.WriteString("url", urls.Absolute(language, set.LandingPage));
                json.WriteString("license", model.Settings.LicenseUrl);
                json.WriteString("inLanguage", language.HtmlLang);
                json.WriteBoolean("isAccessibleForFree", true);
                json.WriteString("temporalCoverage", $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}");
                json.WriteString("dateModified", ContentDate.Latest(group.Select(d => site.Plan.DateOf(d.File))).Iso);
                json.WriteStartArray("keywords");
                foreach (var keyword in catalogue["data.keywords"].Split(catalogue["punctuation.list"])) json.WriteStringValue(keyword.Trim());
                json.WriteEndArray();
                foreach (var role in new[] { "creator", "publisher" })
                {
                    json.WriteStartObject(role);
                    json.WriteString("@type", "GovernmentOrganization");
                    json.WriteString("name", DataCatalog.Publisher(catalogue, model));
                    json.WriteString("identifier", model.Settings.Municipality.Code);
                    json.WriteEndObject();
                }
                json.WriteStartObject("spatialCoverage");
                json.WriteString("@type", "Place");
                json.WriteString("name", DataCatalog.Publisher(catalogue, model));
                json.WriteEndObject();
                json.WriteStartArray("distribution");
                foreach (var (planned, data) in group)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "DataDownload");
                    json.WriteString("name", catalogue[$"data.file.{data.Key}"]);
                    json.WriteString("encodingFormat", DataCatalog.MediaType(planned.Format));
                    json.WriteString("contentUrl", urls.Absolute(language, planned.Address));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(memory.ToArray());
    }
}
