namespace MinatoSite.Model;

/// <summary>
/// A piece of content written in the source language, with the translations that exist so far. Readers of
/// another language get the source text, marked as such, where no translation exists yet. Made whole by the
/// loader: nothing changes it afterwards.
/// </summary>
public sealed class LocalizedText(string source, IReadOnlyDictionary<string, string>? translations = null)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public string Source { get; } = source;

    /// <summary>The translated texts by language code.</summary>
    public IReadOnlyDictionary<string, string> Translations { get; } = translations is { Count: > 0 } ? translations : None;

    public bool IsEmpty => Source.Length == 0;

    public bool IsTranslated(Language language) => language.IsSource || Translations.ContainsKey(language.Code);

    /// <summary>The text for <paramref name="language"/>, or the source text when it is not translated.</summary>
    public string In(Language language) =>
        !language.IsSource && Translations.TryGetValue(language.Code, out var text) ? text : Source;

    public override string ToString() => Source;
}
