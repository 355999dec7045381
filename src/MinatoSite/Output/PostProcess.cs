using System.Text;
using MinatoSite.Model;
using MinatoSite.Rendering;

namespace MinatoSite.Output;

/// <summary>Files made from the whole rendered site rather than from one page: the sitemap and robots.txt.</summary>
public static class PostProcess
{
    /// <summary>The site's files with the sitemap and robots.txt added.</summary>
    public static IReadOnlyList<OutputFile> Apply(SiteModel model, UrlBuilder urls, IReadOnlyList<OutputFile> files) =>
        files.Concat(Plan(model, urls, files.Select(f => f.Path).ToList()).Select(p => p.Render()))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The sitemap and robots.txt of a site made of <paramref name="paths"/>, not yet rendered.</summary>
    public static IReadOnlyList<SiteRenderer.Page> Plan(SiteModel model, UrlBuilder urls, IReadOnlyList<string> paths) =>
    [
        SiteRenderer.Page.Data("sitemap.xml", "sitemap.xml", stream => stream.Write(Sitemap(model, urls, paths)), wholeSite: true),
        SiteRenderer.Page.Data("robots.txt", "robots.txt", stream => stream.Write(Encoding.UTF8.GetBytes(
            $"User-agent: *\nAllow: /\n\nSitemap: {model.Settings.SiteUrl}{urls.BasePath}sitemap.xml\n"))),
    ];

    private static byte[] Sitemap(SiteModel model, UrlBuilder urls, IReadOnlyList<string> paths)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        var source = model.SourceLanguage;
        foreach (var path in paths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.StartsWith(PageKeys.Assets, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var language = model.Languages.Where(l => !l.IsSource).FirstOrDefault(l => path.StartsWith(l.Prefix, StringComparison.Ordinal)) ?? source;
            var key = path[language.Prefix.Length..^"index.html".Length];
            text.Append("  <url>\n    <loc>").Append(Escape(urls.Absolute(language, key))).Append("</loc>\n");
            foreach (var alternate in model.Languages)
                text.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.HtmlLang).Append("\" href=\"").Append(Escape(urls.Absolute(alternate, key))).Append("\"/>\n");
            text.Append("  </url>\n");
        }
        text.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value);
}
