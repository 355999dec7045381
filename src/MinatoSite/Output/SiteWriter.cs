using System.Collections.Concurrent;
using MinatoSite.Diagnostics;
using MinatoSite.Rendering;

namespace MinatoSite.Output;

/// <summary>Refused: the output folder holds something this program did not make, or names no folder.</summary>
public sealed class OutputRefusedException(Message says) : Exception(says.English)
{
    public Message Says { get; } = says;
}

/// <summary>The machine would not let the site be written (no permission, a full disk): not the content's fault.</summary>
public sealed class OutputEnvironmentException(Message says, Exception? inner = null) : Exception(says.English, inner)
{
    public Message Says { get; } = says;
}

/// <summary>
/// Write: puts the files in a new folder beside the output and swaps it in only when everything is written, so
/// that a failed build never leaves a half-written site, and never deletes a folder it did not create.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as a build output, which a later build may replace.</summary>
    public const string Marker = ".minatosite-build";

    /// <summary>Refuses a folder that holds the sources, or anything that is not an earlier build.</summary>
    /// <returns>The output folder's full path.</returns>
    public static string Guard(string output, string root)
    {
        try
        {
            return CheckOutput(output, root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputEnvironmentException(Messages.OutputUnreadable(output, ex.Message), ex);
        }
    }

    private static string CheckOutput(string output, string root)
    {
        if (string.IsNullOrWhiteSpace(output))
            throw new OutputRefusedException(Messages.NoOutput());
        var separator = Path.DirectorySeparatorChar;
        string target;
        try
        {
            target = Path.GetFullPath(output).TrimEnd(separator);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputRefusedException(Messages.BadOutputName(output, ex.Message));
        }
        if (File.Exists(target) && new FileInfo(target).LinkTarget is null)
            throw new OutputRefusedException(Messages.OutputIsFile(target));
        // A link could lead the build to replace, and delete, a folder anywhere.
        if (new DirectoryInfo(target).LinkTarget is not null || new FileInfo(target).LinkTarget is not null)
            throw new OutputRefusedException(Messages.OutputIsLink(target));
        root = Path.GetFullPath(root).TrimEnd(separator);
        if (target == root || (root + separator).StartsWith(target + separator, StringComparison.Ordinal))
            throw new OutputRefusedException(Messages.OutputHoldsSources(target));
        foreach (var source in new[] { "input", "data", "theme", "src" })
        {
            var folder = Path.Combine(root, source);
            if ((target + separator).StartsWith(folder + separator, StringComparison.Ordinal))
                throw new OutputRefusedException(Messages.OutputInsideSources(target, source));
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any(e => !StagingFolder.IsOwnLeftover(e, target)) && !File.Exists(Path.Combine(target, Marker)))
            throw new OutputRefusedException(Messages.OutputNotBuild(target, Marker));
        return target;
    }
}

/// <summary>
/// A new output folder being filled beside the real one. Files may be written from any thread as soon as they
/// are made; <see cref="Commit"/> swaps the folder in, and disposing it uncommitted deletes it. While a build
/// runs, its staging folder is locked, so that the next build removes only what interrupted builds left behind.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly bool _inside;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string target, string path, bool inside, FileStream lockFile)
    {
        _target = target;
        Path = path;
        _inside = inside;
        _lock = lockFile;
    }

    public string Path { get; }

    /// <summary>Starts a build of <paramref name="output"/>, after checking that it may be replaced.</summary>
    /// <exception cref="OutputEnvironmentException">The folder or its parent may not be written to.</exception>
    public static StagingFolder Open(string output, string root)
    {
        var target = SiteWriter.Guard(output, root);
        try
        {
            // A mount point cannot be renamed: its build is staged inside it, and its contents are replaced.
            var inside = MountPoints.IsMountPoint(target);
            var parent = inside ? target : System.IO.Path.GetDirectoryName(target)!;
            var name = System.IO.Path.GetFileName(target);
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            var staging = System.IO.Path.Combine(parent, $".{name}{StagingInfix}{Guid.NewGuid():N}");
            // Held for the whole build; removed when the build ends, or left unlocked when the process is killed.
            var lockFile = new FileStream(staging + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            Directory.CreateDirectory(staging);
            return new StagingFolder(target, staging, inside, lockFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputEnvironmentException(Messages.OutputUnprepared(target, ex.Message), ex);
        }
    }

    // Names of the folders a build makes beside the output (.gitignore lists them): .{output}.staging-{id} while it
    // builds, .{output}.previous-{id} for an instant where the swap cannot be atomic.
    private const string StagingInfix = ".staging-";
    private const string PreviousInfix = ".previous-";
    private const string LockSuffix = ".lock";

    /// <summary>A staging folder or its lock inside a mount point's output, which a build there leaves while it runs.</summary>
    internal static bool IsOwnLeftover(string entry, string target)
    {
        var leaf = System.IO.Path.GetFileName(entry);
        var name = System.IO.Path.GetFileName(target.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        return leaf.StartsWith($".{name}{StagingInfix}", StringComparison.Ordinal);
    }

    /// <summary>
    /// What builds that were killed or interrupted left beside the output: removed, unless a build still runs there.
    /// Only real folders are removed: a link with such a name (a pull request could commit one) is never followed.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var entry in new DirectoryInfo(parent).EnumerateDirectories($".{name}.*-*"))
        {
            if (entry.LinkTarget is not null) continue;
            var folder = entry.FullName;
            var leaf = entry.Name;
            var staging = leaf.StartsWith($".{name}{StagingInfix}", StringComparison.Ordinal);
            if (!staging && !leaf.StartsWith($".{name}{PreviousInfix}", StringComparison.Ordinal)) continue;
            if (staging && IsLocked(folder + LockSuffix)) continue;
            try
            {
                DeleteInParallel(folder);
                File.Delete(folder + LockSuffix);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another build removing the same leftover at the same moment: whichever finishes, it is gone.
            }
        }
    }

    private static bool IsLocked(string lockPath)
    {
        if (!File.Exists(lockPath)) return false;
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Write(OutputFile file)
    {
        var path = System.IO.Path.Combine(Path, file.Path);
        // Thousands of pages share a few folders: ask the file system for each folder once. A thread that finds
        // the folder listed finds it created too: GetOrAdd lists it only once the factory has returned.
        _folders.GetOrAdd(System.IO.Path.GetDirectoryName(path)!, static folder => Directory.CreateDirectory(folder) is not null);
        file.Save(path);
    }

    /// <summary>
    /// Marks the folder as a build and puts it in place of the output, deleting the build it replaces. On Linux the
    /// two folders are exchanged in one step (renameat2 with RENAME_EXCHANGE), so the output is never missing;
    /// elsewhere, or on a file system without the exchange, the old folder is renamed away and the new one renamed
    /// in, which leaves an instant without an output folder. A mount point keeps its place: its contents are replaced.
    /// </summary>
    /// <exception cref="OutputEnvironmentException">The swap was refused by the file system.</exception>
    public void Commit()
    {
        string? old = null;
        try
        {
            File.WriteAllText(System.IO.Path.Combine(Path, SiteWriter.Marker), "This folder is generated by MinatoSite; a build replaces it whole.\n");
            if (_inside) ReplaceContents();
            else if (!Directory.Exists(_target)) Directory.Move(Path, _target);
            else if (Exchange.TryExchange(Path, _target)) old = Path;
            else
            {
                old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_target)!, $".{System.IO.Path.GetFileName(_target)}{PreviousInfix}{Guid.NewGuid():N}");
                Directory.Move(_target, old);
                try
                {
                    Directory.Move(Path, _target);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The old site goes back where it was: a failed swap must not leave the output missing.
                    Directory.Move(old, _target);
                    throw;
                }
            }
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputEnvironmentException(Messages.OutputNotSwapped(_target, ex.Message), ex);
        }
        // The new site is in place: an old one that cannot be removed now is left for the next build to remove.
        if (old is not null) TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            DeleteInParallel(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed by the next build, as an interrupted build's leftover.
        }
    }

    /// <summary>A mount point's own entries are removed and the staging folder's moved in: not atomic, but the mount stays.</summary>
    private void ReplaceContents()
    {
        // Other builds' staging folders and locks stay: they may be running.
        foreach (var entry in new DirectoryInfo(_target).EnumerateFileSystemInfos().Where(e => !IsOwnLeftover(e.FullName, _target)))
        {
            if (entry is DirectoryInfo directory && entry.LinkTarget is null) DeleteInParallel(directory.FullName);
            else entry.Delete();
        }
        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
        {
            var destination = System.IO.Path.Combine(_target, entry.Name);
            if (entry is DirectoryInfo) Directory.Move(entry.FullName, destination);
            else File.Move(entry.FullName, destination);
        }
        Directory.Delete(Path);
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Path)) TryDelete(Path);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>Removing a large earlier build is thousands of unlinks: spread them over the cores. A link inside is unlinked, never followed.</summary>
    private static void DeleteInParallel(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null) return;
        Parallel.ForEach(new DirectoryInfo(folder).EnumerateDirectories(), sub =>
        {
            if (sub.LinkTarget is null) sub.Delete(recursive: true);
            else sub.Delete();
        });
        Directory.Delete(folder, recursive: true);
    }
}
