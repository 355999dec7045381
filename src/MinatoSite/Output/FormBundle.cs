using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MinatoSite.Diagnostics;

namespace MinatoSite.Output;

/// <summary>
/// The editing form's program: Sveltia CMS, bundled with esbuild from <c>theme/form/cms.js</c> and the pinned npm
/// packages into one folder of scripts, fonts and licences that the site publishes under <c>admin/cms/</c>. The
/// bundle is kept under <c>node_modules/.cache/</c> and made again only when the entry script, the pinned versions or
/// the bundler's options change, so that a build pays for it once.
/// </summary>
/// <param name="Folder">The bundle on disk.</param>
/// <param name="Files">Its files, relative to <paramref name="Folder"/>, with forward slashes, in order.</param>
public sealed record FormBundle(string Folder, IReadOnlyList<string> Files)
{
    /// <summary>The script the bundle starts from, under the site root; the modules it imports are beside it.</summary>
    public const string Entry = "theme/form/cms.js";

    /// <summary>The bundle's first script, which the form's page loads.</summary>
    public const string Script = "cms.js";

    private const string Package = "@sveltia/cms";

    // One module per file, split at each dynamic import, so that the page loads only what the form uses (no map
    // widget, code highlighter or image converter unless a field needs one). Fonts and the licences of bundled code
    // are files beside the script. No source maps: the bundle is the packages' published code.
    private static readonly string[] Options =
    [
        "--bundle", "--format=esm", "--splitting", "--minify", "--target=es2022", "--log-level=warning",
        "--entry-names=[name]", "--chunk-names=chunks/[name]-[hash]", "--asset-names=assets/[name]-[hash]",
        "--loader:.wasm=file", "--loader:.woff2=file", "--loader:.png=file", "--legal-comments=linked",
    ];

    /// <summary>The bundle for the site at <paramref name="root"/>, made if need be; null with the reason when it cannot be had.</summary>
    /// <param name="say">Where to tell the user that the tools are being installed, which takes a while.</param>
    public static FormBundle? Make(string root, Action<Message>? say, out Message? problem)
    {
        problem = null;
        var entry = Path.Combine(root, Entry);
        if (!File.Exists(entry) || new FileInfo(entry).LinkTarget is not null)
        {
            problem = Messages.FormEntryMissing(Entry);
            return null;
        }
        var manifest = PackageFile(root) ?? (NpmTools.Install(root, Package, say) ? PackageFile(root) : null);
        var modules = manifest is null ? null : Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(manifest)!)!)!;
        var esbuild = modules is null ? null : Bundler(modules);
        if (modules is null || esbuild is null)
        {
            problem = Messages.FormNotInstalled();
            return null;
        }
        var key = Key(Sources(Path.GetDirectoryName(entry)!), Version(manifest!), Version(Path.Combine(modules, "esbuild", "package.json")));
        var folder = Path.Combine(modules, ".cache", "minatosite", $"form-{key}");
        if (!Directory.Exists(folder))
        {
            problem = Bundle(entry, modules, esbuild, folder);
            if (problem is not null) return null;
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        return new FormBundle(folder, files);
    }

    private static string? PackageFile(string root) => NpmTools.Find(root, [$"node_modules/{Package}/package.json"]);

    /// <summary>esbuild's own binary when npm installed this platform's, else its launcher (which needs Node.js).</summary>
    private static string? Bundler(string modules)
    {
        var binary = NpmTools.Platform() is { } platform
            ? Path.Combine(modules, "@esbuild", platform, OperatingSystem.IsWindows() ? "esbuild.exe" : Path.Combine("bin", "esbuild"))
            : null;
        if (binary is not null && File.Exists(binary)) return binary;
        var launcher = Path.Combine(modules, ".bin", OperatingSystem.IsWindows() ? "esbuild.cmd" : "esbuild");
        return File.Exists(launcher) ? launcher : null;
    }

    private static string Version(string manifest)
    {
        if (!File.Exists(manifest)) return "";
        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "" : "";
    }

    /// <summary>The entry's folder (the entry and the modules it imports), each file by its name and bytes, links left out.</summary>
    private static byte[] Sources(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).LinkTarget is null)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, f) + "\n").Concat(File.ReadAllBytes(f)))];

    private static string Key(byte[] sources, string cms, string bundler)
    {
        var said = Encoding.UTF8.GetBytes($"{cms}\n{bundler}\n{string.Join(' ', Options)}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. said, .. sources]))[..16];
    }

    /// <summary>Bundles into a folder beside <paramref name="folder"/> and renames it, so that no half-made bundle is ever used.</summary>
    private static Message? Bundle(string entry, string modules, string esbuild, string folder)
    {
        var making = $"{folder}.making-{Environment.ProcessId}";
        if (Directory.Exists(making)) Directory.Delete(making, recursive: true);
        var start = new ProcessStartInfo(esbuild) { WorkingDirectory = Path.GetDirectoryName(entry)! };
        // Packages are found in the node_modules the tools were found in, wherever that is.
        start.Environment["NODE_PATH"] = modules;
        string[] arguments = [entry, $"--outdir={making}", .. Options];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            var (exit, output) = ExternalProgram.Run(start, TimeSpan.FromMinutes(2));
            if (exit != 0)
                return Messages.FormFailed(exit is { } code ? Messages.Detail(code.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Messages.FormStoppedAfter(), output.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return Messages.FormNotStarted(ex.Message);
        }
        // The fonts the form registers by their address beside its script, and the licence of the form itself.
        var package = Path.Combine(modules, Package);
        Directory.CreateDirectory(Path.Combine(making, "assets"));
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(package, "npm", "assets")).Where(f => !f.EndsWith(".map", StringComparison.Ordinal)))
            File.Copy(asset, Path.Combine(making, "assets", Path.GetFileName(asset)));
        File.Copy(Path.Combine(package, "LICENSE.txt"), Path.Combine(making, "sveltia-cms.LICENSE.txt"));
        try
        {
            Directory.Move(making, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another build made the same bundle meanwhile.
            Directory.Delete(making, recursive: true);
        }
        return null;
    }
}
