using System.Diagnostics;
using System.Net;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Planning;

namespace MinatoSite.Preview;

/// <summary>What one rebuild did, for the console and the tests.</summary>
/// <param name="Rendered">The files rendered, relative to the site root; every file of the plan when <paramref name="Full"/>.</param>
/// <param name="Warnings">What the site is built despite, such as a translation that has not caught up yet.</param>
public sealed record RebuildReport(int Generation, bool Full, IReadOnlyList<string> Rendered, TimeSpan Elapsed, IReadOnlyList<ContentError> Errors)
{
    public IReadOnlyList<ContentError> Warnings { get; init; } = [];

    public int PagesRendered => Rendered.Count;
}

/// <summary>
/// The site as the preview serves it: the same run as <c>build</c>, into memory. After a change to content
/// files only, the run re-renders the files the site plan says the change affects, and still verifies every
/// link; any other change re-renders everything. While the content has errors, every page is an error page
/// listing them, in the language of <paramref name="messages"/> (Japanese when not given).
/// </summary>
public sealed class PreviewSite(BuildOptions options, MessageCatalogue? messages = null)
{
    private readonly MessageCatalogue _say = messages ?? MessageCatalogue.Japanese;
    private readonly object _gate = new();
    private readonly MemorySink _sink = new();

    // Read by request threads while a rebuild runs: one immutable snapshot, swapped whole. Plan is the one the
    // files were made from while they are sound; null forces the next run to be full.
    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<ContentError> Errors, SitePlan? Plan);

    private Snapshot _served = new(new Dictionary<string, byte[]>(), [], null);

    public int Generation { get; private set; }
    public RebuildReport? LastRebuild { get; private set; }

    /// <summary>The files served, by path under the site root, as <c>build</c> writes them.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _served.Files;

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
            var change = PartialChange(changed);
            BuildResult? result = null;
            try
            {
                result = change is null ? SiteBuilder.Run(options, _sink, errors) : SiteBuilder.Run(options, _sink, change, errors);
            }
            catch (Exception ex)
            {
                // The preview must outlive whatever a half-saved file does to a build; show it and carry on.
                errors.Add("preview", 0, Messages.RebuildFailed(ex.Message));
            }
            _served = new Snapshot(_sink.Files, result is null ? errors.Sorted() : [], result?.Plan);
            var rendered = result?.Rendered.Select(f => f.Path).ToList() ?? [];
            var report = new RebuildReport(++Generation, change is null, rendered, watch.Elapsed, _served.Errors) { Warnings = errors.Warnings() };
            LastRebuild = report;
            Rebuilt?.Invoke(report);
            return report;
        }
    }

    /// <summary>
    /// A partial run when the served site is sound and only content files changed (an initiative, a page, or a
    /// translation of one); null for a full run. Which files it re-renders is the plan's to say.
    /// </summary>
    private Change? PartialChange(IReadOnlyCollection<string>? changed)
    {
        var plan = _served.Plan;
        if (plan is null || changed is null || changed.Count == 0) return null;
        var paths = changed.Select(p => SourcePath.Parse(p, plan.Model.Languages)).ToList();
        if (paths.Any(p => !p.IsContent || p.StrayLanguage is not null)) return null;
        return new Change(plan, paths.Select(p => p.Source).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>What the preview answers to a request path: a file, a redirect to the folder's address, or not found.</summary>
    public sealed record Answer(int Status, string ContentType, byte[] Body, string? Location = null);

    /// <summary>The bytes and media type for a request path, an error page while the content is broken.</summary>
    public Answer Get(string requestPath)
    {
        var (files, errors, plan) = _served;
        var basePath = UrlBuilder.NormalizeBasePath(options.BasePath);
        if (errors.Count > 0) return new(500, OutputFormat.Html.MediaType, ErrorPage(errors));
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal) && requestPath + "/" != basePath)
            return NotFound(files);
        var address = Uri.UnescapeDataString(requestPath.Length < basePath.Length ? "" : requestPath[basePath.Length..]);
        var path = Addresses.FileOf(address, null);
        if (files.TryGetValue(path, out var body)) return new(200, (plan?[path]?.Format ?? OutputFormat.Binary).MediaType, body);
        // A folder's page asked for without its final '/': sent to the address with it, as GitHub Pages does.
        if (files.ContainsKey(Addresses.FileOf(address + "/", null))) return new(301, "", [], address + "/");
        return NotFound(files);
    }

    private static Answer NotFound(IReadOnlyDictionary<string, byte[]> files) =>
        new(404, OutputFormat.Html.MediaType, files.TryGetValue(Addresses.NotFound, out var page) ? page : Encoding.UTF8.GetBytes("Not found"));

    private byte[] ErrorPage(IReadOnlyList<ContentError> errors)
    {
        // Shown only to the person previewing; the build never produces it, so it is not in the theme.
        var items = string.Concat(errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString(_say))}</code></li>"));
        string Say(Message message) => WebUtility.HtmlEncode(message.In(_say));
        return Encoding.UTF8.GetBytes($"""
            <!DOCTYPE html>
            <html lang="{_say.Language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Say(Messages.PreviewPageTitle(errors.Count))}</title>
            <style>body{"{"}font-family:sans-serif;line-height:1.7;max-width:60rem;margin:2rem auto;padding:0 1rem{"}"}code{"{"}white-space:pre-wrap;overflow-wrap:anywhere{"}"}li{"{"}margin-bottom:.5rem{"}"}</style></head>
            <body><main><h1>{Say(Messages.PreviewPageHeading(errors.Count))}</h1>
            <p>{Say(Messages.PreviewPageHint())}</p>
            <ul class="preview-errors">{items}</ul></main></body></html>
            """);
    }
}
