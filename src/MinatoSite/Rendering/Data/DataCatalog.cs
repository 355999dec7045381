using System.Globalization;
using System.Text.Json;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The catalogue of the open data: DCAT as JSON-LD at <c>/data/catalog.jsonld</c>, with the fields a CKAN harvester
/// reads (DCAT-AP, and so DCAT-AP-JP): a dataset per report and one of every report, each distribution with its
/// title, media type, byte size, address, language, licence and schema. It lists the distributions of the site
/// plan (<see cref="OpenData.Distributions"/>), never a list of its own, and is written after them, to know their
/// sizes. The About-the-data page gives the same datasets as schema.org <c>Dataset</c>s (<see cref="SchemaOrg"/>).
/// </summary>
public sealed class DataCatalog : IDescribesOutput
{
    public string Name => "data catalogue";

    // It reads everything: any change may change a file's size, so every run, partial or not, renders it again.
    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        [new PlannedFile(Addresses.DataCatalog, Addresses.DataCatalog, null, OutputFormat.JsonLd, new Reads(new HashSet<string>(), Everything: true), "the open data's catalogue", this) { Listed = false }];

    /// <summary>The vocabularies the catalogue uses, in the document itself, so that no reader has to fetch a context.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Namespace)> Context =
    [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>
    /// Who publishes the data, as a language names it: <c>data.publisher</c> of <c>data/strings/</c>, in which
    /// <c>{name}</c> is the official name of <c>data/site.yml</c> (the Japanese catalogue says no more than that).
    /// </summary>
    public static string Publisher(Catalogue catalogue, SiteModel model) =>
        catalogue.Format("data.publisher", ("name", model.Settings.Municipality.Name));

    /// <summary>A dataset's title in a language: the report's name and the municipality's.</summary>
    public static string TitleOf(OpenDataSet set, Catalogue catalogue, SiteRenderer site) =>
        set.All
            ? catalogue.Format("data.dataset-all", ("publisher", Publisher(catalogue, site.Model)))
            : catalogue.Format("data.dataset", ("publisher", Publisher(catalogue, site.Model)), ("report", site.Views(set.Reports[0], catalogue.Language).Report.Name));

    /// <summary>The IANA address of a media type, as DCAT names one.</summary>
    public static string MediaTypeUri(OutputFormat format) => "https://www.iana.org/assignments/media-types/" + MediaType(format);

    public static string MediaType(OutputFormat format) => format.MediaType.Split(';')[0];

    /// <summary>The identifier of a dataset: the municipality's code and the set's id (<c>271071-2021-midterm</c>), the same at every build.</summary>
    public static string DatasetId(OpenDataSet set, SiteModel model) => $"{model.Settings.Municipality.Code}-{set.Id}".ToLowerInvariant();

    /// <summary>
    /// The URI of a dataset: its Data Package in the source language, which describes it and resolves (a folder of
    /// the site has no page of its own).
    /// </summary>
    public static string DatasetUri(OpenDataSet set, SiteRenderer site) =>
        site.Urls.Absolute(site.Model.SourceLanguage, set.Folder + OpenDataFile.PackageName);

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream => Write(stream, site));

    private static void Write(Stream stream, SiteRenderer site)
    {
        var model = site.Model;
        var urls = site.Urls;
        var plan = site.Plan;
        var languages = model.Languages;
        var distributions = OpenData.Distributions(plan).ToList();
        using (var json = new Utf8JsonWriter(stream, OpenDataJson.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (prefix, ns) in Context) json.WriteString(prefix, ns);
            json.WriteEndObject();
            json.WriteString("@id", urls.Absolute(null, Addresses.DataCatalog));
            json.WriteString("@type", "dcat:Catalog");
            WriteTexts(json, "dct:title", languages, l => model.Catalogues[l.Code]["data.catalog"]);
            WriteTexts(json, "dct:description", languages, l => model.Catalogues[l.Code]["data.catalog-description"]);
            WritePublisher(json, model);
            WriteLink(json, "foaf:homepage", urls.Absolute(null, Addresses.Overview));
            WriteLink(json, "dct:license", model.Settings.LicenseUrl);
            WriteLanguages(json, languages);
            WriteDate(json, "dct:modified", plan.SiteDate);
            json.WriteStartArray("dcat:dataset");
            foreach (var group in distributions.GroupBy(d => d.Data.Set))
            {
                var set = group.Key;
                json.WriteStartObject();
                json.WriteString("@id", DatasetUri(set, site));
                json.WriteString("@type", "dcat:Dataset");
                json.WriteString("dct:identifier", DatasetId(set, model));
                WriteTexts(json, "dct:title", languages, l => TitleOf(set, model.Catalogues[l.Code], site));
                WriteTexts(json, "dct:description", languages, l => model.Catalogues[l.Code][set.All ? "data.dataset-all-description" : "data.dataset-description"]);
                WriteTexts(json, "dcat:keyword", languages, l => model.Catalogues[l.Code]["data.keywords"].Split(model.Catalogues[l.Code]["punctuation.list"]));
                WritePublisher(json, model);
                WriteLink(json, "dct:license", model.Settings.LicenseUrl);
                WriteLink(json, "dcat:landingPage", urls.Absolute(model.SourceLanguage, set.LandingPage));
                WriteLanguages(json, languages);
                var first = set.Reports[0].Report;
                WriteDate(json, "dct:issued", new ContentDate(first.Date, false));
                WriteDate(json, "dct:modified", ContentDate.Latest(group.Select(d => plan.DateOf(d.File))));
                WritePeriod(json, set);
                json.WriteStartArray("dcat:distribution");
                foreach (var (planned, data) in group)
                {
                    var catalogue = model.Catalogues[planned.Language!.Code];
                    var address = urls.Absolute(planned.Language, planned.Address);
                    json.WriteStartObject();
                    json.WriteString("@id", address);
                    json.WriteString("@type", "dcat:Distribution");
                    WriteTexts(json, "dct:title", [planned.Language], _ => catalogue.Format("data.distribution", ("file", catalogue[$"data.file.{data.Key}"]), ("language", planned.Language.Name)));
                    WriteLink(json, "dcat:downloadURL", address);
                    WriteLink(json, "dcat:accessURL", address);
                    WriteLink(json, "dcat:mediaType", MediaTypeUri(planned.Format));
                    json.WriteString("dct:format", planned.Format == OutputFormat.Csv ? "CSV" : "JSON");
                    json.WriteStartObject("dcat:byteSize");
                    json.WriteString("@value", site.SizeOf(planned.Path).ToString(CultureInfo.InvariantCulture));
                    json.WriteString("@type", "xsd:nonNegativeInteger");
                    json.WriteEndObject();
                    WriteLanguages(json, [planned.Language]);
                    WriteLink(json, "dct:license", model.Settings.LicenseUrl);
                    WriteLink(json, "dct:conformsTo", urls.Absolute(planned.Language, DataSchemas.SchemaOf(data)));
                    WriteDate(json, "dct:modified", plan.DateOf(planned));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteTexts(Utf8JsonWriter json, string property, IEnumerable<Language> languages, Func<Language, string> text) =>
        WriteTexts(json, property, languages, l => new[] { text(l) });

    private static void WriteTexts(Utf8JsonWriter json, string property, IEnumerable<Language> languages, Func<Language, IEnumerable<string>> texts)
    {
        json.WriteStartArray(property);
        foreach (var language in languages)
        foreach (var text in texts(language))
        {
            json.WriteStartObject();
            json.WriteString("@value", text.Trim());
            json.WriteString("@language", language.HtmlLang);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteLink(Utf8JsonWriter json, string property, string address)
    {
        json.WriteStartObject(property);
        json.WriteString("@id", address);
        json.WriteEndObject();
    }

    /// <summary>The municipality that publishes the data, named in every language, identified by its code.</summary>
    private static void WritePublisher(Utf8JsonWriter json, SiteModel model)
    {
        json.WriteStartObject("dct:publisher");
        json.WriteString("@type", "foaf:Agent");
        WriteTexts(json, "foaf:name", model.Languages, l => Publisher(model.Catalogues[l.Code], model));
        json.WriteString("dct:identifier", model.Settings.Municipality.Code);
        json.WriteEndObject();
    }

    private static void WriteLanguages(Utf8JsonWriter json, IEnumerable<Language> languages)
    {
        json.WriteStartArray("dct:language");
        foreach (var language in languages)
        {
            json.WriteStartObject();
            json.WriteString("@id", "http://id.loc.gov/vocabulary/iso639-1/" + language.HtmlLang.Split('-')[0]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string property, ContentDate date)
    {
        json.WriteStartObject(property);
        json.WriteString("@value", date.Iso);
        json.WriteString("@type", date.HasDay ? "xsd:date" : "xsd:gYearMonth");
        json.WriteEndObject();
    }

    /// <summary>The fiscal years the set covers: 1 April of the first to 31 March after the last.</summary>
    private static void WritePeriod(Utf8JsonWriter json, OpenDataSet set)
    {
        var (start, end) = Period(set);
        json.WriteStartObject("dct:temporal");
        json.WriteString("@type", "dct:PeriodOfTime");
        WriteDate(json, "dcat:startDate", new ContentDate(start, true));
        WriteDate(json, "dcat:endDate", new ContentDate(end, true));
        json.WriteEndObject();
    }

    public static (DateOnly Start, DateOnly End) Period(OpenDataSet set) =>
        (new DateOnly(set.Reports.Min(r => r.Report.FiscalYear), 4, 1), new DateOnly(set.Reports.Max(r => r.Report.FiscalYear) + 1, 3, 31));
}
