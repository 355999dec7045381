using System.Diagnostics;
using MinatoSite.Diagnostics;

namespace MinatoSite.Output;

/// <summary>
/// Post-process: runs Pagefind (npm package <c>pagefind</c>) over the written site to build its search index
/// in <c>pagefind/</c>. Search is an enhancement: when Pagefind cannot be had, the build says so and the site
/// works without it.
/// </summary>
public static class SearchIndexer
{
    // The binaries the launcher prefers, first to last; each has a variable that overrides the choice. Declared
    // first: the list of places below is made from it.
    private static readonly string[] BinaryNames = ["pagefind_extended", "pagefind"];

    /// <summary>
    /// Where npm puts Pagefind, most direct first. The <c>pagefind</c> package's launcher is a Node.js script that only
    /// finds and starts the binary of this platform (about 90 ms of the real site's build); the binary is run directly
    /// when it is found where that launcher looks for it, under <c>@pagefind/{platform}-{cpu}</c>.
    /// </summary>
    private static readonly string[] Executables = [.. PlatformBinaries(), OperatingSystem.IsWindows() ? "node_modules/.bin/pagefind.cmd" : "node_modules/.bin/pagefind"];

    private static IEnumerable<string> PlatformBinaries()
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var cpu = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (platform is null || cpu is null) yield break;
        foreach (var name in BinaryNames)
            yield return $"node_modules/@pagefind/{platform}-{cpu}/bin/{name}{(OperatingSystem.IsWindows() ? ".exe" : "")}";
    }

    /// <summary>Indexes <paramref name="site"/>; returns null on success, else why search is missing.</summary>
    /// <param name="say">Where to tell the user that the indexer is being installed, which takes a while.</param>
    public static Message? Index(string site, string root, Action<Message>? say = null)
    {
        var pagefind = Find(root) ?? (NpmTools.Install(root, "pagefind", say) ? Find(root) : null);
        if (pagefind is null) return Messages.SearchNotInstalled();
        var start = new ProcessStartInfo(pagefind);
        foreach (var argument in new[] { "--site", site, "--silent" }) start.ArgumentList.Add(argument);
        try
        {
            var (exit, output) = ExternalProgram.Run(start, TimeSpan.FromMinutes(5));
            return exit == 0 ? null : Messages.SearchFailed(exit is { } code ? Messages.Detail(code.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Messages.SearchStoppedAfter(), output.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return Messages.SearchNotStarted(ex.Message);
        }
    }

    /// <summary>
    /// The binary named by <c>PAGEFIND_EXTENDED_BINARY_PATH</c> or <c>PAGEFIND_BINARY_PATH</c>, as the launcher honours
    /// them; else the nearest installed Pagefind above the site root, the current folder or this program.
    /// </summary>
    private static string? Find(string root) =>
        BinaryNames.Select(name => Environment.GetEnvironmentVariable($"{name.ToUpperInvariant()}_BINARY_PATH")).FirstOrDefault(path => !string.IsNullOrEmpty(path))
        ?? NpmTools.Find(root, Executables);
}
