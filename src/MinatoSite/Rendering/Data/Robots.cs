using System.Text;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary><c>robots.txt</c>: everything may be crawled but the editing form; it names the sitemap.</summary>
public sealed class Robots : IPageType
{
    public string Name => "robots.txt";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        [new PlannedFile(Addresses.Robots, Addresses.Robots, null, OutputFormat.Robots, Reads.Nothing, "the site's robots.txt", this) { Listed = false }];

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream => stream.Write(Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\nDisallow: {site.Urls.Page(null, Addresses.Form)}\n\nSitemap: {site.Urls.Absolute(null, Addresses.Sitemap)}\n")));
}
