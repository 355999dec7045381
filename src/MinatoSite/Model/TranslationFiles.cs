namespace MinatoSite.Model;

/// <summary>The one naming rule of translations: <c>2-1-3.md</c> is translated into English in <c>2-1-3.en.md</c>.</summary>
public static class TranslationFiles
{
    public static string PathFor(string sourcePath, Language language) => sourcePath[..^".md".Length] + $".{language.Code}.md";

    /// <summary>The source file a translation belongs to, or null when <paramref name="path"/> is not a translation into <paramref name="language"/>.</summary>
    public static string? SourceOf(string path, Language language)
    {
        var suffix = $".{language.Code}.md";
        return !language.IsSource && path.EndsWith(suffix, StringComparison.Ordinal) ? path[..^suffix.Length] + ".md" : null;
    }
}
