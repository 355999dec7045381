using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MinatoSite.Output;

namespace MinatoSite.Bench;

/// <summary>
/// Whole-process timings: the compiled generator started as a separate process, as CI and staff run it, from
/// process start to exit, with the peak memory and phase times it reports with --timings.
/// </summary>
public static partial class ProcessTimings
{
    [GeneratedRegex(@"peak memory ([0-9.]+) MB")]
    private static partial Regex PeakMemory();

    public static int Run(IReadOnlyList<string> sizes, int runs, string? executable, bool search, bool form)
    {
        var repository = SyntheticSite.FindRepository();
        var (command, prefix) = Executable(executable, repository);
        Console.WriteLine($"generator: {command} {prefix}".Trim());
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}");
        Console.WriteLine();
        Console.WriteLine("| site | initiatives | pages | runs | median | min | max | peak memory (median) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var work = Path.Combine(Path.GetTempPath(), $"minatosite-process-{size}");
            var root = repository;
            if (size != "real")
            {
                root = Path.Combine(work, "site");
                SyntheticSite.Generate(int.Parse(size, CultureInfo.InvariantCulture), root, repository);
            }
            var output = Path.Combine(work, "_site");
            var times = new List<double>();
            var memory = new List<double>();
            var phases = "";
            for (var run = 0; run < runs + 1; run++)
            {
                var start = new ProcessStartInfo(command);
                foreach (var argument in prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries)) start.ArgumentList.Add(argument);
                foreach (var argument in new[] { "build", "--root", root, "--output", output, "--timings" }) start.ArgumentList.Add(argument);
                if (!search) start.ArgumentList.Add("--no-search");
                if (!form) start.ArgumentList.Add("--no-form");
                var watch = Stopwatch.StartNew();
                var (exit, text) = ExternalProgram.Run(start, TimeSpan.FromMinutes(10));
                watch.Stop();
                if (exit != 0) throw new InvalidOperationException($"build failed for {size} ({exit?.ToString() ?? "stopped after 10 minutes"}): {text}");
                if (run == 0) continue; // the first run warms the disk cache
                times.Add(watch.Elapsed.TotalMilliseconds);
                var peak = PeakMemory().Match(text);
                if (peak.Success) memory.Add(double.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture));
                phases = text;
            }
            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            var initiatives = Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories)
                .Count(f => Path.GetFileName(f).Count(c => c == '.') == 1 && Path.GetDirectoryName(f) != Path.Combine(root, "input"));
            Console.WriteLine($"| {size} | {initiatives:N0} | {pages:N0} | {runs} | {Median(times):N0} ms | {times.Min():N0} ms | {times.Max():N0} ms | {(memory.Count > 0 ? $"{Median(memory):N0} MB" : "n/a")} |");
            Console.Error.WriteLine($"{size}: last run's phases: {phases.Replace(Environment.NewLine, " / ")}");
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The published program when present (the native one runs fastest), else the Release build beside this program.</summary>
    private static (string Command, string Prefix) Executable(string? given, string repository)
    {
        if (given is not null) return given.EndsWith(".dll", StringComparison.Ordinal) ? ("dotnet", given) : (given, "");
        var published = Path.Combine(repository, "artifacts", "minatosite", "MinatoSite");
        if (File.Exists(published)) return (published, "");
        return ("dotnet", Path.Combine(AppContext.BaseDirectory, "MinatoSite.dll"));
    }

    private static string RuntimeInfo()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? "unknown CPU"}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }
}
