using MinatoSite.Model;

namespace MinatoSite.Loading;

// What the loader fills in while it reads: a source file's content first, its translations as their files are
// read. Once every file is read, SiteLoader makes the model's records from these, and nothing changes after.

// The loader reads one language's translation files at a time, in parallel, and no two files of one language
// translate the same item: a draft is never written by two threads at once, so it needs no lock.

/// <summary>A text being read: the source language's text, then its translations as they are found.</summary>
internal sealed class TextDraft(string source)
{
    private Dictionary<string, string>? _translations;

    public string Source { get; } = source;
    public bool IsEmpty => Source.Length == 0;

    public void Translate(Language language, string text) => (_translations ??= new(StringComparer.Ordinal))[language.Code] = text;

    /// <summary>The finished text; the draft is not used after.</summary>
    public LocalizedText Build() => new(Source, _translations);
}

/// <summary>A source file of <c>input/</c> that translations attach to.</summary>
internal abstract class ContentDraft(string sourcePath)
{
    private readonly List<Translation> _translations = [];

    public string SourcePath { get; } = sourcePath;

    public void AddTranslation(Translation translation) => _translations.Add(translation);

    /// <summary>In the order of <c>data/languages.yml</c>, whatever order the files were read in.</summary>
    public IReadOnlyList<Translation> Translations(IReadOnlyList<Language> languages) =>
        _translations.Count == 0 ? [] : _translations.OrderBy(t => IndexOf(languages, t.Language)).ToList();

    private static int IndexOf(IReadOnlyList<Language> languages, Language language)
    {
        for (var i = 0; i < languages.Count; i++)
            if (languages[i] == language) return i;
        return languages.Count;
    }
}

internal sealed class InitiativeDraft(string sourcePath) : ContentDraft(sourcePath)
{
    public required string Id { get; init; }
    public required StrategyDraft Strategy { get; init; }
    public required int Number { get; init; }
    public required TextDraft Title { get; init; }
    public required IReadOnlyList<TextDraft> Achievements { get; init; }
    public TextDraft? TargetsNote { get; init; }
    public required IReadOnlyList<(TextDraft Text, Threshold? Threshold)> Targets { get; init; }
    public required InitiativeStatus? Status { get; init; }
    public required string? RepostOfId { get; init; }
    public required TextDraft Narrative { get; init; }
    public required int NarrativeLine { get; init; }
    public required int IdLine { get; init; }
    public required int RepostOfLine { get; init; }
    public string? ContinuesId { get; init; }
    public int ContinuesLine { get; init; }
    public ContentDate? Updated { get; init; }
}

internal sealed class PageDraft(string sourcePath) : ContentDraft(sourcePath)
{
    public required string Slug { get; init; }
    /// <summary>The report the page belongs to (its corrections), or null for a page of the whole site.</summary>
    public required string? Report { get; init; }
    public required TextDraft Title { get; init; }
    public required TextDraft Body { get; init; }
    public required int BodyLine { get; init; }
    public required int TitleLine { get; init; }
    public required bool InNav { get; init; }
}

internal sealed class ChallengeDraft
{
    public required string Id { get; init; }
    public required int? Number { get; init; }
    public required TextDraft Title { get; init; }
    public List<StrategyDraft> Strategies { get; } = [];
}

internal sealed class StrategyDraft
{
    /// <summary>The report whose plan lists the strategy: its initiatives are in <c>input/{report}/{id}/</c>.</summary>
    public required string Report { get; init; }
    public required string Id { get; init; }
    public required TextDraft Title { get; init; }
    public required string TargetsHeading { get; init; }
}
