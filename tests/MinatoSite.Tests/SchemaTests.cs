using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;
using NJsonSchema;

namespace MinatoSite.Tests;

/// <summary>
/// The JSON Schemas that editors use and the build's own validation agree: both accept every real file and
/// both reject every invalid fixture.
/// </summary>
public sealed class SchemaTests
{
    private static JsonSchema Schema(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(Repository.Root, "schemas", name)).GetAwaiter().GetResult();

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(JsonSchema schema, System.Text.Json.Nodes.JsonNode? json) =>
        schema.Validate(json?.ToJsonString() ?? "null");

    [Fact]
    public void Every_real_initiative_and_translation_passes_its_schema()
    {
        var initiative = Schema("initiative.schema.json");
        var translation = Schema("initiative-translation.schema.json");
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, "input"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != Path.Combine(Repository.Root, "input")).ToList();
        Assert.Equal(98, files.Count);
        foreach (var file in files)
        {
            var schema = Path.GetFileName(file).Count(c => c == '.') > 1 ? translation : initiative;
            var errors = Validate(schema, YamlJson.FrontMatter(File.ReadAllText(file)));
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
        var json = YamlJson.Convert(File.ReadAllText(Path.Combine(Repository.Root, "data", name + ".yml")));
        var errors = Validate(Schema(name + ".schema.json"), json);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    public static TheoryData<string> InvalidFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Fixture("invalid-initiatives"), "*.md").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void The_schema_and_the_build_both_reject_each_invalid_fixture(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Fixture("invalid-initiatives"), fixture));
        Assert.NotEmpty(Validate(Schema("initiative.schema.json"), YamlJson.FrontMatter(text)));

        using var site = new SiteCopy();
        site.Write("input/2-1/2-1-3.md", text);
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "input/2-1/2-1-3.md");
    }

    [Fact]
    public void The_schema_offers_exactly_the_status_codes_and_units_of_data()
    {
        var errors = new ErrorList();
        var model = SiteBuilder.Check(Repository.Root, errors)!;
        var status = Schema("initiative.schema.json").Definitions["status"];
        Assert.Equal(model.Outlooks.Select(c => c.Code), status.Properties["outlook"].Enumeration.Cast<string>());
        Assert.Equal(model.Progresses.Select(c => c.Code), status.Properties["progress"].Enumeration.Cast<string>());
        var units = YamlJson.Convert(File.ReadAllText(Path.Combine(Repository.Root, "data/units.yml")))!["units"]!.AsArray().Select(u => u!.GetValue<string>());
        var threshold = Schema("initiative.schema.json").Definitions["target"].Properties["threshold"];
        Assert.Equal(units, threshold.ActualSchema.Properties["unit"].Enumeration.Cast<string>());
    }

    [Fact]
    public void The_schema_takes_any_strategy_id_the_plan_may_have()
    {
        // Which strategies exist is data/plan.yml's to say; the build checks it, the schema does not copy it.
        var text = File.ReadAllText(Path.Combine(Repository.Root, "input/2-1/2-1-3.md"))
            .Replace("id: 2-1-3", "id: dx-1").Replace("strategy: 2-1", "strategy: dx").Replace("number: 3", "number: 1");
        Assert.Empty(Validate(Schema("initiative.schema.json"), YamlJson.FrontMatter(text)));
    }
}
