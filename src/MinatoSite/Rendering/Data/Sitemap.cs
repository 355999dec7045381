using System.Text;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// <c>sitemap.xml</c>: every listed page of the plan, with its address in each language and, as <c>lastmod</c>, the
/// content date the page shows (a month, or a day: both are W3C dates).
/// </summary>
public sealed class Sitemap : IPageType
{
    public string Name => "sitemap";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        // It lists every page: any change to the plan changes it.
        [new PlannedFile(Addresses.Sitemap, Addresses.Sitemap, null, OutputFormat.Sitemap, new Reads(new HashSet<string>(), Everything: true), "the site's sitemap", this) { Listed = false }];

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream => stream.Write(Xml(site)));

    private static byte[] Xml(SiteRenderer site)
    {
        var urls = site.Urls;
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in site.Plan.ListedPages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            text.Append("  <url>\n    <loc>").Append(Escape(urls.Absolute(page.Language!, page.Address))).Append("</loc>\n");
            text.Append("    <lastmod>").Append(site.Plan.DateOf(page).Iso).Append("</lastmod>\n");
            foreach (var alternate in site.Plan.Alternates(page))
                text.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Language!.HtmlLang).Append("\" href=\"").Append(Escape(urls.Absolute(alternate.Language, alternate.Address))).Append("\"/>\n");
            text.Append("  </url>\n");
        }
        text.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value);
}
