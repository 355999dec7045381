using MinatoSite.Diagnostics;

namespace MinatoSite.Loading;

/// <summary>
/// The repository's files as a pull request may leave them. Nothing is read through a symbolic link: a link could
/// lead outside the repository (to <c>/etc/passwd</c>, <c>.git/config</c> or a runner's token) and the build would
/// publish it. A link is reported by its own path, and nothing of where it leads is read or printed.
/// </summary>
public static class SourceTree
{
    /// <summary>The largest source file read: the largest real one has 3 KB, the plan of a 10,000-initiative site 440 KB.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The longest line of a source file: the longest real one has 476 characters.</summary>
    public const int MaxLineLength = 5_000;

    /// <summary>The most files read from one folder of the repository: a 10,000-initiative site has 20,000.</summary>
    public const int MaxFiles = 100_000;

    /// <summary>
    /// Why <paramref name="relative"/> may not be read, or null when it is a regular file inside the repository
    /// whose path holds no link, from the root down.
    /// </summary>
    public static Message? Problem(string root, string relative)
    {
        var path = root;
        var segments = relative.Replace('\\', '/').Split('/');
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            if (segment is "" or "." or "..") return Messages.PathOutside(relative);
            path = Path.Combine(path, segment);
            var last = index == segments.Length - 1;
            FileSystemInfo entry = last ? new FileInfo(path) : new DirectoryInfo(path);
            if (entry.LinkTarget is not null) return LinkMessage(string.Join('/', segments.Take(index + 1)));
            if (last && !entry.Exists) return Messages.PathMissing(relative);
        }
        return null;
    }

    public static Message LinkMessage(string relative) => Messages.SymbolicLink(relative);

    /// <summary>
    /// The folder on the way to <paramref name="relative"/> that is a link, when one is: a file is never written
    /// through a link, as one is never read through one. Null when none is.
    /// </summary>
    public static Message? LinkOnTheWay(string root, string relative)
    {
        var segments = relative.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var folder = string.Join('/', segments.Take(i));
            if (new DirectoryInfo(Path.Combine(root, folder)).LinkTarget is not null) return LinkMessage(folder);
        }
        return null;
    }

    /// <summary>Writes a new file at <paramref name="relative"/>, making its folders; an existing file is never replaced.</summary>
    public static void WriteNew(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
        file.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// Every regular file under <paramref name="folder"/> (relative to the root), relative to the root with forward
    /// slashes, in order. Links are reported and left out; folders for which <paramref name="skip"/> is true are not
    /// entered. At most <see cref="MaxFiles"/> are listed.
    /// </summary>
    public static IReadOnlyList<string> Files(string root, string folder, ErrorList errors, Func<string, bool>? skip = null)
    {
        var files = new List<string>();
        var segments = folder.Split('/');
        for (var i = 1; i <= segments.Length; i++)
        {
            var part = string.Join('/', segments.Take(i));
            if (new DirectoryInfo(Path.Combine(root, part)).LinkTarget is null) continue;
            errors.Add(part, 0, LinkMessage(part));
            return files;
        }
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var directory = new DirectoryInfo(Path.Combine(root, current));
            if (!directory.Exists) continue;
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                var relative = $"{current}/{entry.Name}";
                if (entry.LinkTarget is not null)
                {
                    errors.Add(relative, 0, LinkMessage(relative));
                    continue;
                }
                if (entry is DirectoryInfo)
                {
                    if (skip?.Invoke(relative) != true) pending.Push(relative);
                    continue;
                }
                if (skip?.Invoke(relative) == true) continue;
                if (files.Count == MaxFiles)
                {
                    errors.Add(folder, 0, Messages.TooManyFiles(folder, $"{MaxFiles:N0}"));
                    return files.Order(StringComparer.Ordinal).ToList();
                }
                files.Add(relative);
            }
        }
        return files.Order(StringComparer.Ordinal).ToList();
    }
}
