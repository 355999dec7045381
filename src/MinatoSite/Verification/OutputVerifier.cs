using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Rendering;

namespace MinatoSite.Verification;

/// <summary>
/// Verify: every internal link, asset and fragment of every built page resolves to a file and an element.
/// Pages are added one by one as they are rendered, from any thread, so that a large site need not be held in
/// memory to be checked; <see cref="Finish"/> then settles the links into other pages' fragments. Nothing is
/// published unless it returns no error.
/// </summary>
/// <param name="files">Every path the site will have, relative to the output folder.</param>
public sealed class OutputVerifier(string basePath, IEnumerable<string> files)
{
    private readonly HashSet<string> _files = files.ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string From, string Link, string Target, string Fragment)> _fragments = [];
    private readonly ConcurrentBag<ContentError> _errors = [];

    /// <summary>Checks a whole site in memory.</summary>
    public static IReadOnlyList<ContentError> Verify(IReadOnlyList<OutputFile> files, string basePath)
    {
        var verifier = new OutputVerifier(basePath, files.Select(f => f.Path));
        Parallel.ForEach(files, file => verifier.Add(file));
        return verifier.Finish();
    }

    /// <summary>Reads a page's ids and links and checks those that do not depend on another page's content.</summary>
    public void Add(OutputFile file)
    {
        if (!IsPage(file.Path)) return;
        var (ids, links) = Scan(file.Html ?? System.Text.Encoding.UTF8.GetString(file.Content));
        _ids[file.Path] = ids;
        foreach (var link in links)
        {
            var problem = Check(link, file.Path, ids);
            if (problem is not null) _errors.Add(new ContentError($"_site/{file.Path}", 0, problem));
        }
    }

    /// <summary>Every problem found, once all pages have been added.</summary>
    public IReadOnlyList<ContentError> Finish()
    {
        foreach (var (from, link, target, fragment) in _fragments)
        {
            var problem = !_ids.TryGetValue(target, out var ids) ? $"the link '{link}' has a fragment but points to a file that is not a page"
                : ids.Contains(fragment) ? null
                : $"the link '{link}' names a fragment that {target} does not have";
            if (problem is not null) _errors.Add(new ContentError($"_site/{from}", 0, problem));
        }
        return _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    private string? Check(string link, string fromPath, HashSet<string> ownIds)
    {
        if (link.Length == 0) return "a link or asset has an empty address";
        if (link.StartsWith('#'))
            return ownIds.Contains(Uri.UnescapeDataString(link[1..])) ? null : $"the fragment '{link}' names no element of this page";
        var colon = link.IndexOf(':');
        if (colon > 0 && link.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0)
            return null; // another site, mail or phone: the content's own links were checked when it was loaded
        if (!link.StartsWith(basePath, StringComparison.Ordinal))
            return $"the link '{link}' is outside the base path {basePath}";
        var hash = link.IndexOf('#');
        var end = link.AsSpan().IndexOfAny('#', '?');
        var path = Uri.UnescapeDataString(link[basePath.Length..(end < 0 ? link.Length : end)]);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (!_files.Contains(path)) return $"the link '{link}' points to no file of the site";
        if (hash < 0) return null;
        var fragment = Uri.UnescapeDataString(link[(hash + 1)..]);
        if (!IsPage(path)) return $"the link '{link}' has a fragment but points to a file that is not a page";
        if (path == fromPath) return ownIds.Contains(fragment) ? null : $"the link '{link}' names a fragment that {path} does not have";
        _fragments.Add((fromPath, link, path, fragment));
        return null;
    }

    /// <summary>
    /// Reads ids and link addresses with AngleSharp's tokenizer alone, token by token without allocating them:
    /// building each page's DOM would cost most of a large build, and links and ids are attributes of start tags.
    /// </summary>
    private static (HashSet<string> Ids, List<string> Links) Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            ShouldEmitAttribute = IsRead,
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var attributes = token.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                var name = attribute.Name;
                if (name == "id") ids.Add(attribute.Value.ToString());
                else if (name == "href" || name == "src") links.Add(attribute.Value.ToString());
            }
        }
        return (ids, links);
    }

    // The tokenizer keeps only these attributes, so the others cost no copy.
    private static bool IsRead(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src";
}
