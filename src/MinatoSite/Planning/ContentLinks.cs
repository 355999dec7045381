using MinatoSite.Diagnostics;
using MinatoSite.Markup;
using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>
/// Checks every link written in content, source and translations, against the site plan, with the file and line
/// where it is written: a broken link is the staff member's to fix, not a problem found in the built pages.
/// </summary>
public static class ContentLinks
{
    public static void Check(SitePlan plan, LinkResolver resolver, MarkdownRenderer markdown, ErrorList errors)
    {
        var model = plan.Model;
        var bodies = new List<(string File, int FirstLine, string Markdown)>();
        foreach (var initiative in model.Initiatives.Where(i => !i.Narrative.IsEmpty))
        {
            bodies.Add((initiative.SourcePath, initiative.NarrativeLine, initiative.Narrative.Source));
            foreach (var translation in initiative.Translations.Where(t => initiative.Narrative.IsTranslated(t.Language)))
                bodies.Add((translation.Path, translation.BodyLine, initiative.Narrative.In(translation.Language)));
        }
        foreach (var page in model.Pages)
        {
            bodies.Add((page.SourcePath, page.BodyLine, page.Body.Source));
            foreach (var translation in page.Translations.Where(t => page.Body.IsTranslated(t.Language)))
                bodies.Add((translation.Path, translation.BodyLine, page.Body.In(translation.Language)));
        }
        Parallel.ForEach(bodies, body =>
        {
            List<(string Url, int Line, bool IsImage)> links;
            try
            {
                links = markdown.Links(body.Markdown).ToList();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // Markdig refuses text nested past its depth limit, such as 128 '>' quote marks.
                errors.Add(body.File, body.FirstLine, Messages.TextTooDeep(ex.Message));
                return;
            }
            // Translations resolve relative links from their source's folder, which is the same folder.
            foreach (var (url, line, isImage) in links)
            {
                var target = resolver.Resolve(body.File, url);
                if (target.Error is { } error) errors.Add(body.File, body.FirstLine + line, error);
                // The content is text and links: every image is refused, and one from elsewhere would also tell
                // another host who reads the page.
                else if (isImage)
                    errors.Add(body.File, body.FirstLine + line, Messages.ImageNotAllowed(url));
            }
        });
    }
}
