using System.Diagnostics;
using System.Text.Json;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Every page passes the W3C Nu HTML Checker (npm vnu-jar on the machine's Java).</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSite site)
{
    private static string VnuJar()
    {
        var jar = Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar))
            throw new InvalidOperationException($"The Nu HTML Checker is not installed ({jar} is missing): run 'npm ci' in the repository (bash scripts/test.sh does it).");
        return jar;
    }

    private static string Java()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new[] { home is null ? null : Path.Combine(home, "bin", "java") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "java")));
        return candidates.FirstOrDefault(p => p is not null && File.Exists(p))
            ?? throw new InvalidOperationException("Java was not found: install a Java runtime, e.g. 'apt-get install default-jre-headless' (bash scripts/test.sh does it).");
    }

    [Fact]
    public Task Every_page_is_valid_html() => AssertValid(site, site.HtmlFiles);

    /// <summary>Runs the checker once on <paramref name="pages"/> of <paramref name="site"/>; every error fails, with its file and line.</summary>
    internal static async Task AssertValid(BuiltSite site, IEnumerable<string> pages)
    {
        Assert.NotEmpty(pages);
        var start = new ProcessStartInfo(Java())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", VnuJar(), "--format", "json", "--stdout", "--skip-non-html" }) start.ArgumentList.Add(argument);
        foreach (var page in pages) start.ArgumentList.Add(Path.Combine(site.Output, page));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        using var report = JsonDocument.Parse(await output);
        var messages = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || (m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal"))
            .Select(m => $"{Path.GetRelativePath(site.Output, Uri.UnescapeDataString(m.GetProperty("url").GetString()!.Replace("file:", "")))}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages) + await error);
    }
}
