using System.Collections.Concurrent;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Markup;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Planning;
using MinatoSite.Rendering;
using MinatoSite.Rendering.Data;
using MinatoSite.Rendering.Form;
using MinatoSite.Rendering.Pages;
using MinatoSite.Verification;

namespace MinatoSite;

/// <param name="Root">Folder holding <c>input/</c>, <c>data/</c> and <c>theme/</c>.</param>
/// <param name="BasePath">Path the site is served under: <c>/</c>, or <c>/REPO/</c> on GitHub Pages.</param>
/// <param name="SiteUrl">Overrides <c>siteUrl</c> of <c>data/site.yml</c>, e.g. with the address Pages reports.</param>
public sealed record BuildOptions(string Root, string Output, string BasePath = "/", string? SiteUrl = null)
{
    /// <summary>Build the search index with Pagefind after writing (the command line does, unless --no-search).</summary>
    public bool Search { get; init; }

    /// <summary>Why the search index is missing, when it was wanted and could not be built.</summary>
    public Action<Message>? Warn { get; init; }

    /// <summary>What takes a while and is not a problem, such as installing the search indexer on a fresh clone.</summary>
    public Action<Message>? Progress { get; init; }

    /// <summary>Show the reports still being written (<c>draft: true</c>): the preview and a pull request's build do, the published site does not.</summary>
    public bool Drafts { get; init; }

    /// <summary>Publish the editing form at <c>admin/</c>, bundling it first if need be (the command line does, unless --no-form).</summary>
    public bool Form { get; init; }
}

/// <summary>What a run made.</summary>
/// <param name="Files">Every file of the plan, relative to the output folder, in order.</param>
/// <param name="Rendered">The files this run rendered: all of them, or those a change affected.</param>
public sealed record BuildResult(SitePlan Plan, IReadOnlyList<string> Files, IReadOnlyList<PlannedFile> Rendered, PhaseTimings Timings)
{
    public SiteModel Model => Plan.Model;
}

/// <summary>A partial run: what changed since the run that made <paramref name="Previous"/>, as source paths under <c>input/</c>.</summary>
public sealed record Change(SitePlan Previous, IReadOnlyCollection<string> Sources);

/// <summary>
/// The pipeline, the same for <c>build</c>, <c>preview</c> and the benchmark: load → validate → plan → render →
/// verify → write. Each phase stops the run when it found errors, and every error of that phase is reported.
/// </summary>
public static class SiteBuilder
{
    private static readonly MarkdownRenderer Markdown = new();

    /// <summary>Every kind of file the site publishes, in the order they are planned; a new page type is added here.</summary>
    /// <param name="theme">Null when the theme could not be read: the rest is still planned, for the link check.</param>
    /// <param name="form">The editing form, which plans nothing when it is not made.</param>
    public static IReadOnlyList<IPageType> FileTypes(Theme? theme, EditingForm form) =>
    [
        new OverviewPage(),
        new ChallengePage(),
        new StrategyPage(),
        new ChangesPage(),
        new ReportsPage(),
        new SearchPage(),
        new MarkdownPage(),
        new MovedPage(),
        new NotFoundPage(),
        new OpenData(),
        new FormerOpenData(),
        new DataSchemas(),
        new DataCatalog(),
        new Feed(),
        new ShareImage(),
        new Sitemap(),
        new Robots(),
        new Schemas(),
        form,
        .. theme is null ? Array.Empty<IPageType>() : [new ThemeAssets(theme)],
    ];


    /// <summary>Builds the site into <see cref="BuildOptions.Output"/>, with the search index when asked.</summary>
    /// <exception cref="OutputRefusedException">The output folder may not be replaced; nothing was read.</exception>
    /// <exception cref="OutputEnvironmentException">The machine would not let the site be written.</exception>
    public static BuildResult? Build(BuildOptions options, ErrorList errors, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        using var disk = new DiskSink(options.Output, options.Root) { Search = options.Search, Warn = options.Warn, Progress = options.Progress, Timings = timings };
        return Run(options, disk, errors, timings);
    }

    /// <summary>Load, validate and plan, rendering nothing: what <c>check</c> runs. Null with errors.</summary>
    /// <remarks>Drafts are checked as everything else: their links too.</remarks>
    public static SiteModel? Check(string root, ErrorList errors) =>
        Plan(new BuildOptions(root, Path.Combine(root, "_site")) { Drafts = true }, errors)?.Model;

    /// <summary>Load → validate → plan: the table of every file the site publishes. Null with errors.</summary>
    public static SitePlan? Plan(BuildOptions options, ErrorList errors, PhaseTimings? timings = null) =>
        Prepare(options, errors, timings ?? new PhaseTimings())?.Plan;

    /// <summary>One run of the pipeline into <paramref name="sink"/>, every file rendered. Null with errors.</summary>
    public static BuildResult? Run(BuildOptions options, IOutputSink sink, ErrorList errors, PhaseTimings? timings = null) =>
        RunPipeline(options, sink, null, errors, timings ?? new PhaseTimings());

    /// <summary>
    /// A run after a <paramref name="change"/>: only the files the plan says it affects are rendered, the others kept
    /// from the run before by <paramref name="sink"/>; every link of every file is verified all the same.
    /// </summary>
    public static BuildResult? Run(BuildOptions options, IKeepingSink sink, Change change, ErrorList errors, PhaseTimings? timings = null) =>
        RunPipeline(options, sink, change, errors, timings ?? new PhaseTimings());

    private static BuildResult? RunPipeline(BuildOptions options, IOutputSink sink, Change? change, ErrorList errors, PhaseTimings timings)
    {
        var site = Prepare(options, errors, timings);
        if (site is null) return null;
        var plan = site.Plan;
        SiteRenderer renderer;
        try
        {
            renderer = timings.Measure("views", () => new SiteRenderer(plan, site.Theme, site.Urls, Markdown, site.Links));
        }
        catch (MissingStringException ex)
        {
            errors.Add(ex.Catalogue, 0, Messages.StringMissing(ex.Key));
            return null;
        }
        catch (ContentFileException ex)
        {
            errors.Add(ex.File, 0, ex.Says);
            return null;
        }
        var rendered = change is null ? plan.Files : plan.Affected(change.Previous, change.Sources);
        var verifier = new OutputVerifier(site.Urls.BasePath, plan.Files.Select(f => f.Path));
        sink.Open(plan);
        // The files that describe others by their size come last, when the others are written or kept.
        var describing = rendered.Where(f => f.Type is IDescribesOutput).ToList();
        if (!RenderVerifyWrite(renderer, rendered.Where(f => f.Type is not IDescribesOutput).ToList(), verifier, sink, options, errors, timings)) return null;
        if (change is not null && sink is IKeepingSink keeping)
        {
            var renderedPaths = rendered.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var kept in keeping.Kept(plan.Files.Where(f => !renderedPaths.Contains(f.Path)).ToList()))
            {
                verifier.Add(kept);
                renderer.Written(kept.Path, kept.Length!.Value);
            }
        }
        if (!RenderVerifyWrite(renderer, describing, verifier, sink, options, errors, timings)) return null;
        timings.Measure("verify links", () =>
        {
            foreach (var error in verifier.Finish()) errors.Add(error.File, error.Line, error.Text);
            return 0;
        });
        if (errors.HasErrors) return null;
        sink.Commit();
        var paths = plan.Files.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();
        return new BuildResult(plan, paths, rendered, timings);
    }

    /// <summary>A loaded, valid site with its plan, ready to render.</summary>
    private sealed record Planned(SitePlan Plan, Theme Theme, UrlBuilder Urls, LinkResolver Links);

    /// <summary>Load → validate → plan: the model, the theme, the plan, and every content link checked against it.</summary>
    private static Planned? Prepare(BuildOptions options, ErrorList errors, PhaseTimings timings)
    {
        timings.MarkStartup();
        // The theme does not depend on the content: it is parsed on another thread while the content loads.
        var parsing = Task.Run(() => timings.MeasureWork("theme, alongside load", () => Theme.Load(options.Root, errors)));
        var loaded = timings.Measure("load", () => SiteLoader.Load(options.Root, errors));
        var theme = parsing.GetAwaiter().GetResult();
        if (loaded is null) return null;
        var model = loaded.Shown(options.Drafts);
        if (model is null)
        {
            errors.Add($"{SourcePath.DataFolder}/{SourcePath.ReportsFolder}", 0, Messages.NothingPublished());
            return null;
        }
        var bundle = options.Form ? timings.Measure("editing form", () => FormBundle.Make(options.Root, options.Progress, out var problem) ?? Missing(problem)) : null;
        FormBundle? Missing(Message? problem)
        {
            if (problem is not null) options.Warn?.Invoke(problem);
            return null;
        }
        return timings.Measure("plan", () =>
        {
            // Planned and checked for links even when some files have errors, so that staff see every mistake at once.
            var plan = SitePlan.Make(model, FileTypes(theme, new EditingForm(bundle, loaded.Reports)), Addresses.Reserved, errors);
            if (plan is null) return null;
            var links = new LinkResolver(plan);
            ContentLinks.Check(plan, links, Markdown, errors);
            if (theme is null || errors.HasErrors) return null;
            var settings = options.SiteUrl is null ? model.Settings : model.Settings with { SiteUrl = options.SiteUrl.TrimEnd('/') };
            return new Planned(plan, theme, new UrlBuilder(options.BasePath, settings), links);
        });
    }

    /// <summary>
    /// Renders each file, reads it for its links and hands it to the sink as soon as it is made, so that memory holds
    /// one file per thread rather than the whole site. Files that show the whole site start first.
    /// </summary>
    private static bool RenderVerifyWrite(SiteRenderer renderer, IReadOnlyList<PlannedFile> files, OutputVerifier verifier, IOutputSink sink, BuildOptions options, ErrorList errors, PhaseTimings timings)
    {
        var failures = new ConcurrentBag<RenderException>();
        var unwritten = new ConcurrentBag<(string Path, string Reason)>();
        // One worker per core: writing blocks briefly, and the thread pool would otherwise add workers that only
        // take turns on the same cores, each holding a page in memory.
        var workers = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        timings.Measure("render, verify and write", () => Parallel.ForEach(Schedule(files), workers, (file, loop) =>
        {
            OutputFile output;
            try
            {
                output = timings.MeasureWork("render", () => renderer.Render(file));
            }
            catch (RenderException ex)
            {
                failures.Add(ex);
                return;
            }
            timings.MeasureWork("verify", () => { verifier.Add(output); return 0; });
            try
            {
                timings.MeasureWork("write", () => { sink.Write(output); return 0; });
                if (output.Html is null) renderer.Written(output.Path, output.Length!.Value);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unwritten.Add((output.Path, ex.Message));
                loop.Stop();
            }
            catch (Exception ex)
            {
                // A data file is written as it is made: what fails in its writer is a failure to render it.
                failures.Add(new RenderException(file, ex));
            }
        }));
        ReportRenderingErrors(failures, errors);
        if (!unwritten.IsEmpty)
        {
            var (path, reason) = unwritten.OrderBy(u => u.Path, StringComparer.Ordinal).First();
            throw new OutputEnvironmentException(Messages.FilesUnwritten(unwritten.Count, Path.Combine(options.Output, path), reason));
        }
        return failures.IsEmpty;
    }

    /// <summary>
    /// The order in which threads take files: whole-site files first, then one file at a time to whichever
    /// thread is free. A large site's overview takes as long as hundreds of pages; taken last, it would leave
    /// the other cores idle while one thread finishes it.
    /// </summary>
    public static OrderablePartitioner<PlannedFile> Schedule(IEnumerable<PlannedFile> files) =>
        Partitioner.Create(files.OrderByDescending(f => f.WholeSite), EnumerablePartitionerOptions.NoBuffering);

    /// <summary>
    /// A template error repeats on every page that uses it: each distinct one is reported once, at the template's
    /// file and line, naming the first page it failed on (in path order) and how many others.
    /// </summary>
    private static void ReportRenderingErrors(IEnumerable<RenderException> failures, ErrorList errors)
    {
        foreach (var group in failures.GroupBy(f => f.InnerException switch
        {
            TemplateException t => (t.File, t.Line, t.Says),
            ContentFileException c => (c.File, 0, c.Says),
            MissingStringException m => (m.Catalogue, 0, Messages.StringMissing(m.Key)),
            _ => (f.File.Origin, 0, Messages.Detail(f.Message)),
        }))
        {
            var pages = group.Select(f => f.File.Path).Order(StringComparer.Ordinal).ToList();
            errors.Add(group.Key.Item1, group.Key.Item2, pages.Count > 1
                ? Messages.NotRenderedWithOthers(pages[0], pages.Count - 1, group.Key.Item3)
                : Messages.NotRendered(pages[0], group.Key.Item3));
        }
    }
}
