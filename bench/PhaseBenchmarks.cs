using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Rendering;
using MinatoSite.Verification;

namespace MinatoSite.Bench;

/// <summary>
/// Each phase of the build on its own, on the real content and on synthetic sites of 100, 1,000 and 10,000
/// initiatives. Few iterations: a 10,000-initiative build takes seconds, and the machine has two cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PhaseBenchmarks
{
    private static readonly MarkdownRenderer Markdown = new();
    private string _root = "";
    private string _output = "";
    private SiteModel _model = null!;
    private Theme _theme = null!;
    private UrlBuilder _urls = null!;
    private IReadOnlyList<OutputFile> _rendered = [];
    private IReadOnlyList<OutputFile> _files = [];

    [Params("real", "100", "1000", "10000")]
    public string Size { get; set; } = "real";

    [GlobalSetup]
    public void Setup()
    {
        var repository = SyntheticSite.FindRepository();
        var work = Path.Combine(Path.GetTempPath(), $"minatosite-bench-{Size}");
        if (Size == "real") _root = repository;
        else
        {
            _root = Path.Combine(work, "site");
            SyntheticSite.Generate(int.Parse(Size), _root, repository);
        }
        _output = Path.Combine(work, "_site");
        var errors = new ErrorList();
        _model = SiteLoader.Load(_root, errors, Markdown) ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
        _theme = Theme.Load(_root, errors) ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
        _urls = new UrlBuilder("/", _model.Settings);
        _rendered = new SiteRenderer(_model, _theme, _urls, Markdown).RenderAll();
        _files = PostProcess.Apply(_model, _urls, _rendered);
    }

    [Benchmark(Description = "load + validate")]
    public SiteModel? Load() => SiteLoader.Load(_root, new ErrorList(), Markdown);

    [Benchmark(Description = "render")]
    public IReadOnlyList<OutputFile> Render() => new SiteRenderer(_model, _theme, _urls, Markdown).RenderAll();

    [Benchmark(Description = "post-process")]
    public IReadOnlyList<OutputFile> PostProcessing() => PostProcess.Apply(_model, _urls, _rendered);

    [Benchmark(Description = "verify links")]
    public int Verify() => OutputVerifier.Verify(_files, "/").Count;

    [Benchmark(Description = "write")]
    public void Write() => SiteWriter.Write(_output, _files, _root);
}
