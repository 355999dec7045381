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
}
