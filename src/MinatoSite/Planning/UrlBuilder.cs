using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>Site-relative addresses, with the base path GitHub Pages serves a project site under (<c>/REPO/</c>).</summary>
public sealed class UrlBuilder(string basePath, SiteSettings settings)
{
    public string BasePath { get; } = NormalizeBasePath(basePath);

    /// <param name="language">Null for a file shared by every language, such as the sitemap.</param>
    public string Page(Language? language, string key) => BasePath + language?.Prefix + key;

    public string Absolute(Language? language, string key) => settings.SiteUrl + Page(language, key);

    public string Asset(string name) => BasePath + Addresses.Assets + name;

    public string EditFile(string path) => $"{settings.Repository}/edit/{settings.Branch}/{path}";

    public string Folder(string path) => $"{settings.Repository}/tree/{settings.Branch}/{path}";

    /// <summary>GitHub's form for a new file at <paramref name="path"/>.</summary>
    public string NewFile(string path) =>
        $"{settings.Repository}/new/{settings.Branch}/{Path.GetDirectoryName(path)!.Replace('\\', '/')}?filename={Uri.EscapeDataString(Path.GetFileName(path))}";

    /// <summary>Accepts <c>REPO</c>, <c>/REPO</c> or <c>/REPO/</c> and returns <c>/REPO/</c>; empty gives <c>/</c>.</summary>
    public static string NormalizeBasePath(string? basePath)
    {
        var trimmed = (basePath ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
