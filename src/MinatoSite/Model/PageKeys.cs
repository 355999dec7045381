namespace MinatoSite.Model;

/// <summary>
/// The language-neutral address of every page and file the site publishes; each language puts its prefix in
/// front (<c>strategies/2-1/</c> is <c>/strategies/2-1/</c> in Japanese and <c>/en/strategies/2-1/</c> in English).
/// </summary>
public static class PageKeys
{
    public const string Overview = "";
    public const string Search = "search/";
    public const string Json = "data/initiatives.json";
    public const string Csv = "data/initiatives.csv";

    /// <summary>The theme's stylesheets, scripts and icons, shared by every language.</summary>
    public const string Assets = "assets/";

    public static IEnumerable<string> All(SiteModel model) =>
        new[] { Overview, Search, Json, Csv }
            .Concat(model.Challenges.Select(c => c.PageKey))
            .Concat(model.Strategies.Select(s => s.PageKey))
            .Concat(model.Pages.Select(p => p.PageKey));
}
