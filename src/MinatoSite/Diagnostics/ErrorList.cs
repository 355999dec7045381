namespace MinatoSite.Diagnostics;

/// <summary>
/// Collects every content error of a run, so that staff see all their mistakes at once rather than one per build.
/// Thread-safe: loading and rendering add to it from several threads.
/// </summary>
public sealed class ErrorList
{
    /// <summary>The most errors reported for one file: a file of ten thousand bad characters is one problem to fix.</summary>
    public const int MaxPerFile = 20;

    private readonly List<ContentError> _errors = [];
    private readonly List<ContentError> _warnings = [];
    private readonly Dictionary<string, int> _perFile = new(StringComparer.Ordinal);

    public void Add(string file, int line, Message message)
    {
        lock (_errors)
        {
            var count = _perFile[file] = _perFile.GetValueOrDefault(file) + 1;
            if (count <= MaxPerFile) _errors.Add(new ContentError(file, line, message));
        }
    }

    /// <summary>Something the site is built despite, such as a translation that has not caught up with the source yet.</summary>
    public void Warn(string file, int line, Message message)
    {
        lock (_errors) _warnings.Add(new ContentError(file, line, message, IsWarning: true));
    }

    /// <summary>Warnings in the same stable order as errors.</summary>
    public IReadOnlyList<ContentError> Warnings()
    {
        lock (_errors) return Order(_warnings);
    }

    /// <summary>How many errors were reported so far: a step compares it before and after to know whether it failed.</summary>
    public int Count
    {
        get { lock (_errors) return _perFile.Values.Sum(); }
    }

    public bool HasErrors
    {
        get { lock (_errors) return _errors.Count > 0; }
    }

    /// <summary>Errors in a stable order (file, then line), whatever order the threads reported them in.</summary>
    public IReadOnlyList<ContentError> Sorted()
    {
        lock (_errors)
        {
            var more = _perFile.Where(f => f.Value > MaxPerFile)
                .Select(f => new ContentError(f.Key, 0, Messages.MoreErrorsInFile($"{f.Value - MaxPerFile:N0}")));
            return Order(_errors.Concat(more));
        }
    }

    private static List<ContentError> Order(IEnumerable<ContentError> errors) =>
        errors
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
}
