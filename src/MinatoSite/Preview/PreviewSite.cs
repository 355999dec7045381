using System.Diagnostics;
using System.Net;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Rendering;

namespace MinatoSite.Preview;

/// <summary>What one rebuild did, for the console and the tests.</summary>
public sealed record RebuildReport(int Generation, bool Full, int PagesRendered, TimeSpan Elapsed, IReadOnlyList<ContentError> Errors);

/// <summary>
/// The site as the preview serves it: built in memory, rebuilt in part when a source file changes. An
/// initiative's change re-renders only the pages that show it; a template, catalogue or data change
/// re-renders everything. While the content has errors, every page is an error page listing them.
/// </summary>
public sealed class PreviewSite(BuildOptions options)
{
    private readonly object _gate = new();
    // Read by request threads while a rebuild replaces it: one immutable snapshot, swapped whole.
    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<ContentError> Errors);

    private Snapshot _served = new(new Dictionary<string, byte[]>(), []);
    private HashSet<string> _initiativeFiles = [];

    public int Generation { get; private set; }
    public RebuildReport? LastRebuild { get; private set; }

    /// <summary>Raised after every rebuild, successful or not, so that browsers reload.</summary>
    public event Action<RebuildReport>? Rebuilt;

    public RebuildReport RebuildAll() => Rebuild(changed: null);

    /// <summary>Rebuilds after <paramref name="changed"/> (paths relative to the root) changed; null means everything.</summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string>? changed)
    {
        lock (_gate)
        {
            var watch = Stopwatch.StartNew();
            var errors = new ErrorList();
            RebuildReport report;
            try
            {
                report = SiteBuilder.Prepare(options, errors, new PhaseTimings()) is { } site
                    ? Render(site, changed, errors)
                    : Fail(errors);
            }
            catch (Exception ex)
            {
                // The preview must outlive whatever a half-saved file does to a build; show it and carry on.
                errors.Add("preview", 0, $"the site could not be rebuilt: {ex.Message}");
                report = Fail(errors);
            }
            report = report with { Elapsed = watch.Elapsed };
            LastRebuild = report;
            Rebuilt?.Invoke(report);
            return report;
        }
    }

    private RebuildReport Fail(ErrorList errors)
    {
        _served = _served with { Errors = errors.Sorted() };
        return new RebuildReport(++Generation, true, 0, TimeSpan.Zero, _served.Errors);
    }

    private RebuildReport Render(SiteBuilder.Prepared site, IReadOnlyCollection<string>? changed, ErrorList errors)
    {
        var initiativeFiles = site.Model.Initiatives.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        var keys = _served.Errors.Count == 0 && _served.Files.Count > 0 && initiativeFiles.SetEquals(_initiativeFiles)
            ? AffectedKeys(site.Model, changed)
            : null;
        var timings = new PhaseTimings();
        var rendered = SiteBuilder.RenderPages(site, errors, timings, keys is null ? null : page => keys.Contains(page.Key));
        if (rendered is null) return Fail(errors);
        Dictionary<string, byte[]> next;
        if (keys is null)
        {
            var files = SiteBuilder.Complete(site, rendered, errors, timings);
            if (files is null) return Fail(errors);
            next = files.ToDictionary(f => f.Path, f => f.ToBytes(), StringComparer.Ordinal);
        }
        else
        {
            next = new Dictionary<string, byte[]>(_served.Files, StringComparer.Ordinal);
            foreach (var file in rendered) next[file.Path] = file.ToBytes();
        }
        _served = new Snapshot(next, []);
        _initiativeFiles = initiativeFiles;
        var pages = keys is null ? next.Count : rendered.Count;
        return new RebuildReport(++Generation, keys is null, pages, TimeSpan.Zero, []);
    }

    /// <summary>
    /// The pages that show what changed, or null for everything. An initiative appears on its strategy page,
    /// its challenge page, the overview and the data files, and its status on the pages that re-list it.
    /// </summary>
    private static HashSet<string>? AffectedKeys(SiteModel model, IReadOnlyCollection<string>? changed)
    {
        if (changed is null || changed.Count == 0) return null;
        // The overview, the data files, and the pages whose "last updated" is the latest date of all content.
        var keys = new HashSet<string>(StringComparer.Ordinal) { PageKeys.Overview, PageKeys.Json, PageKeys.Csv, PageKeys.Search };
        keys.UnionWith(model.Pages.Select(p => p.PageKey));
        foreach (var path in changed)
        {
            var source = TranslationSource(model, path);
            var initiative = model.Initiatives.FirstOrDefault(i => i.SourcePath == source);
            if (initiative is null) return null;
            keys.Add(initiative.PageKey);
            keys.Add(initiative.Strategy.Challenge.PageKey);
            foreach (var repost in model.Initiatives.Where(i => i.RepostOf == initiative))
            {
                keys.Add(repost.PageKey);
                keys.Add(repost.Strategy.Challenge.PageKey);
            }
        }
        return keys;
    }

    private static string TranslationSource(SiteModel model, string path) =>
        model.Languages.Select(l => TranslationFiles.SourceOf(path, l)).FirstOrDefault(s => s is not null) ?? path;

    /// <summary>The bytes and content type for a request path, an error page while the content is broken.</summary>
    public (int Status, string ContentType, byte[] Body) Get(string requestPath)
    {
        var (files, errors) = _served;
        var basePath = UrlBuilder.NormalizeBasePath(options.BasePath);
        if (errors.Count > 0) return (500, "text/html; charset=utf-8", ErrorPage(errors));
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal) && requestPath + "/" != basePath)
            return NotFound(files);
        var relative = Uri.UnescapeDataString(requestPath.Length < basePath.Length ? "" : requestPath[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (files.TryGetValue(relative, out var body)) return (200, ContentType(relative), body);
        if (files.ContainsKey(relative + "/index.html")) return (301, relative, []);
        return NotFound(files);
    }

    private static (int, string, byte[]) NotFound(IReadOnlyDictionary<string, byte[]> files) =>
        (404, "text/html; charset=utf-8", files.TryGetValue("404.html", out var page) ? page : Encoding.UTF8.GetBytes("Not found"));

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };

    private byte[] ErrorPage(IReadOnlyList<ContentError> errors)
    {
        // Shown only to the person previewing; the build never produces it, so it is not in the theme.
        var items = string.Concat(errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>"));
        return Encoding.UTF8.GetBytes($"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>エラー {errors.Count}件 | プレビュー</title>{options.ExtraHead}
            <style>body{"{"}font-family:sans-serif;line-height:1.7;max-width:60rem;margin:2rem auto;padding:0 1rem{"}"}code{"{"}white-space:pre-wrap;overflow-wrap:anywhere{"}"}li{"{"}margin-bottom:.5rem{"}"}</style></head>
            <body><main><h1>内容にエラーがあります（{errors.Count}件）</h1>
            <p>ファイルを直して保存すると、このページは自動で元に戻ります。 / Fix the files and save: this page reloads by itself.</p>
            <ul class="preview-errors">{items}</ul></main></body></html>
            """);
    }
}
