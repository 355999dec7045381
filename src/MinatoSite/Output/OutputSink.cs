using System.Collections.Concurrent;
using MinatoSite.Diagnostics;
using MinatoSite.Planning;
using MinatoSite.Rendering;

namespace MinatoSite.Output;

/// <summary>
/// Where a run puts the files it renders: a folder on disk (<c>build</c>), memory (<c>preview</c>), or nowhere (the
/// benchmark). Files arrive from any thread as they are rendered; nothing is kept unless the run commits.
/// </summary>
public interface IOutputSink : IDisposable
{
    /// <summary>The plan is known and nothing is written yet.</summary>
    void Open(SitePlan plan);

    /// <summary>Takes one rendered file; called from any thread.</summary>
    void Write(OutputFile file);

    /// <summary>Every file is rendered and every link resolves: the files become the site.</summary>
    void Commit();
}

/// <summary>A sink that keeps its files between runs, so that a run after a change renders only what it affects.</summary>
public interface IKeepingSink : IOutputSink
{
    /// <summary>The files of the plan that this run does not render again, as the run before left them, for the link check.</summary>
    IEnumerable<OutputFile> Kept(IReadOnlyCollection<PlannedFile> notRendered);
}

/// <summary>
/// The output folder: files go into a staging folder beside it, the search index is built there, and the staging
/// folder replaces the output only on commit, so that a failed build never leaves a half-written site.
/// </summary>
public sealed class DiskSink : IOutputSink
{
    private readonly string _output;
    private readonly string _root;
    private StagingFolder? _staging;

    /// <summary>Refuses an output folder that may not be replaced before anything is read.</summary>
    /// <exception cref="OutputRefusedException">The folder holds the sources or something this program did not make.</exception>
    public DiskSink(string output, string root)
    {
        SiteWriter.Guard(output, root);
        _output = output;
        _root = root;
    }

    /// <summary>Build the search index with Pagefind before the swap.</summary>
    public bool Search { get; init; }

    /// <summary>Why the search index is missing, when it was wanted and could not be built.</summary>
    public Action<Message>? Warn { get; init; }

    /// <summary>What takes a while and is not a problem, such as installing the search indexer on a fresh clone.</summary>
    public Action<Message>? Progress { get; init; }

    public PhaseTimings? Timings { get; init; }

    public void Open(SitePlan plan) => _staging = StagingFolder.Open(_output, _root);

    public void Write(OutputFile file) => _staging!.Write(file);

    public void Commit()
    {
        var timings = Timings ?? new PhaseTimings();
        if (Search)
        {
            var problem = timings.Measure("search index", () => SearchIndexer.Index(_staging!.Path, _root, Progress));
            if (problem is not null) Warn?.Invoke(problem);
        }
        timings.Measure("replace the output", () => { _staging!.Commit(); return 0; });
    }

    public void Dispose() => _staging?.Dispose();
}

/// <summary>
/// The site in memory, as the preview serves it: each commit replaces the served files whole, keeping from the run
/// before the files a partial run did not render again.
/// </summary>
public sealed class MemorySink : IKeepingSink
{
    private ConcurrentDictionary<string, byte[]> _next = new(StringComparer.Ordinal);

    /// <summary>The files served, by path under the site root: an immutable snapshot, swapped whole on commit.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    public void Open(SitePlan plan) => _next = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

    public void Write(OutputFile file) => _next[file.Path] = file.ToBytes();

    public IEnumerable<OutputFile> Kept(IReadOnlyCollection<PlannedFile> notRendered)
    {
        foreach (var file in notRendered)
        {
            var bytes = Files[file.Path];
            _next[file.Path] = bytes;
            yield return OutputFile.Bytes(file.Path, bytes);
        }
    }

    public void Commit() => Files = new Dictionary<string, byte[]>(_next, StringComparer.Ordinal);

    public void Dispose() => _next = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
}

/// <summary>Discards every file: the benchmark's sink, which times everything a build does but the disk.</summary>
public sealed class NullSink : IOutputSink
{
    public void Open(SitePlan plan) { }

    // Encoded and written as to a file, so that their cost is counted as in a build.
    public void Write(OutputFile file) => file.WriteTo(Stream.Null);

    public void Commit() { }

    public void Dispose() { }
}
