using System.Diagnostics;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// A seeded, bounded mutation fuzzer over the real content: each case changes one to three places of one file of
/// input/ or data/ the way a careless edit or a hostile pull request would, and runs the check. Every case must end
/// with success or with errors that name a file, in bounded time, with no exception or stack trace escaping.
/// A few hundred cases run in CI; MINATOSITE_FUZZ_CASES sets how many. The seeds in Fixtures/fuzz-regressions.txt
/// (failures found before) run first, every time.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int DefaultCases = 300;
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(20);

    // What careless and hostile edits put into a file: IME characters, YAML syntax, control characters, nesting.
    private static readonly string[] Insertions =
    [
        "\u3000", "：", "\u00A0", "\u200B", "\t", "\u0000", "\u202E", "[", "{", "]", "}", "\"", "'", ": ", "- ", "#", "&a ", "*a", "!!binary ",
        "---\n", "...\n", "\n", "  ", "%", "@", "`", "|", ">", "<script>alert(1)</script>", "[x](javascript:alert(1))", "![x](https://example.com/x.png)",
        "[x](../../../etc/passwd)", "９", "-1", "1e400", "0.123456789", "9999999999999999999999999999999", "2099-12-31", "取組予定通り進捗していない",
        new string('[', 500), new string('>', 300) + " x", string.Concat(Enumerable.Repeat("  - ", 60)), new string('a', 6000),
    ];

    private readonly SiteCopy _site = new();
    private readonly List<string> _files;

    public FuzzTests()
    {
        _files = Directory.EnumerateFiles(_site.PathOf("input"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(_site.PathOf("data"), "*.yml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(_site.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_mutation_of_the_real_content_ends_in_success_or_errors_with_a_file()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("MINATOSITE_FUZZ_CASES"), out var n) ? n : DefaultCases;
        var seeds = Regressions().Concat(Enumerable.Range(1, cases)).ToList();
        var failures = new List<string>();
        var accepted = 0;
        foreach (var seed in seeds)
        {
            var (file, original) = Mutate(seed);
            try
            {
                var problem = Run(seed, out var succeeded);
                if (problem is not null) failures.Add($"seed {seed} ({file}): {problem}");
                if (succeeded) accepted++;
            }
            finally
            {
                File.WriteAllBytes(_site.PathOf(file), original);
            }
        }
        if (failures.Count > 0)
        {
            var saved = Path.Combine(AppContext.BaseDirectory, "fuzz-failures.txt");
            File.WriteAllLines(saved, failures);
            Assert.Fail($"{failures.Count} of {seeds.Count} cases failed (listed in {saved}; add their seeds to Fixtures/fuzz-regressions.txt once fixed):\n{string.Join("\n", failures.Take(10))}");
        }
        // A fuzzer whose every case is refused at once, or accepted, would test nothing.
        Assert.InRange(accepted, 1, seeds.Count - 1);
        // Bounded memory: no case made the process grow past what a 10,000-initiative build needs.
        Assert.InRange(Process.GetCurrentProcess().PeakWorkingSet64, 0, 2L << 30);
    }

    private static IEnumerable<int> Regressions() =>
        File.ReadLines(Repository.Fixture("fuzz-regressions.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).Select(int.Parse);

    /// <summary>Changes one file as the seed says; returns it with its original bytes.</summary>
    private (string File, byte[] Original) Mutate(int seed)
    {
        var random = new Random(seed);
        var file = _files[random.Next(_files.Count)];
        var original = File.ReadAllBytes(_site.PathOf(file));
        var text = Encoding.UTF8.GetString(original);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            text = random.Next(6) switch
            {
                0 => text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)),
                1 => DuplicateLine(text, at),
                2 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
                3 => text.Replace("\n", "\r\n"),
                _ => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
            };
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        // Now and then, a byte-order mark or a byte that is not UTF-8.
        if (random.Next(10) == 0) bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        if (random.Next(20) == 0 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = 0xFF;
        File.WriteAllBytes(_site.PathOf(file), bytes);
        return (file, original);
    }

    private static string DuplicateLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        if (end < 0) end = text.Length;
        return text.Insert(start, text[start..end] + "\n");
    }

    /// <summary>Why the case failed, or null.</summary>
    private string? Run(int seed, out bool succeeded)
    {
        succeeded = false;
        var errors = new ErrorList();
        // Every tenth case is built too, rendering its pages and data files into a sink that discards them.
        var check = Task.Run(() => seed % 10 == 0
            ? SiteBuilder.Run(new BuildOptions(_site.Root, _site.PathOf("_site")), new MinatoSite.Output.NullSink(), errors)?.Model
            : SiteBuilder.Check(_site.Root, errors));
        // WaitAny, unlike Wait, does not throw what the check threw: that is reported below as the failure it is.
        if (Task.WaitAny([check], PerCase) < 0) return $"did not finish within {PerCase.TotalSeconds:0} s";
        if (check.IsFaulted) return $"an exception escaped: {check.Exception!.InnerException}";
        var list = errors.Sorted();
        succeeded = check.Result is not null && list.Count == 0;
        if (check.Result is null && list.Count == 0) return "refused with no error";
        foreach (var error in list)
        {
            if (string.IsNullOrWhiteSpace(error.File)) return $"an error names no file: {error.Message}";
            // The loader turns what its readers did not foresee into an error on the file: for the fuzzer, still a crash.
            if (error.Message.Contains("   at ", StringComparison.Ordinal) || error.Message.Contains("Exception", StringComparison.Ordinal)
                || error.Message.Contains("unforeseen", StringComparison.Ordinal))
                return $"an error shows the program's internals: {error}";
        }
        return null;
    }
}
