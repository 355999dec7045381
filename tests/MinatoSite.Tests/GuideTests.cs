using MinatoSite.Cli;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The editing guide shows what the program says: its table of every message is the program's own, and each example
/// of a common mistake is the message the program gives for that mistake, word for word, in Japanese.
/// </summary>
public sealed class GuideTests
{
    private static readonly string GuidePath = Path.Combine(Repository.Root, "docs/editing-guide.md");

    private static string Guide => File.ReadAllText(GuidePath).Replace("\r\n", "\n");

    [Fact]
    public void The_table_of_messages_is_the_programs_own()
    {
        var expected = MessageTable.Replace(Guide, MessageCatalogue.Japanese);
        Assert.True(expected is not null, $"{GuidePath} has no lines {MessageTable.Start} and {MessageTable.End}");
        Assert.True(expected == Guide,
            "the table of messages in docs/editing-guide.md is not the program's: run 'dotnet run --project src/MinatoSite -- messages --lang ja --guide docs/editing-guide.md'");
    }

    [Fact]
    public void Every_picture_of_the_guide_is_shown_in_it_and_exists()
    {
        var images = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs/images"), "*.png").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(images);
        foreach (var image in images) Assert.Contains($"](images/{image})", Guide);
        foreach (System.Text.RegularExpressions.Match shown in System.Text.RegularExpressions.Regex.Matches(Guide, @"!\[[^\]]+\]\((images/[^)]+)\)"))
            Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", shown.Groups[1].Value)), shown.Value);
    }

    /// <summary>A common mistake, made on a copy of the real content: an edit of one file.</summary>
    public sealed record Mistake(string File, string From, string To, string? Reported = null);

    public static TheoryData<string> Mistakes => new(Cases.Keys);

    private static readonly Dictionary<string, Mistake> Cases = new()
    {
        ["space after the colon forgotten"] = new("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title 津波避難ビルの確保"),
        ["': ' in a value"] = new("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title: 津波避難ビル: 確保"),
        ["': ' in an item"] = new("input/2021-midterm/2-1/2-1-3.md", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - 調整中: 4箇所"),
        ["% not quoted"] = new("input/2021-midterm/1-1/1-1-1.md", "unit: \"%\"", "unit: %"),
        ["wrong status code"] = new("input/2021-midterm/2-1/2-1-3.md", "progress: behind-schedule", "progress: behind"),
        ["status label"] = new("input/2021-midterm/2-1/2-1-3.md", "progress: behind-schedule", "progress: 取組予定通り進捗していない"),
        ["status left empty"] = new("input/2021-midterm/2-1/2-1-3.md", "progress: behind-schedule", "progress:"),
        ["indentation"] = new("input/2021-midterm/2-1/2-1-3.md", "  progress: behind-schedule", "   progress: behind-schedule"),
        ["tab"] = new("input/2021-midterm/2-1/2-1-3.md", "  progress: behind-schedule", "\tprogress: behind-schedule"),
        ["full-width space indent"] = new("input/2021-midterm/2-1/2-1-3.md", "  progress: behind-schedule", "　progress: behind-schedule"),
        ["full-width colon"] = new("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title：津波避難ビルの確保"),
        ["quote in quotes"] = new("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title: \"津波\"避難\"ビル\"の確保\""),
        ["full-width digits"] = new("input/2021-midterm/2-1/2-1-3.md", "number: 3", "number: ３"),
        ["misspelt field"] = new("input/2021-midterm/2-1/2-1-3.md", "achievements:", "achievments:"),
        ["id mismatch"] = new("input/2021-midterm/2-1/2-1-3.md", "id: 2-1-3", "id: 2-1-9"),
        ["unknown strategy"] = new("input/2021-midterm/2-1/2-1-3.md", "strategy: 2-1", "strategy: 2-9"),
        ["missing re-listed"] = new("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2", "repostOf: 3-1-9"),
        ["status on a re-listing"] = new("input/2021-midterm/3-3/3-3-1.md", "repostOf: 3-1-2", "repostOf: 3-1-2\nstatus:\n  outlook: achieve\n  progress: on-schedule"),
        ["comma in a value"] = new("input/2021-midterm/1-1/1-1-1.md", "value: 55", "value: 4,400"),
        ["unknown unit"] = new("input/2021-midterm/2-1/2-1-3.md", "unit: 箇所", "unit: か所"),
        ["comparison in Japanese"] = new("input/2021-midterm/1-1/1-1-1.md", "comparison: at-least", "comparison: 以上"),
        ["achievements without '- '"] = new("input/2021-midterm/2-1/2-1-3.md", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  新たに指定する津波避難ビルの調整（4箇所調整中）"),
        ["link to no file"] = new("input/2021-midterm/2-1/2-1-3.md", "働きかけを行う予定である。", "働きかけを行う予定である。[具体的取組3-1-9](../3-1/3-1-9.md)"),
        ["link to no page"] = new("input/2021-midterm/2-1/2-1-3.md", "働きかけを行う予定である。", "働きかけを行う予定である。[戦略9-9](/strategies/9-9/)"),
        ["front matter not closed"] = new("input/2021-midterm/2-1/2-1-3.md", "  progress: behind-schedule\n---\n", "  progress: behind-schedule\n"),
        ["status in a translation"] = new("input/2021-midterm/2-1/2-1-3.en.md", "targets:", "status:\n  outlook: achieve\ntargets:"),
        ["translation behind (warning)"] = new("input/2021-midterm/2-1/2-1-3.md", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）", "  - 新たに指定する津波避難ビルの調整（4箇所調整中）\n  - 新たに1箇所を指定", "input/2021-midterm/2-1/2-1-3.en.md"),
        ["copied file, id unchanged"] = new("input/2021-midterm/2-1/2-1-3.md", "", "", "input/2021-midterm/2-1/2-1-7.md"),
        ["renamed file, id unchanged"] = new("input/2021-midterm/2-1/2-1-3.md", "", "move", "input/2021-midterm/2-1/2-1-9.md"),
        ["saved as Shift_JIS"] = new("input/2021-midterm/2-1/2-1-3.md", "", "shift_jis"),
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_example_is_what_the_program_says_for_that_mistake(string name)
    {
        var mistake = Cases[name];
        using var site = new SiteCopy().Frozen();
        if (mistake.From.Length > 0) site.Replace(mistake.File, mistake.From, mistake.To);
        // Saved by an editor in the old Japanese encoding.
        else if (mistake.To == "shift_jis")
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            site.WriteBytes(mistake.File, System.Text.Encoding.GetEncoding("shift_jis").GetBytes(site.Read(mistake.File)));
        }
        // Another initiative's file copied, or renamed, without changing its id.
        else
        {
            site.Write(mistake.Reported!, site.Read(mistake.File));
            if (mistake.To == "move") File.Delete(site.PathOf(mistake.File));
        }
        var errors = new ErrorList();
        SiteBuilder.Check(site.Root, errors);
        var said = errors.Sorted().Concat(errors.Warnings()).ToList();
        Assert.NotEmpty(said);
        var first = said.First(e => e.File == (mistake.Reported ?? mistake.File));
        var cell = Code(first.ToString(MessageCatalogue.Japanese));
        Assert.True(Guide.Contains(cell, StringComparison.Ordinal), $"docs/editing-guide.md does not show what the program says for '{name}':\n{cell}");
    }

    /// <summary>A message as a code span in a table cell of the guide.</summary>
    public static string Code(string text)
    {
        var cell = text.Replace("|", "\\|");
        return cell.Contains('`') ? $"`` {cell} ``" : $"`{cell}`";
    }
}
