using System.Diagnostics;

namespace MinatoSite.Output;

/// <summary>
/// Post-process: runs Pagefind (npm package <c>pagefind</c>) over the written site to build its search index
/// in <c>pagefind/</c>. Search is an enhancement: when Pagefind cannot be had, the build says so and the site
/// works without it.
/// </summary>
public static class SearchIndexer
{
    private static readonly string Executable = OperatingSystem.IsWindows() ? "node_modules/.bin/pagefind.cmd" : "node_modules/.bin/pagefind";

    /// <summary>Indexes <paramref name="site"/>; returns null on success, else why search is missing.</summary>
    public static string? Index(string site, string root)
    {
        var pagefind = Find(root) ?? InstallWithNpm(root);
        if (pagefind is null)
            return "the search index was not built: Pagefind is not installed (run 'npm ci' in the repository); the site works without search";
        var start = new ProcessStartInfo(pagefind) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--site", site, "--silent" }) start.ArgumentList.Add(argument);
        try
        {
            var (exit, output) = Run(start, TimeSpan.FromMinutes(5));
            return exit == 0 ? null : $"the search index was not built: Pagefind failed ({exit}): {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"the search index was not built: Pagefind could not be started ({ex.Message}); the site works without search";
        }
    }

    /// <summary>The nearest <c>node_modules/.bin/pagefind</c> above the site root, the current folder or this program.</summary>
    private static string? Find(string root) =>
        Candidates(root).Select(folder => Path.Combine(folder, Executable)).FirstOrDefault(File.Exists);

    private static IEnumerable<string> Candidates(string root)
    {
        foreach (var start in new[] { root, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.Distinct())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                yield return folder.FullName;
        }
    }

    /// <summary>On a fresh clone the tools are not installed yet: install the pinned ones from package.json once.</summary>
    private static string? InstallWithNpm(string root)
    {
        var project = Candidates(root).FirstOrDefault(folder =>
            File.Exists(Path.Combine(folder, "package-lock.json")) &&
            File.ReadAllText(Path.Combine(folder, "package.json")).Contains("\"pagefind\"", StringComparison.Ordinal));
        if (project is null) return null;
        Console.Error.WriteLine($"Installing the search indexer: npm ci in {project}");
        var start = new ProcessStartInfo("npm") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund" }) start.ArgumentList.Add(argument);
        try
        {
            return Run(start, TimeSpan.FromMinutes(5)).Exit == 0 ? Find(root) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static (int Exit, string Output) Run(ProcessStartInfo start, TimeSpan limit)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
