using System.Diagnostics;

namespace MinatoSite.Output;

/// <summary>Another program run to its end, such as Pagefind or npm, with what it printed.</summary>
public static class ExternalProgram
{
    /// <summary>Runs <paramref name="start"/>, stopping it and its children if it outlives <paramref name="limit"/>.</summary>
    /// <returns>The exit code, null when it was stopped; its standard output, then its standard error.</returns>
    public static (int? Exit, string Output) Run(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (null, "");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
