using MinatoSite.Rendering;

namespace MinatoSite.Tests;

/// <summary>Indentation left by templates is dropped, except where spaces are content.</summary>
public sealed class HtmlWhitespaceTests
{
    private static string Dedent(string html)
    {
        var chars = html.ToCharArray();
        return new string(chars, 0, HtmlWhitespace.Dedent(chars));
    }

    [Theory]
    [InlineData("<ul>\n  <li>a</li>\n\t\t<li>b <em>c</em> d</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b <em>c</em> d</li>\n</ul>")]
    [InlineData("  text  with  spaces  \n   \n<p>x</p>  ", "text  with  spaces  \n\n<p>x</p>  ")]
    [InlineData("<div>\n  <pre>\n  kept\n    too</pre>\n  <p>dropped</p>\n</div>", "<div>\n<pre>\n  kept\n    too</pre>\n<p>dropped</p>\n</div>")]
    [InlineData("<textarea name=t>\n  kept\n</textarea>\n  <prefix>x</prefix>\n  y", "<textarea name=t>\n  kept\n</textarea>\n<prefix>x</prefix>\ny")]
    [InlineData("<pre><pre>\n  a</pre>\n  b</pre>\n  c", "<pre><pre>\n  a</pre>\n  b</pre>\nc")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("a <", "a <")]
    public void Leading_spaces_and_tabs_go_except_in_pre_and_textarea(string html, string expected) =>
        Assert.Equal(expected, Dedent(html));

    /// <summary>
    /// The rule stated one character at a time, as simply as it can be: drop spaces and tabs at the start of a line
    /// unless inside pre or textarea. Dedent moves whole runs of text for speed and must agree with it everywhere.
    /// </summary>
    private static string DedentOneByOne(string html)
    {
        var result = new System.Text.StringBuilder();
        var preserve = 0;
        var lineStart = true;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                if (StartsTag(html, i, "pre") || StartsTag(html, i, "textarea")) preserve++;
                else if (preserve > 0 && (StartsTag(html, i, "/pre") || StartsTag(html, i, "/textarea"))) preserve--;
            }
            if (lineStart && preserve == 0 && c is ' ' or '\t') continue;
            lineStart = c == '\n';
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool StartsTag(string html, int at, string name) =>
        string.CompareOrdinal(html, at + 1, name, 0, name.Length) == 0
        && at + 1 + name.Length < html.Length
        && html[at + 1 + name.Length] is '>' or ' ' or '\n' or '\t';

    [Fact]
    public void Agrees_with_the_rule_one_character_at_a_time_on_random_markup()
    {
        string[] pieces = [" ", "  ", "\t", "\n", "\r\n", "x", "é", "<", ">", "<pre>", "<pre\n", "<pre ", "</pre>", "</pre", "<textarea>", "</textarea>", "<prefix>", "<p>", "</p>"];
        var random = new Random(20211124);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(DedentOneByOne(html) == Dedent(html), $"differs on {System.Text.Json.JsonSerializer.Serialize(html)}");
        }
    }
}
