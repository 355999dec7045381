using System.Diagnostics;

namespace MinatoSite.Output;

/// <summary>Another program run to its end, such as Pagefind or npm, with what it printed.</summary>
internal static class ExternalProgram
{
    /// <summary>Runs <paramref name="start"/>, stopping it and its children if it outlives <paramref name="limit"/>.</summary>
    /// <returns>The exit code, null when it was stopped; its standard output, then its standard error.</returns>
    public static (int? Exit, string Output) Run(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (null, "");
        }
        // The output ends when every process holding it has closed it, which a child left running may never do:
        // the program's exit code stands, with what it printed if that ended in time.
        var ended = Task.WaitAll([output, error], Remaining(limit, clock));
        return (process.ExitCode, ended ? output.Result + error.Result : "");
    }

    private static TimeSpan Remaining(TimeSpan limit, Stopwatch clock) =>
        limit > clock.Elapsed ? limit - clock.Elapsed : TimeSpan.Zero;
}
