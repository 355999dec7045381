using System.Diagnostics;
using MinatoSite.Output;

namespace MinatoSite.Tests.Support;

/// <summary>Runs the command-line program in its own process, the way staff and CI run it.</summary>
public static class Programs
{
    /// <summary>The program built with the tests, started by the dotnet host.</summary>
    public static (int ExitCode, string Output) Run(string arguments, IDictionary<string, string?>? environment = null) =>
        Run("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "MinatoSite.dll")}\" {arguments}", environment);

    /// <summary>Another executable with its arguments, such as the native program; standard output, then standard error.</summary>
    public static (int ExitCode, string Output) Run(string executable, string arguments, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(executable, arguments);
        // Tests that run on GitHub Actions must see the program's ordinary output, not its annotations.
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;
        return Run(start, TimeSpan.FromMinutes(1));
    }

    /// <summary>Runs a process to its end; the test fails when it outlives <paramref name="limit"/>.</summary>
    public static (int ExitCode, string Output) Run(ProcessStartInfo start, TimeSpan limit)
    {
        var (exit, output) = ExternalProgram.Run(start, limit);
        Assert.True(exit is not null, $"{start.FileName} {start.Arguments}{string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalMinutes:0} minute(s)");
        return (exit.Value, output);
    }
}
