using MinatoSite.Planning;
using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MinatoSite.Diagnostics;
using MinatoSite.Model;

namespace MinatoSite.Tests.Support;

/// <summary>
/// The real content of the repository, built once into a temporary folder and read back from disk, the way a
/// browser would get it. Shared by every test class of the "built site" collection.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder _folder = new("minatosite-site");
    private readonly ConcurrentDictionary<string, IHtmlDocument> _documents = new();
    private static readonly HtmlParser Parser = new();

    public BuiltSite() : this("/") { }

    internal BuiltSite(string basePath, string? root = null, bool drafts = false)
    {
        BasePath = basePath;
        var errors = new ErrorList();
        var warnings = new List<string>();
        var result = SiteBuilder.Build(new BuildOptions(root ?? Repository.Root, Output, basePath) { Search = true, Form = true, Drafts = drafts, Warn = w => warnings.Add(w.English) }, errors);
        SearchWarnings = warnings;
        if (result is null) throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", errors.Sorted()));
        Model = result.Model;
        HtmlFiles = Folders.Files(Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Pages = HtmlFiles.Where(f => f != Rendering.Form.EditingForm.Page).ToList();
    }

    public string BasePath { get; }

    /// <summary>Why the search index or the editing form is missing, if one is.</summary>
    public IReadOnlyList<string> SearchWarnings { get; }
    public string Output => Path.Combine(_folder.Path, "_site");
    public SiteModel Model { get; }

    /// <summary>Every HTML file, relative to the output folder: the site's pages and the editing form's.</summary>
    public IReadOnlyList<string> HtmlFiles { get; }

    /// <summary>
    /// The site's pages, for residents: every HTML file but the editing form's, whose interface is the CMS's (its own
    /// tests look at it).
    /// </summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>
    /// The pages that show content: not those at former addresses, which send the reader on at once.
    /// </summary>
    public IEnumerable<string> ContentPages => Pages.Where(p => Page(p).QuerySelector("meta[http-equiv=refresh]") is null);

    /// <summary>The report transcribed from the source document, whose content the content tests pin.</summary>
    public ReportContent Transcribed => Support.Transcribed.Of(Model);

    /// <summary>
    /// The file of <paramref name="address"/> inside <paramref name="report"/>'s folder, in the language of
    /// <paramref name="prefix"/> (<c>""</c> or <c>"en/"</c>): <c>2021/midterm/strategies/2-1/index.html</c>.
    /// </summary>
    public static string FileIn(ReportContent report, string address = "", string prefix = "") =>
        prefix + Addresses.FileOf(Addresses.Of(report.Report) + address, null);

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    public string Text(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Output, relative));

    public IHtmlDocument Page(string relative) =>
        _documents.GetOrAdd(relative, r => Parser.ParseDocument(Text(r)));

    /// <summary>The file a site-relative URL (with the base path) is served from, or null if it is outside the site.</summary>
    public string? FileOf(string url)
    {
        if (!url.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var path = url[BasePath.Length..];
        var cut = path.IndexOfAny(['#', '?']);
        if (cut >= 0) path = path[..cut];
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return Uri.UnescapeDataString(path);
    }

    /// <summary>
    /// Checks that every internal link and asset of every page resolves to a file, and every fragment to an
    /// element of it; returns how many were checked so that a test can tell an empty site from a sound one.
    /// </summary>
    public int AssertInternalLinksResolve()
    {
        var checkedLinks = 0;
        foreach (var path in HtmlFiles)
        {
            foreach (var element in Page(path).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var file = url.StartsWith('#') ? path : FileOf(url);
                Assert.True(file is not null, $"{path}: '{url}' is neither a fragment nor under the base path {BasePath}");
                Assert.True(Exists(file!), $"{path}: '{url}' points to a missing file {file}");
                var hash = url.IndexOf('#');
                if (hash >= 0)
                {
                    var id = Uri.UnescapeDataString(url[(hash + 1)..]);
                    Assert.True(Page(file!).GetElementById(id) is not null, $"{path}: '{url}' names a missing element #{id}");
                }
                checkedLinks++;
            }
        }
        return checkedLinks;
    }

    public static string Clean(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The words of a status badge, without its decorative icon.</summary>
    public static string StatusLabel(IElement chip) =>
        string.Concat(chip.ChildNodes.Where(n => n is not IElement e || !e.ClassList.Contains("status__icon")).Select(n => n.TextContent)).Trim();

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}

/// <summary>
/// The real repository with the invented reports beside the real one, built as a pull request's preview is
/// (drafts shown), with its search index: the site as it will be once the ward has published several reports.
/// </summary>
public sealed class ReportsSite : IDisposable
{
    private readonly SiteCopy _copy = new SiteCopy().WithInventedReports();

    public ReportsSite() => Site = new BuiltSite("/", _copy.Root, drafts: true);

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        _copy.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ReportsSiteCollection : ICollectionFixture<ReportsSite>
{
    public const string Name = "several reports";
}
