using System.Diagnostics;
using MinatoSite.Diagnostics;

namespace MinatoSite.Output;

/// <summary>
/// The pinned npm packages the build runs (Pagefind, and Sveltia CMS with esbuild for the editing form): where they
/// are installed, and installing them from <c>package.json</c> and <c>package-lock.json</c> on a fresh clone.
/// </summary>
internal static class NpmTools
{
    /// <summary>The folders a tool is looked for in, nearest first: above the site root, the current folder and this program.</summary>
    public static IEnumerable<string> Folders(string root)
    {
        foreach (var start in new[] { root, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.Distinct())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                yield return folder.FullName;
        }
    }

    /// <summary>The nearest existing file at one of <paramref name="relative"/> paths, most direct first.</summary>
    public static string? Find(string root, IEnumerable<string> relative)
    {
        var paths = relative.ToList();
        return Folders(root).SelectMany(folder => paths.Select(path => Path.Combine(folder, path))).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Installs the pinned tools once with <c>npm ci</c> in the nearest folder whose <c>package.json</c> names
    /// <paramref name="package"/>; false when there is none, or npm is missing or fails.
    /// </summary>
    /// <param name="say">Where to tell the user that the tools are being installed, which takes a while.</param>
    public static bool Install(string root, string package, Action<Message>? say)
    {
        var project = Folders(root).FirstOrDefault(folder =>
            File.Exists(Path.Combine(folder, "package-lock.json")) &&
            File.Exists(Path.Combine(folder, "package.json")) &&
            File.ReadAllText(Path.Combine(folder, "package.json")).Contains($"\"{package}\"", StringComparison.Ordinal));
        if (project is null) return false;
        say?.Invoke(Messages.InstallingTools(project));
        var start = new ProcessStartInfo("npm") { WorkingDirectory = project };
        foreach (var argument in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund" }) start.ArgumentList.Add(argument);
        try
        {
            return ExternalProgram.Run(start, TimeSpan.FromMinutes(5)).Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>The platform's folder name in npm's packages of native binaries (<c>linux-x64</c>), or null.</summary>
    public static string? Platform()
    {
        var platform = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var cpu = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            _ => null,
        };
        return platform is null || cpu is null ? null : $"{platform}-{cpu}";
    }
}
