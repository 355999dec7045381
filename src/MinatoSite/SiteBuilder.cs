using System.Diagnostics;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Rendering;
using MinatoSite.Verification;

namespace MinatoSite;

/// <param name="Root">Folder holding <c>input/</c>, <c>data/</c> and <c>theme/</c>.</param>
/// <param name="BasePath">Path the site is served under: <c>/</c>, or <c>/REPO/</c> on GitHub Pages.</param>
/// <param name="SiteUrl">Overrides <c>siteUrl</c> of <c>data/site.yml</c>, e.g. with the address Pages reports.</param>
public sealed record BuildOptions(string Root, string Output, string BasePath = "/", string? SiteUrl = null)
{
    /// <summary>Markup injected into every page's head; only the preview server sets it.</summary>
    public string? ExtraHead { get; init; }

    /// <summary>Build the search index with Pagefind after writing (the command line does, unless --no-search).</summary>
    public bool Search { get; init; }

    /// <summary>Why the search index is missing, when it was wanted and could not be built.</summary>
    public Action<string>? Warn { get; init; }
}

/// <summary>Time spent in each phase of a build, for the benchmark and <c>--timings</c>.</summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Time)> _phases = [];
    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases => _phases;

    public T Measure<T>(string phase, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        try { return action(); }
        finally { _phases.Add((phase, watch.Elapsed)); }
    }

    public override string ToString() => string.Join(", ", _phases.Select(p => $"{p.Phase} {p.Time.TotalMilliseconds:0.0} ms"));

    /// <summary>Time from process start to the first file being read, and the assemblies loaded by then.</summary>
    public (TimeSpan Time, int Assemblies)? Startup { get; private set; }

    public void MarkStartup()
    {
        Startup ??= (DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime, AppDomain.CurrentDomain.GetAssemblies().Length);
    }

    /// <summary>Peak resident memory of this process so far (VmHWM on Linux), in bytes; null where unknown.</summary>
    public static long? PeakMemory()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}

public sealed record BuildResult(SiteModel Model, IReadOnlyList<OutputFile> Files, PhaseTimings Timings);

/// <summary>The pipeline: load → validate → model → render → verify → write. Stops at the first phase with errors.</summary>
public static class SiteBuilder
{
    private static readonly MarkdownRenderer Markdown = new();

    /// <summary>Load and validate only: what <c>check</c> runs.</summary>
    public static SiteModel? Check(string root, ErrorList errors, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        timings.MarkStartup();
        return timings.Measure("load", () => SiteLoader.Load(root, errors, Markdown));
    }

    /// <summary>A loaded, valid site ready to render: the model, and a renderer with its theme and addresses.</summary>
    public sealed record Prepared(SiteModel Model, SiteRenderer Renderer, UrlBuilder Urls);

    /// <summary>Load, validate and read the theme; null with errors when the content or the theme is invalid.</summary>
    public static Prepared? Prepare(BuildOptions options, ErrorList errors, PhaseTimings timings)
    {
        var model = Check(options.Root, errors, timings);
        var theme = timings.Measure("theme", () => Theme.Load(options.Root, errors));
        if (model is null || theme is null || errors.HasErrors) return null;
        var settings = options.SiteUrl is null ? model.Settings : model.Settings with { SiteUrl = options.SiteUrl.TrimEnd('/') };
        var urls = new UrlBuilder(options.BasePath, settings);
        return new Prepared(model, new SiteRenderer(model, theme, urls, Markdown) { ExtraHead = options.ExtraHead }, urls);
    }

    /// <summary>Renders the pages <paramref name="only"/> selects (all by default); null when a template fails.</summary>
    public static IReadOnlyList<OutputFile>? RenderPages(Prepared site, ErrorList errors, PhaseTimings timings, Func<SiteRenderer.Page, bool>? only = null)
    {
        try
        {
            return timings.Measure("render", () => site.Renderer.RenderAll(only));
        }
        catch (Exception ex)
        {
            // A template error repeats on every page that uses it: report each distinct one once. Missing
            // interface strings name their catalogue file in the message.
            var messages = ex is AggregateException many ? many.Flatten().InnerExceptions.Select(e => e.Message) : [ex.Message];
            foreach (var message in messages.Distinct())
                errors.Add("theme", 0, $"a page could not be rendered: {message}");
            return null;
        }
    }

    /// <summary>Adds the files made from the whole site and verifies every link; null when a link is broken.</summary>
    public static IReadOnlyList<OutputFile>? Complete(Prepared site, IReadOnlyList<OutputFile> rendered, ErrorList errors, PhaseTimings timings)
    {
        var files = timings.Measure("post-process", () => PostProcess.Apply(site.Model, site.Urls, rendered));
        foreach (var error in timings.Measure("verify", () => OutputVerifier.Verify(files, site.Urls.BasePath)))
            errors.Add(error.File, error.Line, error.Message);
        return errors.HasErrors ? null : files;
    }

    /// <summary>Builds the site into memory; null with errors when the content, the theme or a link is wrong.</summary>
    public static BuildResult? Render(BuildOptions options, ErrorList errors, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        var site = Prepare(options, errors, timings);
        var rendered = site is null ? null : RenderPages(site, errors, timings);
        var files = rendered is null ? null : Complete(site!, rendered, errors, timings);
        return files is null ? null : new BuildResult(site!.Model, files, timings);
    }

    /// <summary>Builds and writes the site; nothing is written unless the whole build succeeded.</summary>
    public static BuildResult? Build(BuildOptions options, ErrorList errors, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        SiteWriter.Guard(Path.GetFullPath(options.Output).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(options.Root).TrimEnd(Path.DirectorySeparatorChar));
        var result = Render(options, errors, timings);
        if (result is null) return null;
        timings.Measure("write", () =>
        {
            SiteWriter.Write(options.Output, result.Files, options.Root, options.Search ? IndexSearch : null);
            return 0;
        });
        return result;

        void IndexSearch(string staging)
        {
            var problem = timings.Measure("search index", () => SearchIndexer.Index(staging, options.Root));
            if (problem is not null) options.Warn?.Invoke(problem);
        }
    }
}
