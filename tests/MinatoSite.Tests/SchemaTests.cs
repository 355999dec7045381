using MinatoSite.Diagnostics;
using MinatoSite.Rendering.Data;
using MinatoSite.Loading;
using MinatoSite.Tests.Support;
using NJsonSchema;

namespace MinatoSite.Tests;

/// <summary>
/// The JSON Schemas the build publishes for editors are made from <c>data/</c> and from the loader's own lists: they
/// and the loader agree on every real file and on a shared corpus of valid and invalid front matters, and a unit or a
/// strategy added to <c>data/</c> is in the next build's schema with nothing else to change.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SchemaTests(BuiltSite site)
{
    private static JsonSchema Load(string folder, string name) =>
        JsonSchema.FromFileAsync(Path.Combine(folder, Schemas.PathOf(name))).GetAwaiter().GetResult();

    private JsonSchema Schema(string name) => Load(site.Output, name);

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(JsonSchema schema, System.Text.Json.Nodes.JsonNode? json) =>
        schema.Validate(json?.ToJsonString() ?? "null");

    [Fact]
    public void Every_schema_is_published_with_the_site()
    {
        Assert.Equal(Schemas.All.Select(s => Schemas.PathOf(s.Name)).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(site.Output, Schemas.Folder)).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        // VS Code reads them from the built site: each one it names exists.
        var settings = File.ReadAllText(Path.Combine(Repository.Root, ".vscode/settings.json"));
        foreach (var (name, _) in Schemas.All) Assert.Contains($"\"./_site/{Schemas.PathOf(name)}\"", settings);
    }

    [Fact]
    public void Every_real_initiative_and_translation_passes_its_schema()
    {
        var initiative = Schema("initiative");
        var translation = Schema("initiative-translation");
        var files = site.Model.Initiatives.SelectMany(i => i.Translations.Select(t => t.Path).Prepend(i.SourcePath)).ToList();
        Assert.True(files.Count > site.Model.Initiatives.Count(), "translations are checked too");
        foreach (var file in files)
        {
            var schema = Path.GetFileName(file).Count(c => c == '.') > 1 ? translation : initiative;
            var errors = Validate(schema, YamlJson.FrontMatter(File.ReadAllText(Path.Combine(Repository.Root, file))));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("report")]
    [InlineData("statuses")]
    [InlineData("languages")]
    [InlineData("site")]
    [InlineData("units")]
    public void Every_data_file_passes_its_schema(string name)
    {
        // A report's own files are in its folder; the others are the site's.
        var file = name is "plan" or "report" ? $"data/reports/{site.Model.Latest.Report.Id}/{name}.yml" : $"data/{name}.yml";
        var json = YamlJson.Convert(File.ReadAllText(Path.Combine(Repository.Root, file)));
        var errors = Validate(Schema(name), json);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    /// <summary>
    /// Front matters of <c>input/2021-midterm/2-1/2-1-3.md</c>, each an edit of the real one, valid or not. The loader and the
    /// schema must say the same of every one.
    /// </summary>
    public static readonly (string Name, string From, string To, bool Valid)[] Corpus =
    [
        ("as published", "title: 津波避難ビルの確保", "title: 津波避難ビルの確保", true),
        ("title in quotes", "title: 津波避難ビルの確保", "title: \"津波避難ビルの確保\"", true),
        ("title a number", "title: 津波避難ビルの確保", "title: 2021", true),
        ("title empty quotes", "title: 津波避難ビルの確保", "title: \"\"", false),
        ("title blank", "title: 津波避難ビルの確保", "title: \"  \"", false),
        ("title full-width blank", "title: 津波避難ビルの確保", "title: \"\u3000\"", false),
        ("title null ~", "title: 津波避難ビルの確保", "title: ~", false),
        ("title null word", "title: 津波避難ビルの確保", "title: null", false),
        ("title missing", "title: 津波避難ビルの確保\n", "", false),
        ("title a list", "title: 津波避難ビルの確保", "title:\n  - 津波", false),
        ("number in quotes", "number: 3", "number: \"3\"", true),
        ("number zero", "number: 3", "number: 0", false),
        ("number negative", "number: 3", "number: -3", false),
        ("number with decimals", "number: 3", "number: 3.5", false),
        ("number a word", "number: 3", "number: three", false),
        ("unknown field", "title: 津波避難ビルの確保", "title: 津波避難ビルの確保\ncolour: red", false),
        ("strategy unknown", "strategy: 2-1", "strategy: 2-9", false),
        ("achievements empty list", "achievements:\n  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n", "achievements: []\n", true),
        ("achievements a text", "achievements:\n  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n", "achievements: 調整中\n", false),
        ("achievement empty", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - \"\"", false),
        ("achievement left empty", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  -", false),
        ("achievement null", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - ~", false),
        ("achievement in quotes", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - \"調整中: 4箇所\"", true),
        ("achievement a placeholder", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - 取組実績を書いてください", false),
        ("achievement a set of fields", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - 調整中: 4箇所", false),
        ("target without text", "  - text: 新たに指定した津波避難ビルの数：1箇所\n", "  - \n", false),
        ("target a placeholder", "text: 新たに指定した津波避難ビルの数：1箇所", "text: \"目標を書いてください（例: …と回答した割合：55%以上）\"", false),
        ("threshold without unit", "      unit: 箇所\n", "", false),
        ("threshold value in quotes", "value: 1", "value: \"1\"", true),
        ("threshold value decimal", "value: 1", "value: 1.5", true),
        ("threshold value negative", "value: 1", "value: -1", false),
        ("threshold value with comma", "value: 1", "value: 1,000", false),
        ("threshold value with unit", "value: 1", "value: 1箇所", false),
        ("threshold unit unknown", "unit: 箇所", "unit: か所", false),
        ("threshold comparison", "unit: 箇所", "unit: 箇所\n      comparison: at-most", true),
        ("threshold comparison in Japanese", "unit: 箇所", "unit: 箇所\n      comparison: 以下", false),
        ("threshold out of", "unit: 箇所", "unit: 箇所\n      outOf: 5", true),
        ("threshold out of 0", "unit: 箇所", "unit: 箇所\n      outOf: 0", false),
        ("threshold out of left empty", "unit: 箇所", "unit: 箇所\n      outOf:", true),
        ("threshold comparison left empty", "unit: 箇所", "unit: 箇所\n      comparison:", true),
        ("threshold a text", "    threshold:\n      value: 1\n      unit: 箇所\n", "    threshold: 1箇所\n", false),
        ("status missing", "status:\n  outlook: achieve\n  progress: behind-schedule\n", "", false),
        ("status code unknown", "progress: behind-schedule", "progress: behind", false),
        ("status code empty", "progress: behind-schedule", "progress:", false),
        ("status axis missing", "  progress: behind-schedule\n", "", false),
        ("status label", "progress: behind-schedule", "progress: 取組予定通り進捗していない", false),
        ("updated a day", "number: 3", "number: 3\nupdated: 2021-12-24", true),
        ("updated left empty", "number: 3", "number: 3\nupdated:", true),
        ("repostOf null", "number: 3", "number: 3\nrepostOf: ~", true),
        ("achievements left empty", "achievements:\n  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n", "achievements:\n", true),
        ("updated a month", "number: 3", "number: 3\nupdated: 2021-12", false),
        ("updated with slashes", "number: 3", "number: 3\nupdated: 2021/12/24", false),
        ("re-listing with a status", "number: 3", "number: 3\nrepostOf: 3-1-2", false),
        ("targets note", "targets:\n", "targetsNote: 次の指標の達成をめざす。\ntargets:\n", true),
        ("targets note in quotes", "targets:\n", "targetsNote: \"次の指標: 1箇所\"\ntargets:\n", true),
        ("targets note left empty", "targets:\n", "targetsNote:\ntargets:\n", true),
        ("targets note empty quotes", "targets:\n", "targetsNote: \"\"\ntargets:\n", false),
        ("targets note blank", "targets:\n", "targetsNote: \"\u3000\"\ntargets:\n", false),
        ("targets note a list", "targets:\n", "targetsNote:\n  - 次の指標の達成をめざす。\ntargets:\n", false),
        ("targets note a placeholder", "targets:\n", $"targetsNote: \"{Placeholders.Target}\"\ntargets:\n", false),
        ("re-listing", RelistedFrom, "repostOf: 3-1-2\n---\n", true),
        ("re-listing with a targets note", RelistedFrom, "repostOf: 3-1-2\ntargetsNote: 次の指標の達成をめざす。\n---\n", false),
        ("re-listing with a targets note left empty", RelistedFrom, "repostOf: 3-1-2\ntargetsNote:\n---\n", true),
    ];

    /// <summary>Everything of 2-1-3 after its title, which a re-listing does not have: its achievements, targets, status and narrative.</summary>
    private static string RelistedFrom
    {
        get
        {
            var text = File.ReadAllText(Path.Combine(Repository.Fixture("frozen"), "input/2021-midterm/2-1/2-1-3.md")).ReplaceLineEndings("\n");
            return text[text.IndexOf("achievements:\n", StringComparison.Ordinal)..];
        }
    }

    /// <summary>What only the loader can check: a schema sees one file, and not today's date.</summary>
    public static readonly (string Name, string From, string To, string Why)[] LoaderOnly =
    [
        ("id not the file's", "id: 2-1-3", "id: 2-1-4", "the id must match the file name and number: a schema does not see the file name"),
        ("updated after today", "number: 3", "number: 3\nupdated: 2999-01-01", "a schema does not know today's date"),
        ("value above its scale", "unit: 箇所", "unit: 箇所\n      outOf: 0.5", "a schema cannot compare two values"),
        ("value with four decimals", "value: 1", "value: 1.0005", "pages show three decimals in every language's unit: a schema does not know the units' divisors"),
        ("number with a plus sign", "number: 3", "number: +3", "YAML reads +3 as the number 3, the loader takes digits only"),
        ("value with an exponent", "value: 1", "value: 1e3", "YAML reads 1e3 as the number 1000, the loader takes digits and a point only"),
    ];

    public static TheoryData<string> CorpusNames => new(Corpus.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public void The_loader_and_the_schema_agree_on_each_front_matter_of_the_corpus(string name)
    {
        var (_, from, to, valid) = Corpus.Single(c => c.Name == name);
        var (loader, schema) = Judge(from, to);
        Assert.True(loader == valid, $"the loader {(loader ? "accepts" : "refuses")} '{name}'");
        Assert.True(schema.Count == 0 == valid, $"the schema {(schema.Count == 0 ? "accepts" : "refuses")} '{name}': {string.Join("; ", schema)}");
    }

    public static TheoryData<string> LoaderOnlyNames => new(LoaderOnly.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(LoaderOnlyNames))]
    public void What_only_the_loader_can_check_is_refused_by_the_loader(string name)
    {
        var (_, from, to, why) = LoaderOnly.Single(c => c.Name == name);
        var (loader, schema) = Judge(from, to);
        Assert.False(loader, $"the loader accepts '{name}'");
        // Listed here because the schema cannot say it; if it ever can, the case belongs in the corpus.
        Assert.True(schema.Count == 0, $"the schema refuses '{name}' ({why}): move it to the corpus");
    }

    private (bool Loader, ICollection<NJsonSchema.Validation.ValidationError> Schema) Judge(string from, string to)
    {
        using var copy = new SiteCopy().Frozen();
        copy.Replace("input/2021-midterm/2-1/2-1-3.md", from, to);
        var errors = new ErrorList();
        SiteBuilder.Check(copy.Root, errors);
        var loader = !errors.Sorted().Any(e => e.File == "input/2021-midterm/2-1/2-1-3.md");
        return (loader, Validate(Schema("initiative"), YamlJson.FrontMatter(copy.Read("input/2021-midterm/2-1/2-1-3.md"))));
    }

    [Fact]
    public void A_new_unit_is_one_line_of_data_and_its_label_per_language()
    {
        // As the guide says: data/units.yml and each file of data/strings/, nothing else.
        using var copy = new SiteCopy();
        copy.Frozen();
        copy.Replace("data/units.yml", "units:\n", "units:\n  - 人\n");
        copy.Replace("data/strings/ja.yml", "\nunit:\n", "\nunit:\n  人:\n    other: \"{value}人\"\n");
        copy.Replace("data/strings/en.yml", "\nunit:\n", "\nunit:\n  人:\n    one: \"{value} person\"\n    other: \"{value} people\"\n");
        copy.Replace("input/2021-midterm/2-1/2-1-3.md", "unit: 箇所", "unit: 人");
        using var output = new TempFolder();
        var errors = new ErrorList();
        var built = SiteBuilder.Build(new BuildOptions(copy.Root, output["_site"]), errors);
        Assert.True(built is not null, string.Join("\n", errors.Sorted()));
        Assert.Empty(Validate(Load(output["_site"], "initiative"), YamlJson.FrontMatter(copy.Read("input/2021-midterm/2-1/2-1-3.md"))));
        Assert.Contains("1人", File.ReadAllText(Path.Combine(output["_site"], "2021/midterm/strategies/2-1/index.html")));
        Assert.Contains("1 person", File.ReadAllText(Path.Combine(output["_site"], "en/2021/midterm/strategies/2-1/index.html")));
    }

    [Fact]
    public void A_new_strategy_is_in_the_next_schema()
    {
        using var copy = new SiteCopy();
        // A challenge of its own at the end of the plan, whatever the plan holds before it.
        copy.Append("data/reports/2021-midterm/plan.yml", "  - id: digital\n    title: 区役所のデジタル化\n    strategies:\n      - id: dx\n        title: 行政手続のオンライン化\n");
        using var output = new TempFolder();
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(copy.Root, output["_site"]), errors) is not null, string.Join("\n", errors.Sorted()));
        var text = copy.Read("input/2021-midterm/2-1/2-1-3.md").Replace("id: 2-1-3", "id: dx-1").Replace("strategy: 2-1", "strategy: dx").Replace("number: 3", "number: 1");
        Assert.Empty(Validate(Load(output["_site"], "initiative"), YamlJson.FrontMatter(text)));
        Assert.NotEmpty(Validate(Schema("initiative"), YamlJson.FrontMatter(text)));
    }

    [Fact]
    public void The_schemas_command_writes_them_while_the_content_has_errors()
    {
        using var copy = new SiteCopy().Frozen();
        copy.Replace("input/2021-midterm/2-1/2-1-3.md", "progress: behind-schedule", "progress: behind");
        using var output = new TempFolder();
        var (exit, text) = Programs.Run($"schemas --root \"{copy.Root}\" --output \"{output.Path}\"");
        Assert.True(exit == 0, text);
        foreach (var (name, _) in Schemas.All)
            Assert.Equal(site.Text(Schemas.PathOf(name)), File.ReadAllText(Path.Combine(output.Path, Schemas.PathOf(name))));
        // Once the content is mended, the build replaces that folder as its own.
        copy.Replace("input/2021-midterm/2-1/2-1-3.md", "progress: behind", "progress: behind-schedule");
        var (built, log) = Programs.Run($"build --no-search --root \"{copy.Root}\" --output \"{output.Path}\"");
        Assert.True(built == 0, log);
        // A folder the program did not make is refused, as a build refuses it.
        using var foreign = new TempFolder();
        File.WriteAllText(foreign["notes.txt"], "mine");
        Assert.Equal(2, Programs.Run($"schemas --root \"{copy.Root}\" --output \"{foreign.Path}\"").ExitCode);
        Assert.False(Directory.Exists(foreign["schemas"]));
    }
}
