using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Rendering;

namespace MinatoSite.Loading;

/// <summary>
/// Load and validate: reads <c>data/</c> and <c>input/</c>, checks what no single file can check alone (duplicate
/// ids, re-listings, links), and returns the model, or null with every error in the list.
/// </summary>
public static class SiteLoader
{
    public static SiteModel? Load(string root, ErrorList errors, MarkdownRenderer markdown)
    {
        var data = DataLoader.Load(root, errors);
        if (data is null) return null;
        var content = new ContentLoader(root, data, errors);
        var (initiatives, pages) = content.Load();

        CheckDuplicateIds(initiatives, errors);
        ResolveReposts(initiatives, errors);
        foreach (var group in initiatives.GroupBy(i => i.Strategy))
            group.Key.Initiatives.AddRange(group.OrderBy(i => i.Number).DistinctBy(i => i.Number));
        foreach (var duplicate in pages.GroupBy(p => p.Slug).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            errors.Add(duplicate.SourcePath, 1, $"another page already has the address /{duplicate.Slug}/ (file names differ only in case)");

        var model = new SiteModel
        {
            Settings = data.Settings,
            Report = data.Report,
            Languages = data.Languages,
            Catalogues = data.Catalogues,
            Outlooks = data.Outlooks,
            Progresses = data.Progresses,
            Challenges = data.Challenges,
            Pages = pages.DistinctBy(p => p.Slug).ToList(),
        };
        CheckLinks(model, content, markdown, errors);
        return errors.HasErrors ? null : model;
    }

    private static void CheckDuplicateIds(List<Initiative> initiatives, ErrorList errors)
    {
        foreach (var group in initiatives.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            // The file named after the id owns it; the others are the copies to fix.
            var owner = group.FirstOrDefault(i => Path.GetFileNameWithoutExtension(i.SourcePath) == i.Id) ?? group.First();
            foreach (var duplicate in group.Where(i => i != owner))
                errors.Add(duplicate.SourcePath, duplicate.IdLine, $"duplicate id '{duplicate.Id}': {owner.SourcePath} has it already; each initiative needs its own id");
        }
    }

    private static void ResolveReposts(List<Initiative> initiatives, ErrorList errors)
    {
        var byId = initiatives.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var initiative in initiatives.Where(i => i.RepostOfId is not null))
        {
            if (!byId.TryGetValue(initiative.RepostOfId!, out var original))
                errors.Add(initiative.SourcePath, initiative.RepostOfLine, $"repostOf '{initiative.RepostOfId}' points to no initiative; write the id of an existing one, such as 3-1-2");
            else if (original.RepostOfId is not null || original == initiative)
                errors.Add(initiative.SourcePath, initiative.RepostOfLine, $"repostOf '{initiative.RepostOfId}' must point to an initiative with its own status, not to another re-listing");
            else
                initiative.RepostOf = original;
        }
    }

    private static void CheckLinks(SiteModel model, ContentLoader content, MarkdownRenderer markdown, ErrorList errors)
    {
        var resolver = new LinkResolver(model, PageKeys.All(model));
        var bodies = new List<(string File, int FirstLine, string Markdown)>();
        foreach (var initiative in model.Initiatives.Where(i => !i.Narrative.IsEmpty))
        {
            bodies.Add((initiative.SourcePath, initiative.NarrativeLine, initiative.Narrative.Source));
            foreach (var language in model.Languages.Where(l => !l.IsSource && initiative.Narrative.IsTranslated(l)))
            {
                var (path, line) = content.TranslationBody(initiative, language)!.Value;
                bodies.Add((path, line, initiative.Narrative.In(language)));
            }
        }
        foreach (var page in model.Pages)
        {
            bodies.Add((page.SourcePath, page.BodyLine, page.Body.Source));
            foreach (var (code, (path, line)) in page.TranslationSources)
            {
                var language = model.Languages.First(l => l.Code == code);
                if (page.Body.IsTranslated(language)) bodies.Add((path, line, page.Body.In(language)));
            }
        }
        Parallel.ForEach(bodies, body =>
        {
            // Translations resolve relative links from their source's folder, which is the same folder.
            foreach (var (url, line, isImage) in markdown.Links(body.Markdown))
            {
                var target = resolver.Resolve(body.File, url);
                if (target.Error is not null) errors.Add(body.File, body.FirstLine + line, target.Error);
                // The content is text and links: every image is refused, and one from elsewhere would also tell
                // another host who reads the page.
                else if (isImage)
                    errors.Add(body.File, body.FirstLine + line, $"the image '{url}' is not allowed: images are not part of the content; link to the page instead with [text]({url})");
            }
        });
    }
}
