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
    /// <param name="tableLabel">The name of the region a table scrolls in, in the page's language.</param>
    /// <param name="rewriteUrl">Maps each written address to the one to publish.</param>
    public string ToHtml(string markdown, int topHeadingLevel, string tableLabel, Func<string, string> rewriteUrl)
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
        // A wide table scrolls in its own region, which keyboard users can reach and scroll, as the theme's tables do.
        if (renderer.ObjectRenderers.FindExact<Markdig.Extensions.Tables.HtmlTableRenderer>() is { } tables)
            renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollingTableRenderer(tables, tableLabel));
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Markdig's table, inside a labelled, focusable region that scrolls sideways.</summary>
    private sealed class ScrollingTableRenderer(Markdig.Extensions.Tables.HtmlTableRenderer table, string label)
        : Markdig.Renderers.Html.HtmlObjectRenderer<Markdig.Extensions.Tables.Table>
    {
        protected override void Write(HtmlRenderer renderer, Markdig.Extensions.Tables.Table block)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).WriteLine("\">");
            ((Markdig.Renderers.IMarkdownObjectRenderer)table).Write(renderer, block);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
