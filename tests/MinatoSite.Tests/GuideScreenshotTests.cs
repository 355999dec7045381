using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Microsoft.Playwright;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The pictures of a pull request's summary and annotations in the editing guide are of a real run of the program:
/// a staff member's change to a copy of the content, checked against the commit before it, as the pull-request
/// workflow does. Each picture is kept in <c>docs/images/</c> beside the text it shows; the test fails when the
/// program would now say something else, and writes both anew with <c>MINATOSITE_GUIDE_IMAGES=write</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class GuideScreenshotTests(BrowserSite browser) : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";
    private static readonly string Images = Path.Combine(Repository.Root, "docs", "images");
    private static bool Write => Environment.GetEnvironmentVariable("MINATOSITE_GUIDE_IMAGES") == "write";

    private void Git(string arguments)
    {
        var (exit, output) = Programs.Run("git", $"-C \"{Site.Root}\" -c user.name=test -c user.email=test@example.invalid -c commit.gpgsign=false {arguments}",
            new Dictionary<string, string?> { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1" });
        Assert.True(exit == 0, output);
    }

    /// <summary>The staff member's change, committed on top of the real content, checked as the pull request's workflow checks it.</summary>
    private (string Annotations, string Summary) CheckChange(Action change)
    {
        Site.Frozen();
        Git("init -q");
        Git("add -A");
        Git("commit -q -m base");
        change();
        var summary = Output["summary.md"];
        File.Delete(summary);
        var (_, output) = Programs.Run($"check --format github --base HEAD --root \"{Site.Root}\"", new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        return (output, File.ReadAllText(summary));
    }

    private void ChangeStatusAndAddAnAchievement()
    {
        Site.Replace(File213, "progress: behind-schedule", "progress: on-schedule");
        Site.Replace(File213, "  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n  - 新たに1箇所を指定\n");
    }

    [Fact]
    public async Task The_summary_of_a_change_without_errors_is_pictured_from_a_real_run()
    {
        var (_, summary) = CheckChange(ChangeStatusAndAddAnAchievement);
        Assert.Contains(MinatoSite.Diagnostics.Messages.SummaryChangesTitle().In(MinatoSite.Diagnostics.MessageCatalogue.Japanese), summary);
        await Picture("pr-summary-changes", summary, SummaryPage(summary));
    }

    [Fact]
    public async Task The_summary_and_the_annotation_of_a_mistake_are_pictured_from_a_real_run()
    {
        var (annotations, summary) = CheckChange(() =>
        {
            ChangeStatusAndAddAnAchievement();
            Site.Replace(File213, "progress: on-schedule", "progress: 取組予定通り進捗している");
        });
        await Picture("pr-summary-errors", summary, SummaryPage(summary));
        var annotation = annotations.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("::error ", StringComparison.Ordinal));
        await Picture("pr-annotation", annotation + "\n", AnnotationPage(annotation));
    }

    /// <summary>Compares the text with the guide's copy, and takes the picture (into the guide's folder when asked).</summary>
    private async Task Picture(string name, string text, string html)
    {
        // A low window: the picture is as high as what it shows.
        var (page, _) = await browser.NewPage(width: 900, height: 100, javaScript: false);
        await page.SetContentAsync(html);
        var taken = Path.Combine(BrowserSite.ScreenshotFolder, $"guide-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = taken, FullPage = true });
        await page.Context.CloseAsync();
        var kept = Path.Combine(Images, name + ".txt");
        if (Write)
        {
            Directory.CreateDirectory(Images);
            File.Copy(taken, Path.Combine(Images, name + ".png"), overwrite: true);
            File.WriteAllText(kept, text);
        }
        Assert.True(File.Exists(Path.Combine(Images, name + ".png")), $"docs/images/{name}.png is missing");
        Assert.True(File.Exists(kept) && File.ReadAllText(kept).Replace("\r\n", "\n") == text,
            $"the program now says something else than docs/images/{name}.txt shows: take the guide's pictures again with " +
            $"'MINATOSITE_GUIDE_IMAGES=write dotnet test tests/MinatoSite.Tests --filter GuideScreenshotTests' and look at them before committing");
    }

    private static string SummaryPage(string summary) => Page("Check pull request — Summary",
        Markdown.ToHtml(summary, new MarkdownPipelineBuilder().UsePipeTables().Build()));

    /// <summary>The annotated line in its file, with the annotation under it, as the pull request's "Files changed" shows it.</summary>
    private string AnnotationPage(string annotation)
    {
        var match = AnnotationPattern().Match(annotation);
        Assert.True(match.Success, annotation);
        static string Unescape(string value) => value.Replace("%3A", ":").Replace("%2C", ",").Replace("%0A", "\n").Replace("%0D", "\r").Replace("%25", "%");
        var file = Unescape(match.Groups["file"].Value);
        var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var lines = Site.Read(file).Split('\n');
        var rows = string.Concat(Enumerable.Range(Math.Max(1, line - 3), Math.Min(lines.Length, line + 1) - Math.Max(1, line - 3) + 1).Select(n =>
            $"<tr><td class=\"n\">{n}</td><td><code>{WebUtility.HtmlEncode(lines[n - 1])}</code></td></tr>"
            + (n == line ? $"<tr><td></td><td><div class=\"annotation\"><strong>{WebUtility.HtmlEncode(Unescape(match.Groups["title"].Value))}</strong><p>{WebUtility.HtmlEncode(Unescape(match.Groups["message"].Value))}</p><small>Check pull request</small></div></td></tr>" : "")));
        return Page("Files changed", $"<h2><code>{WebUtility.HtmlEncode(file)}</code></h2><table class=\"file\">{rows}</table>");
    }

    [GeneratedRegex(@"^::error file=(?<file>[^,]+),line=(?<line>\d+),title=(?<title>[^:]*)::(?<message>.*)$")]
    private static partial Regex AnnotationPattern();

    private static string Page(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
        body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; margin: 0; padding: 24px; background: #fff; }
        .frame { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
        .frame > .caption { color: #59636e; font-size: 12px; margin: 0 0 8px; }
        h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: 6px; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border: 1px solid #d1d9e0; padding: 6px 12px; vertical-align: top; }
        th { background: #f6f8fa; }
        td:first-child, th:first-child, td:nth-child(2), td:nth-child(3) { white-space: nowrap; }
        code { font-family: "Noto Sans Mono CJK JP", monospace; font-size: 13px; }
        table.file td { border: none; padding: 0 8px; white-space: pre; }
        table.file td.n { color: #59636e; text-align: right; user-select: none; }
        .annotation { border: 1px solid #d1242f; border-left: 4px solid #d1242f; border-radius: 6px; background: #ffebe9; padding: 8px 12px; margin: 4px 0 8px; white-space: normal; }
        .annotation p { margin: 4px 0; }
        .annotation small { color: #59636e; }
        </style></head>
        <body><div class="frame"><p class="caption">{{WebUtility.HtmlEncode(title)}}</p>{{body}}</div></body></html>
        """;
}
