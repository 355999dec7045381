using System.Runtime.InteropServices;

namespace MinatoSite.Output;

/// <summary>Swaps two paths in one step where the system can: Linux's renameat2 with RENAME_EXCHANGE.</summary>
internal static partial class Exchange
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> were exchanged; false where the system or file system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (musl before 1.2.x): the two-rename fallback.
            return false;
        }
    }
}

/// <summary>Whether a folder is a mount point, from the kernel's table of mounts; false where there is none.</summary>
internal static class MountPoints
{
    private const string Table = "/proc/self/mountinfo";

    public static bool IsMountPoint(string folder)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Table) || !Directory.Exists(folder)) return false;
        var full = Path.GetFullPath(folder).TrimEnd('/');
        if (full.Length == 0) return true;
        // Each line: id parent major:minor root mount-point options…; spaces in paths are written \040.
        foreach (var line in File.ReadLines(Table))
        {
            var fields = line.Split(' ');
            if (fields.Length > 4 && Unescape(fields[4]) == full) return true;
        }
        return false;
    }

    private static string Unescape(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\\([0-7]{3})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 8)).ToString());
}
