namespace MinatoSite.Model;

/// <summary>A free-standing page written in Markdown, such as <c>input/CORRECTIONS.md</c> at <c>/corrections/</c>.</summary>
public sealed class ContentPage
{
    public required string Slug { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText Body { get; init; }
    public required string SourcePath { get; init; }
    public required int BodyLine { get; init; }
    /// <summary>Line of the title field, for errors about the page as a whole (such as its name).</summary>
    public required int TitleLine { get; init; }
    public required IReadOnlyList<Translation> Translations { get; init; }
}
