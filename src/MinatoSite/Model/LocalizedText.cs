namespace MinatoSite.Model;

/// <summary>
/// A piece of content written in the source language, with the translations that exist so far. Readers of
/// another language get the source text, marked as such, where no translation exists yet.
/// </summary>
public sealed class LocalizedText(string source)
{
    private Dictionary<string, string>? _translations;

    public string Source { get; } = source;

    public bool IsEmpty => Source.Length == 0;

    public void SetTranslation(string language, string text) => (_translations ??= [])[language] = text;

    public bool IsTranslated(Language language) =>
        language.IsSource || (_translations?.ContainsKey(language.Code) ?? false);

    /// <summary>The text for <paramref name="language"/>, or the source text when it is not translated.</summary>
    public string In(Language language) =>
        !language.IsSource && _translations?.TryGetValue(language.Code, out var text) == true ? text : Source;

    public override string ToString() => Source;
}
