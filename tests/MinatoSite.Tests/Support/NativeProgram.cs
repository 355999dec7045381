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
        try
        {
            Executable = Publish(_folder);
        }
        catch
        {
            _folder.Dispose();
            throw;
        }
    }

    public string Executable { get; }

    public (int ExitCode, string Output) Run(string arguments) => Programs.Run(Executable, arguments);

    private static string Publish(TempFolder folder)
    {
        RequireLinker();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root };
        foreach (var argument in new[]
        {
            "publish", "src/MinatoSite", "-c", "Release", "-r", PortableRuntimeIdentifier(), "-p:PublishAot=true",
            "--artifacts-path", folder["artifacts"], "-o", folder["program"],
            // No build servers left running after the tests.
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        })
        {
            start.ArgumentList.Add(argument);
        }
        // The tests run inside 'dotnet test', whose MSBuild settings, and a coverage profiler if one is attached,
        // would otherwise reach this build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("CORECLR_", StringComparison.Ordinal) || k == "DOTNET_STARTUP_HOOKS").ToList())
        {
            start.Environment.Remove(name);
        }
        var (exit, output) = Programs.Run(start, TimeSpan.FromMinutes(10));
        if (exit != 0) throw new InvalidOperationException($"the native program could not be published (exit {exit}):\n{output}");
        return folder[OperatingSystem.IsWindows() ? "program/MinatoSite.exe" : "program/MinatoSite"];
    }

    /// <summary>
    /// The platform in the form the native compiler is published for (linux-x64): an SDK built by a Linux
    /// distribution names its own (ubuntu.24.04-x64), for which there is none.
    /// </summary>
    private static string PortableRuntimeIdentifier()
    {
        var system = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx"
            : File.Exists("/etc/alpine-release") ? "linux-musl" : "linux";
        return $"{system}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
    }

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

/// <summary>
/// Publishing the native program takes both cores for most of a minute: its tests run on their own, after the
/// others, instead of slowing the browser and preview tests that wait on the clock.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeProgramCollection : ICollectionFixture<NativeProgram>
{
    public const string Name = "native program";
}
