using System.Text;
using MinatoSite.Model;
using MinatoSite.Rendering;

namespace MinatoSite.Output;

/// <summary>Files made from the whole rendered site rather than from one page: the sitemap and robots.txt.</summary>
public static class PostProcess
{
    public static IReadOnlyList<OutputFile> Apply(SiteModel model, UrlBuilder urls, IReadOnlyList<OutputFile> files)
    {
        var result = files.ToList();
        result.Add(Sitemap(model, urls, files));
        result.Add(new OutputFile("robots.txt", Encoding.UTF8.GetBytes(
            $"User-agent: *\nAllow: /\n\nSitemap: {model.Settings.SiteUrl}{urls.BasePath}sitemap.xml\n")));
        return result.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static OutputFile Sitemap(SiteModel model, UrlBuilder urls, IReadOnlyList<OutputFile> files)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        var source = model.SourceLanguage;
        foreach (var file in files.Where(f => f.Path.EndsWith("index.html", StringComparison.Ordinal) && !f.Path.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var language = model.Languages.Where(l => !l.IsSource).FirstOrDefault(l => file.Path.StartsWith(l.Prefix, StringComparison.Ordinal)) ?? source;
            var key = file.Path[language.Prefix.Length..^"index.html".Length];
            text.Append("  <url>\n    <loc>").Append(Escape(urls.Absolute(language, key))).Append("</loc>\n");
            foreach (var alternate in model.Languages)
                text.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.HtmlLang).Append("\" href=\"").Append(Escape(urls.Absolute(alternate, key))).Append("\"/>\n");
            text.Append("  </url>\n");
        }
        text.Append("</urlset>\n");
        return new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value);
}
