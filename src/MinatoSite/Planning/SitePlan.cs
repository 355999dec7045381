using MinatoSite.Diagnostics;
using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>
/// Everything the site publishes, made from the model before anything renders: one line per file. The names the
/// site uses itself, the addresses content may link to, the sitemap, each page's other languages, the media types
/// the preview serves and what a change re-renders are all read from here.
/// </summary>
public sealed class SitePlan
{
    private readonly Dictionary<string, PlannedFile> _byPath;
    private readonly ILookup<string, PlannedFile> _byAddress;
    private readonly Dictionary<string, Initiative> _initiatives;

    private SitePlan(SiteModel model, IReadOnlyList<PlannedFile> files)
    {
        Model = model;
        Files = files;
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _byAddress = files.Where(f => f.Listed && f.Language is not null).ToLookup(f => f.Address, StringComparer.Ordinal);
        _initiatives = model.Initiatives.ToDictionary(i => i.SourcePath, StringComparer.Ordinal);
        SiteDate = model.LatestDate();
    }

    public SiteModel Model { get; }

    /// <summary>Every file, in the order the file types planned them.</summary>
    public IReadOnlyList<PlannedFile> Files { get; }

    /// <summary>The latest content date of the whole site, shown by the files that read <see cref="Reads.SiteDate"/>.</summary>
    public ContentDate SiteDate { get; }

    /// <summary>
    /// Plans the files of every type. Two files with one path, or a page whose name is one the site uses itself,
    /// are errors naming both; the plan is null then.
    /// </summary>
    /// <param name="reserved">Top-level folders other steps write or serve (the search index, the preview's events).</param>
    public static SitePlan? Make(SiteModel model, IEnumerable<IFileType> types, IReadOnlyCollection<string> reserved, ErrorList errors)
    {
        var files = types.SelectMany(t => t.Plan(model)).ToList();
        var refused = RefusedPages(model, files, reserved, errors);
        files.RemoveAll(f => f.Subject is ContentPage page && refused.Contains(page));
        var failed = refused.Count > 0;
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                errors.Add(other.Origin, 0, Messages.WrittenTwice(other.Path, first.Origin, first.Type.Name, other.Origin, other.Type.Name));
            failed = true;
        }
        return failed ? null : new SitePlan(model, files);
    }

    /// <summary>
    /// A page of <c>input/</c> takes its address from its file name, in the site's folder or its report's: it may not
    /// take a name the site uses there for its own files or folders, in any language, nor a language's folder.
    /// </summary>
    private static HashSet<ContentPage> RefusedPages(SiteModel model, List<PlannedFile> files, IReadOnlyCollection<string> reserved, ErrorList errors)
    {
        var refused = new HashSet<ContentPage>();
        foreach (var group in model.Pages.GroupBy(p => p.Report is { } r ? Addresses.Of(r) : ""))
        {
            var folder = group.Key;
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (folder.Length == 0)
            {
                taken.UnionWith(reserved.Select(r => r.Trim('/')));
                foreach (var language in model.Languages.Where(l => l.Prefix.Length > 0)) taken.Add(language.Prefix.TrimEnd('/'));
            }
            foreach (var file in files.Where(f => f.Subject is not ContentPage))
            {
                var relative = file.Language is { } l && file.Path.StartsWith(l.Prefix, StringComparison.Ordinal) ? file.Path[l.Prefix.Length..] : file.Path;
                if (!relative.StartsWith(folder, StringComparison.Ordinal)) continue;
                relative = relative[folder.Length..];
                var slash = relative.IndexOf('/');
                taken.Add(slash >= 0 ? relative[..slash] : Path.GetFileNameWithoutExtension(relative));
            }
            foreach (var page in group.Where(p => taken.Contains(p.Slug)))
            {
                refused.Add(page);
                errors.Add(page.SourcePath, page.TitleLine, Messages.ReservedAddress(page.Slug, "/" + Addresses.Of(page)));
            }
        }
        return refused;
    }

    public PlannedFile? this[string path] => _byPath.GetValueOrDefault(path);

    /// <summary>
    /// The content date a file shows: the site-wide one when it reads it or every initiative, else the latest date
    /// of its report and the initiatives it reads. Taken from the reads, so that a file's date and what re-renders
    /// it agree.
    /// </summary>
    public ContentDate DateOf(PlannedFile file) =>
        file.Reads.SiteDate || file.Reads.Everything || file.Report is null
            ? SiteDate
            : file.Report.LatestDate(file.Reads.Sources.Select(s => _initiatives.GetValueOrDefault(s)).OfType<Initiative>());

    /// <summary>The addresses content may link to, in the source language's terms (<c>strategies/2-1/</c>).</summary>
    public IEnumerable<string> LinkableAddresses => _byAddress.Select(g => g.Key);

    /// <summary>The same address in every language it is published in, in the order of <c>data/languages.yml</c>.</summary>
    public IReadOnlyList<PlannedFile> Alternates(PlannedFile file) =>
        !file.Listed ? [] : Model.Languages.SelectMany(l => _byAddress[file.Address].Where(f => f.Language == l)).ToList();

    /// <summary>The pages the sitemap lists.</summary>
    public IEnumerable<PlannedFile> ListedPages => Files.Where(f => f.Listed && f.Format.IsPage && f.Language is not null);

    /// <summary>
    /// The files to render again after <paramref name="changed"/> content files changed, this plan being the new one
    /// and <paramref name="previous"/> the one the served files were made from: files new to the plan, files whose
    /// reads (now or before) include a changed source, every file that shows every initiative, and, when the
    /// site-wide date moved, every file that shows it.
    /// </summary>
    public IReadOnlyList<PlannedFile> Affected(SitePlan previous, IReadOnlyCollection<string> changed)
    {
        var dateMoved = !previous.SiteDate.Equals(SiteDate);
        return Files.Where(file =>
        {
            if (file.Reads.Everything || (dateMoved && file.Reads.SiteDate)) return true;
            if (previous[file.Path] is not { } before) return true;
            return changed.Any(c => file.Reads.Sources.Contains(c) || before.Reads.Sources.Contains(c));
        }).ToList();
    }
}
