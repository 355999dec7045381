namespace MinatoSite.Model;

/// <summary>
/// A free-standing page written in Markdown: a page of the site (<c>input/about-data.md</c> at <c>/about-data/</c>)
/// or of a report (<c>input/2021-midterm/CORRECTIONS.md</c> at <c>/2021/midterm/corrections/</c>).
/// </summary>
public sealed class ContentPage
{
    /// <summary>The report the page belongs to; null for a page of the whole site.</summary>
    public Report? Report { get; init; }
    public required string Slug { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText Body { get; init; }
    public required string SourcePath { get; init; }
    public required int BodyLine { get; init; }
    /// <summary>Line of the title field, for errors about the page as a whole (such as its name).</summary>
    public required int TitleLine { get; init; }
    public required IReadOnlyList<Translation> Translations { get; init; }
    /// <summary>A page of the site is in the main navigation unless its front matter says <c>nav: false</c>.</summary>
    public bool InNav { get; init; } = true;
}
