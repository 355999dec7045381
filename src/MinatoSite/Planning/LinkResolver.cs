using MinatoSite.Diagnostics;
using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>Where a link written in content goes: outside the site, to a page of the site, or nowhere valid.</summary>
/// <param name="Language">Set when the link names a language explicitly (<c>/en/data/initiatives.csv</c>, or
/// <c>/ja/…</c> for the source language); otherwise the link goes to the reader's language.</param>
public readonly record struct LinkTarget(string? ExternalUrl, string? Address, string? Fragment, Diagnostics.Message? Error, Language? Language = null)
{
    public static LinkTarget Invalid(Diagnostics.Message error) => new(null, null, null, error);
}

/// <summary>
/// Resolves links written in Markdown. Staff link to another initiative or page by its file, relative to the
/// file they are editing (<c>[3-1-2](../3-1/3-1-2.md)</c>, which also works in GitHub's preview), or by the
/// site address (<c>/strategies/3-1/#initiative-3-1-2</c>). Either must be in the site plan; other schemes
/// (javascript:, data:) are refused so that a pull request cannot smuggle script into the site.
/// </summary>
public sealed class LinkResolver
{
    private static readonly string[] ExternalSchemes = ["https:", "http:", "mailto:", "tel:"];
    private readonly Dictionary<string, (string Address, string? Fragment)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fragments = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Language> _languages;

    public LinkResolver(SitePlan plan)
    {
        var model = plan.Model;
        _languages = model.Languages;
        foreach (var address in plan.LinkableAddresses) _fragments[address] = [];
        foreach (var initiative in model.Initiatives)
        {
            var page = Addresses.Of(initiative.Strategy);
            _files[initiative.SourcePath] = (page, initiative.Anchor);
            if (_fragments.TryGetValue(page, out var anchors)) anchors.Add(initiative.Anchor);
        }
        foreach (var page in model.Pages) _files[page.SourcePath] = (Addresses.Of(page), null);
    }

    public LinkTarget Resolve(string fromFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0) return LinkTarget.Invalid(Messages.LinkEmpty());
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            return ExternalSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))
                ? new LinkTarget(url, null, null, null)
                : LinkTarget.Invalid(Messages.LinkSchemeNotAllowed(url));
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
            return LinkTarget.Invalid(Messages.LinkNoScheme(url));

        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];

        if (path.Length == 0)
            return LinkTarget.Invalid(Messages.LinkSamePage(url));

        if (path.StartsWith('/'))
        {
            var key = path.TrimStart('/');
            // /en/… or /zh-Hans/…, and /ja/… for the source language; codes are matched without regard to case.
            var language = _languages.FirstOrDefault(l => key.StartsWith(l.Code + "/", StringComparison.OrdinalIgnoreCase));
            if (language is not null) key = key[(language.Code.Length + 1)..];
            if (key.Length > 0 && !key.EndsWith('/') && !key.Contains('.')) key += "/";
            if (!_fragments.TryGetValue(key, out var anchors))
                return LinkTarget.Invalid(Messages.LinkNoPage(url));
            if (fragment is not null && !anchors.Contains(fragment))
                return LinkTarget.Invalid(Messages.LinkNoSection(url, path));
            return new LinkTarget(null, key, fragment, null, language);
        }

        var folder = Path.GetDirectoryName(fromFile)?.Replace('\\', '/') ?? "";
        // A link to a translation file (../3-1/3-1-2.en.md) goes where its source goes, in the reader's language.
        var resolved = Normalize($"{folder}/{Uri.UnescapeDataString(path)}") is { } normal ? SourcePath.Parse(normal, _languages).Source : null;
        if (resolved is null || !_files.TryGetValue(resolved, out var target))
        {
            return LinkTarget.Invalid(resolved?.EndsWith(".md", StringComparison.Ordinal) == true
                ? Messages.LinkNotContent(url, resolved)
                : Messages.LinkNoFile(url));
        }
        if (fragment is not null && fragment != target.Fragment)
            return LinkTarget.Invalid(Messages.LinkNoFragment(url, fragment, resolved));
        return new LinkTarget(null, target.Address, target.Fragment, null);
    }

    /// <summary>Resolves <c>..</c> and <c>.</c> segments; null when the path climbs out of the site.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
