using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>
/// Where each part of the model is published, the same in every language: each language puts its prefix in front
/// (<c>2021/midterm/strategies/2-1/</c> is <c>/2021/midterm/strategies/2-1/</c> in Japanese and
/// <c>/en/2021/midterm/strategies/2-1/</c> in English). A report's addresses start with its fiscal year and stage,
/// so that each report keeps its own for good and a published address never changes meaning.
/// </summary>
public static class Addresses
{
    /// <summary>The home page: the latest report's overview, whichever report that is.</summary>
    public const string Overview = "";
    public const string Search = "search/";
    /// <summary>Every report, with a link to each.</summary>
    public const string Reports = "reports/";
    /// <summary>The open data of every report, in one file per table.</summary>
    public const string AllData = "data/all/";
    public const string AllInitiativesJson = AllData + "initiatives.json";
    public const string AllInitiativesCsv = AllData + "initiatives.csv";

    /// <summary>The schemas of the open data's files, in each language (their headers and descriptions are in it).</summary>
    public const string DataSchemas = "data/schemas/";

    /// <summary>The catalogue of the open data (DCAT, as JSON-LD), in every language at once.</summary>
    public const string DataCatalog = "data/catalog.jsonld";

    /// <summary>What changed on the site, as an Atom feed, in each language.</summary>
    public const string Feed = "feed.xml";

    /// <summary>The former report's initiatives, in the layout they had before each report had its own addresses.</summary>
    public const string FormerInitiativesJson = "data/initiatives.json";
    public const string FormerInitiativesCsv = "data/initiatives.csv";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>The theme's stylesheets, scripts and icons, shared by every language.</summary>
    public const string Assets = "assets/";

    /// <summary>The editing form for staff (Sveltia CMS), outside the site's content.</summary>
    public const string Form = "admin/";

    /// <summary>The search index, which the build writes with Pagefind beside the planned files.</summary>
    public const string SearchIndex = "pagefind/";

    /// <summary>The preview's own addresses (its reload events), which only the preview serves.</summary>
    public const string Preview = "__preview/";

    /// <summary>Top-level folders the site's own steps use besides the plan: no page may take their names.</summary>
    /// <remarks>The editing form's folder is taken even by a run that does not make the form (check).</remarks>
    public static readonly IReadOnlyList<string> Reserved = [SearchIndex, Preview, Form];

    /// <summary>A report's overview, the folder of all its addresses: <c>2021/midterm/</c>.</summary>
    public static string Of(Report report) => $"{report.FiscalYear}/{report.Stage}/";

    public static string Of(Challenge challenge) => $"{Of(challenge.Report)}challenges/{challenge.Id}/";

    public static string Of(Strategy strategy) => $"{Of(strategy.Challenge.Report)}strategies/{strategy.Id}/";

    /// <summary>A page of a report is in its folder (<c>2021/midterm/corrections/</c>); a page of the site at the top.</summary>
    public static string Of(ContentPage page) => page.Report is { } report ? $"{Of(report)}{page.Slug}/" : $"{page.Slug}/";

    /// <summary>An initiative is a section of its strategy's page.</summary>
    public static string Of(Initiative initiative) => $"{Of(initiative.Strategy)}#{initiative.Anchor}";

    /// <summary>What changed since the report before it in the same fiscal year.</summary>
    public static string Changes(Report report) => $"{Of(report)}changes/";

    /// <summary>The folder of a report's open data: <c>2021/midterm/data/</c>.</summary>
    public static string DataOf(Report report) => $"{Of(report)}data/";

    public static string InitiativesJson(Report report) => $"{DataOf(report)}initiatives.json";
    public static string InitiativesCsv(Report report) => $"{DataOf(report)}initiatives.csv";

    /// <summary>
    /// The address a report's address had before reports had their own (<c>strategies/2-1/</c> for
    /// <c>2021/midterm/strategies/2-1/</c>); only the former report's addresses had one.
    /// </summary>
    public static string WithoutYear(Report report, string address) =>
        address.StartsWith(Of(report), StringComparison.Ordinal) ? address[Of(report).Length..] : address;

    /// <summary>The file an address is written to in <paramref name="language"/>: a folder's page is its index.html.</summary>
    public static string FileOf(string address, Language? language) =>
        (language?.Prefix ?? "") + (address.Length == 0 || address.EndsWith('/') ? address + "index.html" : address);
}
