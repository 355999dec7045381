namespace MinatoSite.Preview;

/// <summary>
/// Watches input/, data/ and theme/ and reports the changed files once an editor's burst of saves has settled,
/// so that a save that touches a file three times is one rebuild. What each changed file is, and so what it
/// re-renders, is for the site to say.
/// </summary>
public sealed class SourceWatcher(string root, TimeSpan debounce, Action<IReadOnlyCollection<string>?> onChange) : IDisposable
{
    private static readonly string[] Folders = ["input", "data", "theme"];
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private Timer? _timer;

    public void Start()
    {
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in Folders)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            // Editors often save by writing a new file and renaming it over the old one, so creations, deletions
            // and renames count as changes of both paths; which files that re-renders is the site plan's to say.
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            watcher.Error += (_, _) => Note(path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Note(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        // Hidden files and folders (an editor's swap file) change nothing; any other file is content, or an error
        // the build reports, which must appear and clear in the preview as it does in a build.
        if (Model.SourcePath.IsHidden(relative)) return;
        lock (_gate)
        {
            _pending.Add(relative);
            _timer?.Change(debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        IReadOnlyCollection<string>? changed;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            changed = _pending.ToList();
            _pending.Clear();
        }
        onChange(changed);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer?.Dispose();
    }
}
