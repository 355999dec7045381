using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MinatoSite.Tests.Support;

/// <summary>
/// The program compiled ahead of time into a native executable (<c>dotnet publish -p:PublishAot=true</c>), published
/// once for the tests that use it into a temporary folder, with its intermediate files, so that the working tree's
/// <c>bin/</c> and <c>obj/</c> are left alone.
/// </summary>
public sealed class NativeProgram : IDisposable
{
    private readonly TempFolder _folder = new("minatosite-native");

    public NativeProgram()
    {
        RequireLinker();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root };
        foreach (var argument in new[]
        {
            "publish", "src/MinatoSite", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true",
            "--artifacts-path", _folder["artifacts"], "-o", _folder["program"],
            // No build servers left running after the tests.
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        })
        {
            start.ArgumentList.Add(argument);
        }
        // The tests run inside 'dotnet test', whose MSBuild settings would otherwise steer this build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        var (exit, output) = Programs.Run(start, TimeSpan.FromMinutes(10));
        if (exit != 0) throw new InvalidOperationException($"the native program could not be published (exit {exit}):\n{output}");
        Executable = _folder[OperatingSystem.IsWindows() ? "program/MinatoSite.exe" : "program/MinatoSite"];
    }

    public string Executable { get; }

    public (int ExitCode, string Output) Run(string arguments) => Programs.Run(Executable, arguments);

    /// <summary>On Linux and macOS the native program is linked by the system's C toolchain: clang, or else gcc.</summary>
    private static void RequireLinker()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        if (!new[] { "clang", "gcc" }.Any(tool => path.Any(folder => File.Exists(Path.Combine(folder, tool)))))
            throw new InvalidOperationException("The native program is linked with the system's C toolchain, and neither clang nor gcc was found: install one, e.g. 'apt-get install clang' (bash scripts/test.sh does it).");
    }

    public void Dispose() => _folder.Dispose();
}
