using MinatoSite.Model;

namespace MinatoSite.Planning;

/// <summary>
/// What a file shows of the sources, so that a change re-renders exactly the files it affects: the source files
/// it reads (initiatives and pages, whose translations count as them), every initiative, the site-wide date.
/// </summary>
/// <param name="Sources">Source paths under <c>input/</c> whose content the file shows.</param>
/// <param name="Everything">The file shows every initiative (the overview, the open data, the sitemap).</param>
/// <param name="SiteDate">The file shows the latest content date of the whole site.</param>
public sealed record Reads(IReadOnlySet<string> Sources, bool Everything = false, bool SiteDate = false)
{
    public static readonly Reads Nothing = new(new HashSet<string>());

    public static Reads Of(IEnumerable<string> sources, bool everything = false, bool siteDate = false) =>
        new(sources.ToHashSet(StringComparer.Ordinal), everything, siteDate);

    public Reads With(IEnumerable<string> more) => this with { Sources = Sources.Concat(more).ToHashSet(StringComparer.Ordinal) };
}

/// <summary>
/// One file the site publishes, before it is rendered: the line of the site plan that says where it goes, what it
/// is and what it reads. <see cref="Type"/> made it and renders it; <see cref="Subject"/> is what it shows.
/// </summary>
/// <param name="Path">Under the output folder: <c>en/strategies/2-1/index.html</c>.</param>
/// <param name="Address">The same in every language: <c>strategies/2-1/</c>; each language puts its prefix before it.</param>
/// <param name="Language">The language it is written in; null for files shared by every language (assets, the sitemap).</param>
/// <param name="Origin">What asked for the file, for errors: a source file, or the part of the site that makes it.</param>
public sealed record PlannedFile(string Path, string Address, Language? Language, OutputFormat Format, Reads Reads, string Origin, IFileType Type, object? Subject = null)
{
    /// <summary>
    /// An address of the site's content: content may link to it, pages name its other languages, and the sitemap
    /// lists it when it is a page. Not the not-found page, the sitemap, robots.txt or the assets.
    /// </summary>
    public bool Listed { get; init; } = true;

    /// <summary>The report the file shows, or belongs to; null for the site's own files (the search page, the sitemap).</summary>
    public ReportContent? Report { get; init; }

    /// <summary>
    /// Shows every initiative of the site or of a report (an overview, the open data): takes about as long as
    /// hundreds of pages, so it is started first.
    /// </summary>
    public bool WholeSite { get => _wholeSite || Reads.Everything; init => _wholeSite = value; }
    private readonly bool _wholeSite;

    public override string ToString() => Path;
}

/// <summary>A kind of file the site publishes (the overview, a strategy page, the open data…): plans its files from the model.</summary>
public interface IFileType
{
    /// <summary>Its name in messages and timings, e.g. <c>strategy page</c>.</summary>
    string Name { get; }

    IEnumerable<PlannedFile> Plan(SiteModel model);
}
