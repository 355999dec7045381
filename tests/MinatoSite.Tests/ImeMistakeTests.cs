using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The mistakes a Japanese input method makes easy are reported on their own line, in words that say what to type,
/// not in the parser's terms and not a line late.
/// </summary>
public sealed class ImeMistakeTests : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";

    private ContentError Single()
    {
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        return Assert.Single(errors.Sorted());
    }

    private int LineOf(string text) => 1 + Site.Read(File213).Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("  progress:", "\u3000 progress:", "indented with a full-width space")]
    [InlineData("title: ", "title：", "is a full-width '：'")]
    [InlineData("title: ", "title:\u3000", "the space after 'title:' is a full-width space")]
    [InlineData("title: ", "title:\u00A0", "is a no-break space")]
    [InlineData("title: ", "title\u3000: ", "the field name 'title\u3000' holds a full-width")]
    public void Full_width_and_no_break_spaces_and_colons_are_reported_on_their_line(string from, string to, string expected)
    {
        Site.Replace(File213, from, to);
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        // The mistake is named on its own line (a field it hid may also be reported missing).
        var error = Assert.Single(errors.Sorted(), e => e.Line == LineOf(to));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_quote_inside_a_double_quoted_value_says_to_escape_it()
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", "title: \"津波\"避難\"ビル\"の確保\"");
        var error = Single();
        Assert.Equal(LineOf("title: \""), error.Line);
        Assert.Contains("write that quote as \\\"", error.Message);
    }

    [Fact]
    public void A_japanese_status_label_names_the_code_it_means()
    {
        Site.Replace(File213, "progress: behind-schedule", "progress: 取組予定通り進捗していない");
        var error = Single();
        Assert.Equal(LineOf("progress:"), error.Line);
        Assert.EndsWith("→ behind-schedule", error.Message);
    }

    [Fact]
    public void A_misspelt_field_suggests_the_nearest()
    {
        Site.Replace(File213, "achievements:", "achievments:");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.Line == LineOf("achievments:") && e.Message.Contains("did you mean 'achievements'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_width_digits_say_how_to_write_them()
    {
        Site.Replace(File213, "number: 3", "number: ３");
        Assert.Contains("write them half-width, as 3", Single().Message);
    }

    [Fact]
    public void A_zero_width_space_is_found_with_its_column()
    {
        Site.Replace(File213, "title: 津波", "title: 津\u200B波");
        var error = Single();
        Assert.Equal(LineOf("title:"), error.Line);
        Assert.Contains("column 9 holds the invisible zero-width character U+200B", error.Message);
    }

    [Fact]
    public void Full_width_spaces_and_colons_inside_text_are_text()
    {
        Site.Replace(File213, "title: 津波避難ビルの確保", "title: 津波避難ビル　の確保：4箇所");
        // A list item that starts with a Latin word and a full-width colon is text, not a field.
        var item = Site.Read(File213).Split('\n').First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        Site.Replace(File213, item + "\n", item + "\n  - SNS：14件\n");
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Check(Site.Root, errors) is not null, string.Join("\n", errors.Sorted()));
    }
}

/// <summary>What the YAML parser says is told in the words of someone editing the file, at the line it concerns.</summary>
public sealed class ParserWordsTests : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";

    [Theory]
    [InlineData("title: 津波避難ビルの確保", "title 津波避難ビルの確保", "this line is not a 'field: value' line")]
    [InlineData("title: 津波避難ビルの確保", "title: @津波避難ビルの確保", "a value cannot start with this character")]
    [InlineData("title: 津波避難ビルの確保", "title: 津波: 避難ビルの確保", "the value holds ': '")]
    [InlineData("title: 津波避難ビルの確保", "title: \"津波避難ビルの確保", "a text opened with '\"' is not closed on its line")]
    [InlineData("title: 津波避難ビルの確保", "title: 津波避難ビルの確保\ntitle: 二重", "the field 'title' is written twice")]
    public void The_parsers_message_is_told_in_plain_words(string from, string to, string expected)
    {
        Site.Replace(File213, from, to);
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("While ", error.Message);
        Assert.InRange(error.Line, 5, 6);
    }
}
