using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>
/// Where each part of the model is published, the same in every language: each language puts its prefix in front
/// (<c>strategies/2-1/</c> is <c>/strategies/2-1/</c> in Japanese and <c>/en/strategies/2-1/</c> in English).
/// </summary>
public static class Addresses
{
    public const string Overview = "";
    public const string Search = "search/";
    public const string InitiativesJson = "data/initiatives.json";
    public const string InitiativesCsv = "data/initiatives.csv";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>The theme's stylesheets, scripts and icons, shared by every language.</summary>
    public const string Assets = "assets/";

    /// <summary>The search index, which the build writes with Pagefind beside the planned files.</summary>
    public const string SearchIndex = "pagefind/";

    /// <summary>The preview's own addresses (its reload events), which only the preview serves.</summary>
    public const string Preview = "__preview/";

    /// <summary>Top-level folders the site's own steps use besides the plan: no page may take their names.</summary>
    public static readonly IReadOnlyList<string> Reserved = [SearchIndex, Preview];

    public static string Of(Challenge challenge) => $"challenges/{challenge.Id}/";

    public static string Of(Strategy strategy) => $"strategies/{strategy.Id}/";

    public static string Of(ContentPage page) => $"{page.Slug}/";

    /// <summary>An initiative is a section of its strategy's page.</summary>
    public static string Of(Initiative initiative) => $"{Of(initiative.Strategy)}#{initiative.Anchor}";

    /// <summary>The file an address is written to in <paramref name="language"/>: a folder's page is its index.html.</summary>
    public static string FileOf(string address, Language? language) =>
        (language?.Prefix ?? "") + (address.Length == 0 || address.EndsWith('/') ? address + "index.html" : address);
}
