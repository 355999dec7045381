using System.Collections.Concurrent;
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
    private readonly List<Measurement> _phases = [];
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)> _work = new(StringComparer.Ordinal);

    /// <summary>How long a phase or step took and how many bytes it allocated.</summary>
    public readonly record struct Measurement(string Phase, TimeSpan Time, long Allocated)
    {
        public override string ToString() => $"{Phase} {Time.TotalMilliseconds:0.0} ms ({Allocated / 1048576.0:0} MB allocated)";
    }

    /// <summary>Wall-clock time of each phase, in order.</summary>
    public IReadOnlyList<Measurement> Phases => _phases;

    /// <summary>Time summed over all threads, for the steps that run in parallel inside one phase.</summary>
    public IReadOnlyList<Measurement> Work =>
        _work.Select(w => new Measurement(w.Key, TimeSpan.FromTicks(w.Value.Ticks), w.Value.Bytes)).OrderBy(w => w.Phase, StringComparer.Ordinal).ToList();

    public T Measure<T>(string phase, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        try { return action(); }
        finally { _phases.Add(new Measurement(phase, Stopwatch.GetElapsedTime(start), GC.GetTotalAllocatedBytes() - allocated)); }
    }

    /// <summary>Adds the time of one step done by one of several threads; safe to call from any thread.</summary>
    public T MeasureWork<T>(string step, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try { return action(); }
        finally
        {
            var time = Stopwatch.GetElapsedTime(start).Ticks;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            _work.AddOrUpdate(step, (time, bytes), (_, total) => (total.Ticks + time, total.Bytes + bytes));
        }
    }

    public override string ToString()
    {
        var phases = string.Join(", ", _phases);
        return _work.IsEmpty ? phases
            : $"{phases}\nof which, summed over the threads: {string.Join(", ", Work)}";
    }

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

/// <param name="Files">Every file written, relative to the output folder.</param>
public sealed record BuildResult(SiteModel Model, IReadOnlyList<string> Files, PhaseTimings Timings);

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
        // The theme does not depend on the content: it is parsed on another thread while the content loads.
        var parsing = Task.Run(() => timings.MeasureWork("theme, alongside load", () => Theme.Load(options.Root, errors)));
        var model = Check(options.Root, errors, timings);
        var theme = parsing.GetAwaiter().GetResult();
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
            ReportRenderingErrors(ex, errors);
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

    /// <summary>
    /// Builds and writes the site. Each file is rendered, read for its links and written into a staging folder as
    /// soon as it is made, so that memory holds one file per thread rather than the whole site; the staging folder
    /// replaces the output only when every link resolved, and nothing is written otherwise.
    /// </summary>
    public static BuildResult? Build(BuildOptions options, ErrorList errors, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        // Refused before anything is read, not after a long build.
        SiteWriter.Guard(options.Output, options.Root);
        var site = Prepare(options, errors, timings);
        if (site is null) return null;
        var plan = timings.Measure("plan", () =>
        {
            var pages = site.Renderer.Plan();
            return pages.Concat(PostProcess.Plan(site.Model, site.Urls, pages.Select(p => p.Path).ToList())).ToList();
        });
        var paths = plan.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();
        var verifier = new OutputVerifier(site.Urls.BasePath, paths);
        using var staging = StagingFolder.Open(options.Output, options.Root);
        var failures = new ConcurrentBag<Exception>();
        var unwritten = new ConcurrentBag<(string Path, string Reason)>();
        // One worker per core: writing blocks briefly, and the thread pool would otherwise add workers that only
        // take turns on the same cores, each holding a page in memory.
        var workers = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        timings.Measure("render, verify and write", () => Parallel.ForEach(SiteRenderer.Page.Schedule(plan), workers, (page, loop) =>
        {
            OutputFile file;
            try
            {
                file = timings.MeasureWork("render", page.Render);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
                loop.Stop();
                return;
            }
            timings.MeasureWork("verify", () => { verifier.Add(file); return 0; });
            try
            {
                timings.MeasureWork("write", () => { staging.Write(file); return 0; });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unwritten.Add((file.Path, ex.Message));
                loop.Stop();
            }
        }));
        if (!failures.IsEmpty || !unwritten.IsEmpty)
        {
            if (!failures.IsEmpty) ReportRenderingErrors(new AggregateException(failures), errors);
            foreach (var (path, reason) in unwritten)
                errors.Add(Path.Combine(options.Output, path), 0, $"the file could not be written ({reason}); check that the disk has free space and that the output folder may be written to");
            return null;
        }
        foreach (var error in timings.Measure("verify links", verifier.Finish))
            errors.Add(error.File, error.Line, error.Message);
        if (errors.HasErrors) return null;
        if (options.Search)
        {
            var problem = timings.Measure("search index", () => SearchIndexer.Index(staging.Path, options.Root));
            if (problem is not null) options.Warn?.Invoke(problem);
        }
        timings.Measure("replace the output", () => { staging.Commit(); return 0; });
        return new BuildResult(site.Model, paths, timings);
    }

    /// <summary>
    /// A template error repeats on every page that uses it: report each distinct one once. Missing interface
    /// strings name their catalogue file in the message.
    /// </summary>
    private static void ReportRenderingErrors(Exception ex, ErrorList errors)
    {
        var messages = ex is AggregateException many ? many.Flatten().InnerExceptions.Select(e => e.Message) : [ex.Message];
        foreach (var message in messages.Distinct())
            errors.Add("theme", 0, $"a page could not be rendered: {message}");
    }
}
