namespace MinatoSite.Planning;

/// <summary>
/// How a file is published: its media type, its extension, and whether it is a page (HTML, read for links, listed
/// in the sitemap). The preview serves each file with its format's media type.
/// </summary>
public sealed record OutputFormat(string Name, string MediaType, string Extension, bool IsPage)
{
    public static readonly OutputFormat Html = new("html", "text/html; charset=utf-8", ".html", IsPage: true);
    public static readonly OutputFormat Json = new("json", "application/json; charset=utf-8", ".json", IsPage: false);
    public static readonly OutputFormat Csv = new("csv", "text/csv; charset=utf-8", ".csv", IsPage: false);
    public static readonly OutputFormat Sitemap = new("sitemap", "application/xml; charset=utf-8", ".xml", IsPage: false);
    public static readonly OutputFormat JsonSchema = new("json-schema", "application/schema+json; charset=utf-8", ".json", IsPage: false);
    public static readonly OutputFormat DataPackage = new("data-package", "application/json; charset=utf-8", ".json", IsPage: false);
    public static readonly OutputFormat TableSchema = new("table-schema", "application/json; charset=utf-8", ".json", IsPage: false);
    public static readonly OutputFormat JsonLd = new("json-ld", "application/ld+json; charset=utf-8", ".jsonld", IsPage: false);
    public static readonly OutputFormat Atom = new("atom", "application/atom+xml; charset=utf-8", ".xml", IsPage: false);
    public static readonly OutputFormat Robots = new("robots", "text/plain; charset=utf-8", ".txt", IsPage: false);

    /// <summary>Files of the theme's assets are published as they are; their type follows their extension.</summary>
    public static readonly IReadOnlyList<OutputFormat> Assets =
    [
        new("css", "text/css; charset=utf-8", ".css", IsPage: false),
        new("javascript", "text/javascript; charset=utf-8", ".js", IsPage: false),
        new("svg", "image/svg+xml", ".svg", IsPage: false),
        new("png", "image/png", ".png", IsPage: false),
        new("jpeg", "image/jpeg", ".jpg", IsPage: false),
        new("jpeg", "image/jpeg", ".jpeg", IsPage: false),
        new("gif", "image/gif", ".gif", IsPage: false),
        new("avif", "image/avif", ".avif", IsPage: false),
        new("json", "application/json; charset=utf-8", ".json", IsPage: false),
        new("woff", "font/woff", ".woff", IsPage: false),
        new("pdf", "application/pdf", ".pdf", IsPage: false),
        new("webp", "image/webp", ".webp", IsPage: false),
        new("ico", "image/x-icon", ".ico", IsPage: false),
        new("woff2", "font/woff2", ".woff2", IsPage: false),
        new("text", "text/plain; charset=utf-8", ".txt", IsPage: false),
        new("wasm", "application/wasm", ".wasm", IsPage: false),
    ];

    public static readonly OutputFormat Binary = new("binary", "application/octet-stream", "", IsPage: false);

    /// <summary>The format of a theme asset, from its extension.</summary>
    public static OutputFormat ForAsset(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return Assets.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase)) ?? Binary;
    }
}
