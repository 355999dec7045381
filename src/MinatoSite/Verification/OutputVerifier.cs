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
public sealed class OutputVerifier
{
    private readonly string _basePath;
    // Each file under its own path, and each folder's index.html under the folder's path ("strategies/1-1/"), so
    // that a link's address is looked up as a slice of the link, without cutting it out into a new string.
    private readonly Dictionary<string, string> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byAddress;
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string From, string Link, string Target, string Fragment)> _fragments = [];
    private readonly ConcurrentBag<ContentError> _errors = [];

    /// <param name="files">Every path the site will have, relative to the output folder.</param>
    public OutputVerifier(string basePath, IEnumerable<string> files)
    {
        _basePath = basePath;
        foreach (var file in files)
        {
            _addresses[file] = file;
            if (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal)) _addresses[file[..^"index.html".Length]] = file;
        }
        _byAddress = _addresses.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ownFragments = new List<(string Link, string Fragment)>();
        Scan(file.Html ?? System.Text.Encoding.UTF8.GetString(file.ToBytes()), ids, link =>
        {
            var problem = Check(link, file.Path, ownFragments);
            if (problem is not null) _errors.Add(new ContentError($"_site/{file.Path}", 0, problem));
        });
        _ids[file.Path] = ids;
        // A link may come before the element it names: this page's own fragments are known once it is read.
        foreach (var (link, fragment) in ownFragments)
        {
            if (ids.Contains(fragment)) continue;
            var problem = link.StartsWith('#') ? Messages.FragmentMissingHere(link) : MissingFragment(link, file.Path);
            _errors.Add(new ContentError($"_site/{file.Path}", 0, problem));
        }
    }

    /// <summary>Every problem found, once all pages have been added.</summary>
    public IReadOnlyList<ContentError> Finish()
    {
        foreach (var (from, link, target, fragment) in _fragments)
        {
            var problem = !_ids.TryGetValue(target, out var ids) ? NotAPage(link)
                : ids.Contains(fragment) ? null
                : MissingFragment(link, target);
            if (problem is not null) _errors.Add(new ContentError($"_site/{from}", 0, problem));
        }
        return _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    private static Message MissingFragment(string link, string target) => Messages.FragmentMissing(link, target);

    private static Message NotAPage(string link) => Messages.FragmentNotPage(link);

    /// <summary>Checks a link; only links into fragments, settled later, are kept.</summary>
    private Message? Check(ReadOnlySpan<char> link, string fromPath, List<(string Link, string Fragment)> ownFragments)
    {
        if (link.IsEmpty) return Messages.EmptyAddress();
        if (link[0] == '#')
        {
            ownFragments.Add((link.ToString(), Uri.UnescapeDataString(link[1..].ToString())));
            return null;
        }
        var colon = link.IndexOf(':');
        if (colon > 0 && link[..colon].IndexOfAny('/', '?', '#') < 0)
            return null; // another site, mail or phone: the content's own links were checked when it was loaded
        if (!link.StartsWith(_basePath, StringComparison.Ordinal))
            return Messages.OutsideBasePath(link.ToString(), _basePath);
        var hash = link.IndexOf('#');
        var end = link.IndexOfAny('#', '?');
        var address = link[_basePath.Length..(end < 0 ? link.Length : end)];
        var found = address.Contains('%')
            ? _addresses.TryGetValue(Uri.UnescapeDataString(address.ToString()), out var path)
            : _byAddress.TryGetValue(address, out path);
        if (!found) return Messages.LinkToNothing(link.ToString());
        if (hash < 0) return null;
        if (!IsPage(path!)) return NotAPage(link.ToString());
        var fragment = Uri.UnescapeDataString(link[(hash + 1)..].ToString());
        if (path == fromPath) ownFragments.Add((link.ToString(), fragment));
        else _fragments.Add((fromPath, link.ToString(), path!, fragment));
        return null;
    }

    /// <summary>
    /// Reads ids and link addresses with AngleSharp's tokenizer alone, token by token without allocating them:
    /// building each page's DOM would cost most of a large build, and links and ids are attributes of start tags.
    /// </summary>
    private static void Scan(string html, HashSet<string> ids, Action<string> visit)
    {
        // Disposed to give back its buffers: a character buffer as long as the page, rented from a shared pool.
        using var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
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
                else if (name == "href" || name == "src") visit(attribute.Value.ToString());
            }
        }
    }

    // The tokenizer keeps only these attributes, so the others cost no copy.
    private static bool IsRead(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src";
}
