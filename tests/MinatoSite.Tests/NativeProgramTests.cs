using System.Diagnostics;
using System.Net;
using System.Text;
using MinatoSite.Preview;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The native program, the fastest way to run a build, is the same source compiled ahead of time without the
/// members it never uses; here it must do exactly what the program compiled at run time does.
/// </summary>
[Collection(NativeProgramCollection.Name)]
public sealed class NativeProgramTests(NativeProgram native)
{
    [Fact]
    public void It_writes_the_same_site_byte_for_byte()
    {
        using var output = new TempFolder();
        var arguments = $"build --root \"{Repository.Root}\" --no-search --output ";
        var (exit, text) = Programs.Run(arguments + $"\"{output["managed"]}\"");
        Assert.True(exit == 0, text);
        var (nativeExit, nativeText) = native.Run(arguments + $"\"{output["native"]}\"");
        Assert.True(nativeExit == 0, nativeText);

        var files = Folders.AssertIdentical(output["managed"], output["native"]);
        Assert.True(files > 70, $"only {files} files were built");
    }

    [Fact]
    public void It_reports_the_same_errors_in_every_format()
    {
        using var site = new SiteCopy();
        site.Replace("input/2021-midterm/2-1/2-1-1.md", "progress: behind-schedule", "progress: behind");
        site.Replace("input/2021-midterm/1-1/1-1-1.md", "title: 人と人とのつながりづくり", "title: 人と人とのつながりづくり: 地域");
        site.Write("input/2021-midterm/2-1/2-1-9.md", site.Read("input/2021-midterm/2-1/2-1-3.md"));
        // Saved by a Windows editor: a byte-order mark, CRLF line ends, and a field that does not exist.
        var windows = site.Read("input/2021-midterm/3-1/3-1-2.md").Replace("\ntitle:", "\ncolour: red\ntitle:", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        site.WriteBytes("input/2021-midterm/3-1/3-1-2.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(windows)]);
        site.Write("input/2021-midterm/3-1/3-1-3.md", site.Read("input/2021-midterm/3-1/3-1-3.md") + "\n[関連](../9-9/9-9-9.md)\n");
        site.Write("theme/layouts/page.liquid", "{% if %}\n" + site.Read("theme/layouts/page.liquid"));
        using var output = new TempFolder();

        // The messages travel inside the program: the native one says the same, in each language.
        var said = new Dictionary<string, string[]>
        {
            [""] = ["status.progress の「behind」", "をここで読み取れません", "id「2-1-3」が重複しています", "「colour」という項目はありません", "9-9-9", "テンプレートの書き方の誤り"],
            [" --lang en"] = ["status.progress 'behind'", "cannot be read here", "duplicate id '2-1-3'", "unknown field 'colour'", "9-9-9", "template syntax error"],
        };
        foreach (var (lang, expected) in said)
        foreach (var arguments in new[] { "check", "check --format github", $"build --no-search --output \"{output["site"]}\"" })
        {
            var command = $"{arguments}{lang} --root \"{site.Root}\"";
            var (exit, text) = Programs.Run(command);
            Assert.Equal(1, exit);
            foreach (var words in expected[..^1]) Assert.Contains(words, text);
            if (arguments.StartsWith("build", StringComparison.Ordinal)) Assert.Contains(expected[^1], text);
            Assert.Equal((exit, text), native.Run(command));
        }
        Assert.False(Directory.Exists(output["site"]), "a build with errors wrote files");
    }

    [Fact]
    public async Task Its_preview_serves_the_site_and_rebuilds_a_changed_page()
    {
        using var site = new SiteCopy();
        var start = new ProcessStartInfo(native.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "preview", "--root", site.Root, "--port", "0" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var address = await Address(process);
            var page = new Uri(address, "en/2021/midterm/strategies/2-1/");
            var body = await http.GetStringAsync(page);
            Assert.Contains("lang=\"en\"", body);
            Assert.Contains(PreviewServer.EventsPath, body);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(address, "no/such/page/"))).StatusCode);

            site.Replace("input/2021-midterm/2-1/2-1-3.en.md", "Securing tsunami evacuation buildings", "Rebuilt, securing tsunami evacuation buildings");
            var waited = Stopwatch.StartNew();
            while (!(await http.GetStringAsync(page)).Contains("Rebuilt, securing", StringComparison.Ordinal))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the native preview did not rebuild the changed page within 10 s");
                await Task.Delay(50);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The address the preview prints once it serves; bounded, so that a preview that never starts fails.</summary>
    private static async Task<Uri> Address(Process process)
    {
        // "http://127.0.0.1:PORT/ でプレビューしています。…": the first address the program prints.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (System.Text.RegularExpressions.Regex.Match(line, @"http://127\.0\.0\.1:\d+/\S*") is { Success: true } address) return new Uri(address.Value);
        }
        throw new InvalidOperationException("the native preview stopped before serving: " + await process.StandardError.ReadToEndAsync());
    }
}
