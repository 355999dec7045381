using MinatoSite.Cli;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// <c>new-report</c> starts the next report as a draft from an earlier one: the plan and the initiatives carried
/// over, what the new report must say for itself left to write, and <c>check</c> lists each of those per file and
/// line as a warning. Made on a copy of the content: the new report is never published.
/// </summary>
public sealed class NewReportTests : ScratchSiteTests
{
    private const string Id = "2022-midterm";

    private int Start(string id = Id, string? from = null)
    {
        var written = ReportTemplate.Create(Site.Root, id, 2022, "midterm", from, new ErrorList(), out var problem);
        Assert.True(written is not null, problem?.English);
        return written.Value;
    }

    [Fact]
    public void The_new_report_carries_the_plan_and_initiatives_and_lists_what_is_left_to_write()
    {
        var before = SiteBuilder.Check(Site.Root, new ErrorList())!;
        var from = before.Latest;
        var translations = from.Initiatives.Sum(i => i.Translations.Count);
        var plans = Directory.EnumerateFiles(Site.PathOf($"data/reports/{from.Report.Id}"), "plan*.yml").Count();
        Assert.Equal(1 + plans + from.Initiatives.Count() + translations, Start());

        var errors = new ErrorList();
        SiteBuilder.Check(Site.Root, errors);
        Assert.True(errors.Sorted().Count == 0, string.Join("\n", errors.Sorted()));
        var warnings = errors.Warnings();
        Assert.All(warnings, w => Assert.Contains("the report is a draft", w.Message));
        // Each initiative of its own: its results and its two status codes; the report: its title and meeting.
        foreach (var initiative in from.Initiatives.Where(i => i.RepostOfId is null))
        {
            var file = $"input/{Id}/{initiative.Strategy.Id}/{initiative.Id}.md";
            Assert.Equal(3, warnings.Count(w => w.File == file));
        }
        Assert.Equal(2, warnings.Count(w => w.File == $"data/reports/{Id}/report.yml"));
        // The plan's titles and the targets are the earlier report's.
        Assert.Equal(File.ReadAllText(Site.PathOf($"data/reports/{from.Report.Id}/plan.yml")), File.ReadAllText(Site.PathOf($"data/reports/{Id}/plan.yml")));
        var first = from.Initiatives.First(i => i.Targets.Count > 0);
        Assert.Contains(first.Targets[0].Text.Source, Site.Read($"input/{Id}/{first.Strategy.Id}/{first.Id}.md"));
    }

    [Fact]
    public void The_published_site_does_not_change_and_a_written_initiative_shows_in_the_drafts()
    {
        var published = Build(drafts: false);
        Start();
        Assert.Equal(published, Build(drafts: false));

        // A staff member writes one initiative: its results and status.
        var file = $"input/{Id}/2-1/2-1-3.md";
        Site.Replace(file, "  - \"取組実績を書いてください\"", "  - 新たに1箇所を指定");
        Site.Replace(file, "  outlook:\n  progress:\n", "  outlook: achieve\n  progress: on-schedule\n");
        var drafts = Build(drafts: true);
        Assert.Contains("id=\"initiative-2-1-3\"", drafts["2022/midterm/strategies/2-1/index.html"]);
        Assert.DoesNotContain("id=\"initiative-2-1-1\"", drafts["2022/midterm/strategies/2-1/index.html"]);
        Assert.Contains("新たに1箇所を指定", drafts["2022/midterm/strategies/2-1/index.html"]);
    }

    [Fact]
    public void A_targets_note_carries_over_like_the_targets_in_every_language()
    {
        var first = SiteBuilder.Check(Site.Root, new ErrorList())!.Latest.Initiatives.First(i => i.RepostOfId is null && i.Targets.Count > 0 && i.Translations.Count > 0);
        Site.Replace(first.SourcePath, "targets:\n", "targetsNote: 次の指標の達成をめざす。\ntargets:\n");
        foreach (var translation in first.Translations)
            Site.Replace(translation.Path, "targets:\n", $"targetsNote: \"Aim at the following ({translation.Language.Code}).\"\ntargets:\n");
        var before = SiteBuilder.Check(Site.Root, new ErrorList())!;
        var noted = before.Latest.Initiatives.Single(i => i.Id == first.Id);
        Start();

        // Written in the new files as the targets are, in every language.
        var file = $"input/{Id}/{noted.Strategy.Id}/{noted.Id}.md";
        Assert.Contains($"targetsNote: \"{noted.TargetsNote!.Source}\"\ntargets:\n", Site.Read(file));
        foreach (var translation in noted.Translations)
            Assert.Contains($"targetsNote: \"{noted.TargetsNote.In(translation.Language)}\"\ntargets:\n",
                Site.Read($"input/{Id}/{noted.Strategy.Id}/{Path.GetFileName(translation.Path)}"));
        // Once its results and status are written, the initiative has the note of the earlier report.
        Site.Replace(file, "  - \"取組実績を書いてください\"", "  - 新たに1箇所を指定");
        Site.Replace(file, "  outlook:\n  progress:\n", "  outlook: achieve\n  progress: on-schedule\n");
        var errors = new ErrorList();
        var after = SiteBuilder.Check(Site.Root, errors);
        Assert.True(after is not null && errors.Sorted().Count == 0, string.Join("\n", errors.Sorted()));
        var carried = after.Reports.Single(r => r.Id == Id).Initiatives.Single(i => i.Id == noted.Id);
        Assert.Equal(noted.TargetsNote.Source, carried.TargetsNote!.Source);
        foreach (var language in after.Languages)
            Assert.Equal(noted.TargetsNote.In(language), carried.TargetsNote.In(language));
        Assert.True(noted.Translations.All(t => noted.TargetsNote.IsTranslated(t.Language)));
        Assert.True(carried.Translations.All(t => carried.TargetsNote.IsTranslated(t.Language)));
    }

    [Fact]
    public void It_refuses_a_report_that_exists_or_a_name_that_cannot_be_an_address()
    {
        Start();
        Assert.Null(ReportTemplate.Create(Site.Root, Id, 2022, "midterm", null, new ErrorList(), out var exists));
        Assert.Contains("exists already", exists!.English);
        Assert.Null(ReportTemplate.Create(Site.Root, "令和4年度", 2022, "midterm", null, new ErrorList(), out var name));
        Assert.Contains("only letters, digits and '-'", name!.English);
        Assert.Null(ReportTemplate.Create(Site.Root, "2022-yearend", 2022, "yearend", "2020-midterm", new ErrorList(), out var from));
        Assert.Contains("2021-midterm", from!.English);
        // A second report of a year and stage that has one would share its addresses.
        Assert.Null(ReportTemplate.Create(Site.Root, "2021-midterm-2", 2021, "midterm", null, new ErrorList(), out var twin));
        Assert.Contains("the report '2021-midterm' has the same fiscal year (2021) and stage (midterm)", twin!.English);
        Assert.False(Directory.Exists(Site.PathOf("input/2021-midterm-2")));
    }

    private Dictionary<string, string> Build(bool drafts)
    {
        var output = Output[$"{Guid.NewGuid():N}/_site"];
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, output) { Drafts = drafts }, errors) is not null, string.Join("\n", errors.Sorted()));
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllText);
    }
}
