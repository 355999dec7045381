using MinatoSite.Rendering;
using MinatoSite.Verification;

namespace MinatoSite.Tests;

/// <summary>The output check finds what a template could break: missing files, fragments and prefixes.</summary>
public sealed class VerifierTests
{
    private static OutputFile Page(string path, string body) => OutputFile.Page(path, $"<!DOCTYPE html><html lang=\"ja\"><body>{body}</body></html>");

    [Fact]
    public void Broken_links_fragments_and_prefixes_are_reported_and_good_ones_pass()
    {
        var files = new[]
        {
            Page("index.html", "<a href=\"/site/a/\">a</a><a href=\"/site/a/#here\">here</a><a href=\"#top\" id=\"top\">top</a><a href=\"https://example.org/\">x</a><a href=\"MAILTO:a@b.jp\">m</a>"),
            Page("a/index.html", "<h1 id=\"here\">A</h1><a href=\"/site/b/\">missing</a><a href=\"/site/#nowhere\">bad fragment</a><img src=\"/other/x.png\" alt=\"\">"),
        };
        var errors = OutputVerifier.Verify(files, "/site/");
        Assert.Equal(
            [
                "_site/a/index.html: the link '/other/x.png' is outside the base path /site/",
                "_site/a/index.html: the link '/site/#nowhere' names a fragment that index.html does not have",
                "_site/a/index.html: the link '/site/b/' points to no file of the site",
            ],
            errors.Select(e => e.ToString()));
    }
}
