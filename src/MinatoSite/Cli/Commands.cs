using System.CommandLine;
using MinatoSite.Diagnostics;
using MinatoSite.Output;

namespace MinatoSite.Cli;

/// <summary>What the program's exit code says, as the README documents it.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The content has errors; every one was printed.</summary>
    public const int ContentErrors = 1;
    /// <summary>The output folder may not be replaced (it holds the sources, or something this program did not make).</summary>
    public const int RefusedOutput = 2;
    /// <summary>The machine would not let the program work: a busy port, an output folder that may not be written.</summary>
    public const int Environment = 3;
    /// <summary>Something the program did not foresee; its message was printed, without the program's internals.</summary>
    public const int Unexpected = 4;
}

/// <summary>The command line: <c>build</c>, <c>check</c>, <c>preview</c> and <c>new</c>.</summary>
public static class Commands
{
    // The language of the help: that of the messages, chosen before the command line is read.
    private static MessageCatalogue _help = MessageCatalogue.Japanese;

    private static string Help(Message text) => text.In(_help);

    public static RootCommand Create(MessageCatalogue? help = null)
    {
        _help = help ?? MessageCatalogue.Japanese;
        var root = new RootCommand(Help(Messages.HelpProgram()));
        root.Subcommands.Add(Build());
        root.Subcommands.Add(Check());
        root.Subcommands.Add(New());
        root.Subcommands.Add(NewReport());
        root.Subcommands.Add(Preview());
        root.Subcommands.Add(MessagesCommand());
        root.Subcommands.Add(SchemasCommand());
        return root;
    }

    private static Option<string> RootOption() => new("--root")
    {
        Description = Help(Messages.HelpRoot()),
        DefaultValueFactory = _ => RepositoryRoot.Find(),
    };

    private static Option<string> FormatOption() => new("--format")
    {
        Description = Help(Messages.HelpFormat()),
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text",
    };

    private static Option<string?> LangOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = Help(Messages.HelpLang()),
        };
        option.AcceptOnlyFromAmong([.. MessageCatalogue.Languages]);
        return option;
    }

    // Chosen once, before the command line was read (Program.cs); chosen here only when the commands run without it.
    private static MessageCatalogue Speak(ParseResult parse, Option<string> root, Option<string?> lang) =>
        MessageLanguage.Chosen ?? MessageLanguage.Choose(Path.GetFullPath(parse.GetValue(root)!), parse.GetValue(lang));

    /// <summary>Runs what writes the output folder; a folder refused, or the machine refusing, is said with its exit code.</summary>
    private static int Refusals(MessageCatalogue say, Func<int> write)
    {
        try
        {
            return write();
        }
        catch (OutputRefusedException ex)
        {
            Console.Error.WriteLine(Messages.Error(ex.Says).In(say));
            return ExitCodes.RefusedOutput;
        }
        catch (OutputEnvironmentException ex)
        {
            Console.Error.WriteLine(Messages.Error(ex.Says).In(say));
            return ExitCodes.Environment;
        }
    }

    private static Option<string> BasePathOption() => new("--base-path")
    {
        Description = Help(Messages.HelpBasePath()),
        DefaultValueFactory = _ => "/",
    };

    private static Command Build()
    {
        var rootOption = RootOption();
        var output = new Option<string?>("--output") { Description = Help(Messages.HelpOutput()) };
        var basePath = BasePathOption();
        var siteUrl = new Option<string?>("--site-url") { Description = Help(Messages.HelpSiteUrl()) };
        var format = FormatOption();
        var lang = LangOption();
        var timings = new Option<bool>("--timings") { Description = Help(Messages.HelpTimings()) };
        var noSearch = new Option<bool>("--no-search") { Description = Help(Messages.HelpNoSearch()) };
        var drafts = new Option<bool>("--drafts") { Description = Help(Messages.HelpDrafts()) };
        var noForm = new Option<bool>("--no-form") { Description = Help(Messages.HelpNoForm()) };
        var command = new Command("build", Help(Messages.HelpBuild())) { rootOption, output, basePath, siteUrl, format, lang, timings, noSearch, drafts, noForm };
        command.Options[1].Aliases.Add("-o");
        command.SetAction(parse =>
        {
            var rootPath = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            var options = new BuildOptions(rootPath, parse.GetValue(output) ?? Path.Combine(rootPath, "_site"), parse.GetValue(basePath)!, parse.GetValue(siteUrl))
            {
                Search = !parse.GetValue(noSearch),
                Drafts = parse.GetValue(drafts),
                Form = !parse.GetValue(noForm),
                Warn = message => Console.Error.WriteLine(Messages.Warning(message).In(say)),
                Progress = message => Console.Error.WriteLine(message.In(say)),
            };
            var errors = new ErrorList();
            var phases = new PhaseTimings();
            BuildResult? result = null;
            var refused = Refusals(say, () => { result = SiteBuilder.Build(options, errors, phases); return ExitCodes.Success; });
            if (refused != ExitCodes.Success) return refused;
            if (result is null) return Report(errors, parse.GetValue(format)!, say);
            PrintWarnings(errors, parse.GetValue(format)!, say);
            Console.WriteLine(Messages.Built(result.Files.Count, result.Model.Initiatives.Count(), result.Model.Languages.Count, Path.GetFullPath(options.Output)).In(say));
            if (parse.GetValue(timings))
            {
                Console.WriteLine(phases);
                if (phases.Startup is { } startup)
                    Console.WriteLine($"startup {startup.Time.TotalMilliseconds:0} ms to the first file read ({startup.Assemblies} assemblies loaded)");
                if (PhaseTimings.PeakMemory() is { } peak) Console.WriteLine($"peak memory {peak / 1024.0 / 1024.0:0.0} MB");
                Console.WriteLine($"garbage collections {GC.CollectionCount(0)} (generation 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:0} MB");
                // Compiling while running costs start-up: everything under dotnet run; under ReadyToRun, generic code
                // shared between libraries and hot methods compiled again; nothing in the native program.
                Console.WriteLine($"compiled while running: {System.Runtime.JitInfo.GetCompiledMethodCount()} compilations in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
                var pages = result.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
                var rendering = phases.Phases.Where(p => p.Phase.StartsWith("render", StringComparison.Ordinal)).Sum(p => p.Time.TotalSeconds);
                Console.WriteLine($"{pages} pages, {pages / Math.Max(rendering, 1e-6):0} pages per second rendered, verified and written");
            }
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var rootOption = RootOption();
        var format = FormatOption();
        var baseRef = new Option<string?>("--base") { Description = Help(Messages.HelpBase()) };
        var lang = LangOption();
        var command = new Command("check", Help(Messages.HelpCheck())) { rootOption, format, lang, baseRef };
        command.SetAction(parse =>
        {
            var errors = new ErrorList();
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            var model = SiteBuilder.Check(root, errors);
            WriteStepSummary(root, parse.GetValue(baseRef), errors, model, say);
            if (model is null || errors.HasErrors) return Report(errors, parse.GetValue(format)!, say);
            PrintWarnings(errors, parse.GetValue(format)!, say);
            Console.WriteLine(Messages.NoErrors(model.Initiatives.Count(), model.Strategies.Count(), model.Languages.Count).In(say));
            return 0;
        });
        return command;
    }

    private static Command Preview()
    {
        var rootOption = RootOption();
        var port = new Option<int>("--port") { Description = Help(Messages.HelpPort()), DefaultValueFactory = _ => 5080 };
        var basePath = BasePathOption();
        var lang = LangOption();
        var command = new Command("preview", Help(Messages.HelpPreview())) { rootOption, port, basePath, lang };
        command.SetAction(async (parse, cancel) =>
        {
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            // The preview shows the reports being written, as a pull request's build does.
            var options = new BuildOptions(root, Path.Combine(root, "_site"), parse.GetValue(basePath)!)
            {
                Drafts = true,
                Form = true,
                Warn = message => Console.Error.WriteLine(Messages.Warning(message).In(say)),
                Progress = message => Console.Error.WriteLine(message.In(say)),
            };
            MinatoSite.Preview.PreviewServer server;
            try
            {
                server = await MinatoSite.Preview.PreviewServer.StartAsync(options, parse.GetValue(port), report => PrintRebuild(report, say), messages: say);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine(Messages.Error(Messages.PortBusy(parse.GetValue(port), ex.Message, parse.GetValue(port) + 1)).In(say));
                return ExitCodes.Environment;
            }
            await using var running = server;
            Console.WriteLine(Messages.Previewing(server.Address.ToString()).In(say));
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine(Messages.Stopped().In(say));
            }
            return 0;
        });
        return command;
    }

    private static void PrintRebuild(MinatoSite.Preview.RebuildReport report, MessageCatalogue say)
    {
        foreach (var warning in report.Warnings) Console.WriteLine("  " + warning.ToString(say));
        var time = $"{DateTime.Now:HH:mm:ss}";
        if (report.Errors.Count == 0)
        {
            var ms = $"{report.Elapsed.TotalMilliseconds:0}";
            Console.WriteLine((report.Full ? Messages.RebuiltEverything(time, report.PagesRendered, ms) : Messages.RebuiltChanged(time, report.PagesRendered, ms)).In(say));
            return;
        }
        Console.WriteLine(Messages.PreviewErrors(time, report.Errors.Count).In(say));
        foreach (var error in report.Errors) Console.WriteLine("  " + error.ToString(say));
    }

    private static Command New()
    {
        var rootOption = RootOption();
        var id = new Argument<string>("id") { Description = Help(Messages.HelpNewId()) };
        var title = new Option<string>("--title") { Description = Help(Messages.HelpNewTitle()), Required = true };
        var lang = LangOption();
        var report = new Option<string?>("--report") { Description = Help(Messages.HelpNewReport()) };
        var command = new Command("new", Help(Messages.HelpNew())) { id, title, report, rootOption, lang };
        command.SetAction(parse =>
        {
            var errors = new ErrorList();
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            var path = InitiativeTemplate.Create(root, parse.GetValue(id)!, parse.GetValue(title)!, parse.GetValue(report), errors, out var problem);
            if (path is null)
            {
                foreach (var error in errors.Sorted()) Console.Error.WriteLine(error.ToString(say));
                Console.Error.WriteLine(Messages.Error(problem!).In(say));
                return 1;
            }
            Console.WriteLine(Messages.NewWrote(path).In(say));
            return 0;
        });
        return command;
    }

    private static Command NewReport()
    {
        var rootOption = RootOption();
        var lang = LangOption();
        var id = new Argument<string>("id") { Description = Help(Messages.HelpNewReportId()) };
        var year = new Option<int>("--fiscal-year") { Description = Help(Messages.HelpFiscalYear()), Required = true };
        var stage = new Option<string>("--stage") { Description = Help(Messages.HelpStage()), Required = true };
        stage.AcceptOnlyFromAmong([.. Loading.Vocabulary.Stages]);
        var from = new Option<string?>("--from") { Description = Help(Messages.HelpFrom()) };
        var command = new Command("new-report", Help(Messages.HelpNewReportCommand())) { id, year, stage, from, rootOption, lang };
        command.SetAction(parse =>
        {
            var errors = new ErrorList();
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            var written = ReportTemplate.Create(root, parse.GetValue(id)!, parse.GetValue(year), parse.GetValue(stage)!, parse.GetValue(from), errors, out var problem);
            if (written is null)
            {
                foreach (var error in errors.Sorted()) Console.Error.WriteLine(error.ToString(say));
                Console.Error.WriteLine(Messages.Error(problem!).In(say));
                return 1;
            }
            Console.WriteLine(Messages.NewReportWrote(parse.GetValue(id)!, written.Value).In(say));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes the schemas alone, from <c>data/</c>, even while some content has errors (a build then writes nothing),
    /// which is when an editor's help is wanted most.
    /// </summary>
    private static Command SchemasCommand()
    {
        var rootOption = RootOption();
        var lang = LangOption();
        var output = new Option<string?>("--output") { Description = Help(Messages.HelpSchemasOutput()) };
        var basePath = BasePathOption();
        var command = new Command("schemas", Help(Messages.HelpSchemas())) { rootOption, output, basePath, lang };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var say = Speak(parse, rootOption, lang);
            var errors = new ErrorList();
            var model = Loading.SiteLoader.Load(root, errors);
            if (model is null) return Report(errors, "text", say);
            var urls = new Planning.UrlBuilder(parse.GetValue(basePath)!, model.Settings);
            var files = Rendering.Data.Schemas.All.Select(s => (Rendering.Data.Schemas.PathOf(s.Name), (Action<Stream>)(stream => Rendering.Data.Schemas.Write(stream, s.Name, model, urls))));
            return Refusals(say, () =>
            {
                var target = SiteWriter.WriteInPlace(parse.GetValue(output) ?? Path.Combine(root, "_site"), root, files);
                Console.WriteLine(Messages.SchemasWritten(Rendering.Data.Schemas.All.Count, Path.Combine(target, Rendering.Data.Schemas.Folder)).In(say));
                return 0;
            });
        });
        return command;
    }

    private static Command MessagesCommand()
    {
        var rootOption = RootOption();
        var lang = LangOption();
        var guide = new Option<string?>("--guide") { Description = Help(Messages.HelpGuide()) };
        var command = new Command("messages", Help(Messages.HelpMessages())) { rootOption, lang, guide };
        command.SetAction(parse =>
        {
            var say = Speak(parse, rootOption, lang);
            if (parse.GetValue(guide) is not { } file)
            {
                Console.Write(MessageTable.Markdown(say));
                return 0;
            }
            // A file of the repository, read as its sources are: inside it, through no link, as UTF-8.
            var root = Path.GetFullPath(parse.GetValue(rootOption)!);
            var relative = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
            var errors = new ErrorList();
            var source = Loading.SourceFile.Read(root, relative, errors);
            if (source is null) return Report(errors, "text", say);
            var updated = MessageTable.Replace(source.Text, say);
            if (updated is null)
            {
                Console.Error.WriteLine(Messages.Error(Messages.GuideNoPlace(relative, MessageTable.Start, MessageTable.End)).In(say));
                return ExitCodes.ContentErrors;
            }
            File.WriteAllText(Path.Combine(root, relative), updated);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// On GitHub Actions, the run's page shows a summary in Markdown (GITHUB_STEP_SUMMARY): every error, which
    /// annotations show only ten of, and what residents will see change compared with <paramref name="baseRef"/>.
    /// </summary>
    private static void WriteStepSummary(string root, string? baseRef, ErrorList errors, Model.SiteModel? model, MessageCatalogue say)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path)) return;
        (IReadOnlyList<MinatoSite.Review.InitiativeChange>?, IReadOnlyList<Message>?, Message?) review = (null, null, Messages.SummaryNoBase());
        if (baseRef is not null && model is not null && !errors.HasErrors)
        {
            var (before, problem) = MinatoSite.Review.ChangeSummary.LoadBase(root, baseRef);
            review = before is null ? (null, null, problem)
                : (MinatoSite.Review.ChangeSummary.Compare(before, model!), MinatoSite.Review.ChangeSummary.CompareOthers(before, model!), null);
        }
        File.AppendAllText(path, MinatoSite.Review.ChangeSummary.Markdown(errors, model, review, say));
    }

    /// <summary>Prints the warnings of a run that succeeded or failed, before its errors.</summary>
    private static void PrintWarnings(ErrorList errors, string format, MessageCatalogue say)
    {
        foreach (var warning in errors.Warnings())
            Console.Error.WriteLine(format == "github" ? warning.ToGitHubAnnotation(say) : warning.ToString(say));
    }

    /// <summary>Prints every warning and error, in the chosen format, and returns the exit code for content errors.</summary>
    internal static int Report(ErrorList errors, string format, MessageCatalogue say)
    {
        PrintWarnings(errors, format, say);
        var list = errors.Sorted();
        foreach (var error in list)
            Console.Error.WriteLine(format == "github" ? error.ToGitHubAnnotation(say) : error.ToString(say));
        Console.Error.WriteLine(Messages.ErrorCount(list.Count).In(say));
        return ExitCodes.ContentErrors;
    }
}
