using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MinatoSite.Markup;

/// <summary>
/// Markdown as the site uses it: CommonMark plus tables, with raw HTML disabled (it is shown as text, never
/// passed through) and every link resolved by the caller. The pipeline is built once and shared by all threads.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Every link and image address with its 0-based line in the Markdown text, for validation.</summary>
    public IEnumerable<(string Url, int Line, bool IsImage)> Links(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>()) yield return (link.Url ?? "", link.Line, link.IsImage);
        foreach (var link in document.Descendants<AutolinkInline>()) yield return (link.IsEmail ? "mailto:" + link.Url : link.Url, link.Line, false);
    }

    /// <param name="topHeadingLevel">Lowest heading level allowed, so that content headings nest under the page's and never add an h1.</param>
    /// <param name="rewriteUrl">Maps each written address to the one to publish.</param>
    public string ToHtml(string markdown, int topHeadingLevel, Func<string, string> rewriteUrl)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Clamp(heading.Level, topHeadingLevel, 6);
        foreach (var link in document.Descendants<LinkInline>())
            link.Url = rewriteUrl(link.Url ?? "");
        foreach (var link in document.Descendants<AutolinkInline>())
            link.Url = rewriteUrl(link.Url);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
