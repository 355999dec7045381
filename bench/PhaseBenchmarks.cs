using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Planning;

namespace MinatoSite.Bench;

/// <summary>
/// The pipeline that <c>build</c> runs, on the real content and on synthetic sites of 100, 1,000 and 10,000
/// initiatives: its first phases on their own, the whole run with its files discarded, and the whole build into
/// an output folder. Few iterations: a 10,000-initiative build takes seconds, and the machine has two cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PhaseBenchmarks
{
    private BuildOptions _options = null!;

    [Params("real", "100", "1000", "10000")]
    public string Size { get; set; } = "real";

    [GlobalSetup]
    public void Setup()
    {
        var repository = SyntheticSite.FindRepository();
        var work = Path.Combine(Path.GetTempPath(), $"minatosite-bench-{Size}");
        var root = repository;
        if (Size != "real")
        {
            root = Path.Combine(work, "site");
            SyntheticSite.Generate(int.Parse(Size), root, repository);
        }
        _options = new BuildOptions(root, Path.Combine(work, "_site"));
        var errors = new ErrorList();
        if (SiteBuilder.Plan(_options, errors) is null) throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
    }

    [Benchmark(Description = "load + validate")]
    public SiteModel Load() => Succeeded(errors => SiteLoader.Load(_options.Root, errors));

    [Benchmark(Description = "load + validate + plan")]
    public SitePlan Plan() => Succeeded(errors => SiteBuilder.Plan(_options, errors));

    [Benchmark(Description = "run, files discarded")]
    public BuildResult Run()
    {
        using var sink = new NullSink();
        return Succeeded(errors => SiteBuilder.Run(_options, sink, errors));
    }

    [Benchmark(Description = "build into the output folder")]
    public BuildResult Build() => Succeeded(errors => SiteBuilder.Build(_options, errors));

    /// <summary>A run that failed would be timed as if it were fast: it stops the benchmark instead.</summary>
    private static T Succeeded<T>(Func<ErrorList, T?> run) where T : class
    {
        var errors = new ErrorList();
        var result = run(errors);
        return result is not null && !errors.HasErrors ? result : throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
    }
}
