namespace MinatoSite.Model;

/// <summary>
/// A translation file of an initiative or a page (<c>2-1-3.en.md</c>): the one record of which languages an
/// item is translated into, and where, for edit links and for errors in the translated text.
/// </summary>
/// <param name="BodyLine">Line where the translated Markdown text starts, for errors in its links.</param>
public sealed record Translation(Language Language, string Path, int BodyLine);

/// <summary>Lookups over an item's translations.</summary>
public static class TranslationList
{
    public static Translation? In(this IReadOnlyList<Translation> translations, Language language) =>
        translations.FirstOrDefault(t => t.Language == language);
}
