using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// A pull request explains itself: the run's summary lists every error, and what residents will see change, compared
/// with the base branch's content by the program itself.
/// </summary>
public sealed class PullRequestSummaryTests : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";

    private void Git(string arguments)
    {
        // The machine's own git settings (signing, hooks) play no part.
        var (exit, output) = Programs.Run("git", $"-C \"{Site.Root}\" -c user.name=test -c user.email=test@example.invalid -c commit.gpgsign=false {arguments}",
            new Dictionary<string, string?> { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1" });
        Assert.True(exit == 0, output);
    }

    private (int Exit, string Output, string Summary) CheckAgainstHead()
    {
        var summary = Output["summary.md"];
        var (exit, output) = Programs.Run($"check --format github --base HEAD --root \"{Site.Root}\"", new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        return (exit, output, File.Exists(summary) ? File.ReadAllText(summary) : "");
    }

    public PullRequestSummaryTests()
    {
        Git("init -q");
        Git("add -A");
        Git("commit -q -m base");
    }

    [Fact]
    public void The_summary_shows_each_status_change_and_text_added_by_the_initiative_it_belongs_to()
    {
        var model = SiteBuilder.Check(Site.Root, new MinatoSite.Diagnostics.ErrorList())!;
        var initiative = model.Initiatives.Single(i => i.SourcePath == File213);
        var progress = initiative.Status!["progress"]!;
        var other = model.Stages["midterm"].Single(a => a.Id == "progress").Codes.First(p => p != progress);
        var labels = model.Catalogues["ja"];
        Site.Replace(File213, $"progress: {progress.Code}", $"progress: {other.Code}");
        var item = Site.Read(File213).Split('\n').First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        Site.Replace(File213, item + "\n", item + "\n  - 新たに1箇所を指定\n");

        var (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        Assert.Contains("エラーはありません", summary);
        var row = summary.Split('\n').Single(l => l.StartsWith($"| {initiative.Id} ", StringComparison.Ordinal));
        Assert.Contains($"{labels["axis.progress"]}: {labels[progress.LabelKey]} → **{labels[other.LabelKey]}**", row);
        Assert.Contains("取組実績 1件追加", row);
        // Nothing else is listed as changed; the English file that has not caught up yet is a warning above.
        var changes = summary[summary.IndexOf("## 住民に見える変更", StringComparison.Ordinal)..].Split('\n');
        Assert.Single(changes, l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| 具体的取組", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal));
        Assert.Contains("| 警告 | `input/2021-midterm/2-1/2-1-3.en.md`", summary);
    }

    [Fact]
    public void Every_error_is_in_the_summary_and_annotations_have_a_japanese_title()
    {
        // More errors than the ten annotations GitHub shows per step.
        foreach (var file in Directory.EnumerateFiles(Site.PathOf("input"), "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal) && Path.GetDirectoryName(f) != Site.PathOf("input")).Take(12))
            File.WriteAllText(file, File.ReadAllText(file).Replace("title:", "titel:"));
        var (exit, output, summary) = CheckAgainstHead();
        Assert.Equal(1, exit);
        Assert.Contains("::error file=", output);
        Assert.Contains("title=内容のエラー", output);
        var rows = summary.Split('\n').Count(l => l.StartsWith("| エラー |", StringComparison.Ordinal));
        Assert.True(rows >= 24, $"only {rows} error rows:\n{summary}");
        Assert.Contains("直すと、ここに変更点が出ます", summary);
    }

    [Fact]
    public void An_unchanged_branch_changes_nothing_for_residents()
    {
        var (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        Assert.Contains("住民に見える変更はありません", summary);
    }

    [Fact]
    public void A_page_of_input_or_a_strategy_title_changed_is_listed_too()
    {
        var model = SiteBuilder.Check(Site.Root, new MinatoSite.Diagnostics.ErrorList())!;
        var page = model.Pages.First();
        File.AppendAllText(Site.PathOf(page.SourcePath), "\n追記した段落。\n");
        var strategy = model.Strategies.First();
        Site.Replace("data/reports/2021-midterm/plan.yml", $"title: {strategy.Title.Source}", $"title: {strategy.Title.Source}（改）");
        var (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        Assert.Contains($"- ページ「{page.Title.Source}」を変更", summary);
        Assert.Contains($"- 戦略 {strategy.Id} の名称を変更", summary);
        Assert.Contains("具体的取組の表示は変わりません", summary);
    }

    [Fact]
    public void A_targets_note_added_or_changed_is_listed()
    {
        var say = MinatoSite.Diagnostics.MessageCatalogue.Japanese;
        var what = MinatoSite.Diagnostics.Messages.TheTargetsNote();
        Site.Replace(File213, "targets:\n", "targetsNote: 次の指標の達成をめざす。\ntargets:\n");
        var (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        var row = summary.Split('\n').Single(l => l.StartsWith("| 2-1-3 ", StringComparison.Ordinal));
        Assert.Contains(MinatoSite.Diagnostics.Messages.ItemsAdded(what, 1).In(say), row);

        Git("commit -q -a -m note");
        // GitHub appends to the run's summary: the second check's is read alone.
        File.Delete(Output["summary.md"]);
        Site.Replace(File213, "targetsNote: 次の指標の達成をめざす。", "targetsNote: 次の2つの指標の達成をめざす。");
        (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        row = summary.Split('\n').Single(l => l.StartsWith("| 2-1-3 ", StringComparison.Ordinal));
        Assert.Contains(MinatoSite.Diagnostics.Messages.TextChanged(what).In(say), row);
    }

    [Fact]
    public void A_change_to_a_translation_alone_or_to_the_japanese_alone_is_said_so()
    {
        // The English target of 2-1-3 corrected; the Japanese narrative of 2-1-3 changed without its English.
        Site.Replace("input/2021-midterm/2-1/2-1-3.en.md", "1 location", "one location");
        File.AppendAllText(Site.PathOf(File213), "\n追記した段落。\n");
        var (exit, _, summary) = CheckAgainstHead();
        Assert.Equal(0, exit);
        var row = summary.Split('\n').Single(l => l.StartsWith("| 2-1-3 ", StringComparison.Ordinal));
        Assert.Contains("目標の翻訳（en）だけを変更", row);
        Assert.Contains("課題・改善策を変更（翻訳 en はそのまま）", row);
    }
}
