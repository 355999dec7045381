namespace MinatoSite.Model;

/// <summary>A free-standing page written in Markdown, such as <c>input/CORRECTIONS.md</c> at <c>/corrections/</c>.</summary>
public sealed class ContentPage
{
    public required string Slug { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText Body { get; init; }
    public required string SourcePath { get; init; }
    public required int BodyLine { get; init; }
    /// <summary>Translation files by language code, for the line numbers of their links.</summary>
    public Dictionary<string, (string Path, int BodyLine)> TranslationSources { get; } = [];
    public string PageKey => $"{Slug}/";
}
