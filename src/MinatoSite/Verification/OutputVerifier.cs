using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Rendering;

namespace MinatoSite.Verification;

/// <summary>
/// Verify: every internal link, asset and fragment of every built page resolves to a file and an element. Runs
/// on the files in memory, before anything is written, so that a broken site never replaces a working one.
/// </summary>
public static class OutputVerifier
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static IReadOnlyList<ContentError> Verify(IReadOnlyList<OutputFile> files, string basePath)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pages = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
            pages[file.Path] = PageLinks.Parse(Encoding.UTF8.GetString(file.Content)));

        var errors = new ConcurrentBag<ContentError>();
        Parallel.ForEach(pages, entry =>
        {
            var (path, page) = entry;
            foreach (var link in page.Links)
            {
                var problem = Check(link, path, basePath, byPath, pages);
                if (problem is not null) errors.Add(new ContentError($"_site/{path}", 0, problem));
            }
        });
        return errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
    }

    private static string? Check(string link, string fromPath, string basePath, Dictionary<string, OutputFile> files, ConcurrentDictionary<string, PageLinks> pages)
    {
        if (link.Length == 0) return "a link or asset has an empty address";
        if (link.StartsWith('#'))
            return pages[fromPath].Ids.Contains(Uri.UnescapeDataString(link[1..])) ? null : $"the fragment '{link}' names no element of this page";
        var colon = link.IndexOf(':');
        if (colon > 0 && link.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0)
            return null; // another site, mail or phone: the content's own links were checked when it was loaded
        if (!link.StartsWith(basePath, StringComparison.Ordinal))
            return $"the link '{link}' is outside the base path {basePath}";
        var hash = link.IndexOf('#');
        var query = link.IndexOf('?');
        var end = new[] { hash, query, link.Length }.Where(i => i >= 0).Min();
        var path = Uri.UnescapeDataString(link[basePath.Length..end]);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (!files.ContainsKey(path)) return $"the link '{link}' points to no file of the site";
        if (hash < 0) return null;
        var fragment = Uri.UnescapeDataString(link[(hash + 1)..]);
        if (!pages.TryGetValue(path, out var target)) return $"the link '{link}' has a fragment but points to a file that is not a page";
        return target.Ids.Contains(fragment) ? null : $"the link '{link}' names a fragment that {path} does not have";
    }

    private sealed record PageLinks(HashSet<string> Ids, List<string> Links)
    {
        /// <summary>
        /// Reads ids and link addresses with AngleSharp's tokenizer alone: building each page's DOM would cost
        /// most of a large build, and links and ids are attributes of start tags.
        /// </summary>
        public static PageLinks Parse(string html)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var links = new List<string>();
            var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
            {
                SkipDataText = true,
                SkipComments = true,
                SkipRawText = true,
                SkipScriptText = true,
                SkipRCDataText = true,
            };
            for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            {
                if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag) continue;
                foreach (var attribute in tag.Attributes)
                {
                    if (attribute.Name == "id") ids.Add(attribute.Value);
                    else if (LinkAttributes.Contains(attribute.Name)) links.Add(attribute.Value);
                }
            }
            return new PageLinks(ids, links);
        }
    }
}
