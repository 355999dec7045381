using System.CommandLine;
using BenchmarkDotNet.Running;
using MinatoSite.Bench;

var root = new RootCommand("Benchmarks of the MinatoSite generator: synthetic content, phase benchmarks and whole-process timings.");

var initiatives = new Option<int>("--initiatives") { Description = "Number of initiatives", Required = true };
var output = new Option<string>("--output") { Description = "Folder to write input/, data/ and theme/ to", Required = true };
var generate = new Command("generate", "Write a synthetic site shaped like the real one") { initiatives, output };
generate.SetAction(parse =>
{
    var folder = Path.GetFullPath(parse.GetValue(output)!);
    SyntheticSite.Generate(parse.GetValue(initiatives), folder, SyntheticSite.FindRepository());
    Console.WriteLine($"Wrote {parse.GetValue(initiatives)} initiatives to {folder}; build it with: dotnet run --project src/MinatoSite -- build --root {folder}");
    return 0;
});
root.Subcommands.Add(generate);

var filter = new Option<string[]>("--filter") { Description = "BenchmarkDotNet filter, e.g. *Render*", AllowMultipleArgumentsPerToken = true };
var phases = new Command("phases", "Time each phase with BenchmarkDotNet (real, 100, 1,000 and 10,000 initiatives)") { filter };
phases.SetAction(parse =>
{
    var arguments = parse.GetValue(filter) is { Length: > 0 } f ? new[] { "--filter" }.Concat(f).ToArray() : ["--filter", "*"];
    BenchmarkSwitcher.FromTypes([typeof(PhaseBenchmarks)]).Run(arguments);
    return 0;
});
root.Subcommands.Add(phases);

var sizes = new Option<string[]>("--sizes") { Description = "real and/or numbers of initiatives", DefaultValueFactory = _ => ["real", "100", "1000", "10000"], AllowMultipleArgumentsPerToken = true };
var runs = new Option<int>("--runs") { Description = "Timed runs per size (after one warm-up run)", DefaultValueFactory = _ => 5 };
var executable = new Option<string?>("--exe") { Description = "The generator to time: a MinatoSite executable or .dll (default: artifacts/minatosite/MinatoSite if published, else the Release build)" };
var search = new Option<bool>("--search") { Description = "Also build the Pagefind search index" };
var form = new Option<bool>("--form") { Description = "Also put the editing form in admin/ (as build does unless --no-form)" };
var process = new Command("process", "Time whole builds, process start to exit, with peak memory") { sizes, runs, executable, search, form };
process.SetAction(parse => ProcessTimings.Run(parse.GetValue(sizes)!, parse.GetValue(runs), parse.GetValue(executable), parse.GetValue(search), parse.GetValue(form)));
root.Subcommands.Add(process);

return root.Parse(args).Invoke();
