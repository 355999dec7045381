namespace MinatoSite.Model;

/// <summary>
/// The plural categories of cardinal numbers (CLDR), which choose the form of a counted phrase of the interface
/// strings: <c>unit.施設.one</c> (1 facility) or <c>unit.施設.other</c> (2 facilities). A language has the
/// categories of its CLDR rules; a language this program has no rule for has <c>other</c> alone, the one form
/// every language has.
/// </summary>
public static class PluralRules
{
    public const string Other = "other";

    /// <summary>Every CLDR category, in CLDR's order: a key of data/strings/ ending in one of them is a form.</summary>
    public static readonly IReadOnlyList<string> AllCategories = ["zero", "one", "two", "few", "many", Other];

    private static readonly string[] OneOther = ["one", Other];
    private static readonly string[] OtherOnly = [Other];

    // CLDR: "one: i = 1 and v = 0" (1, not 1.0 or 1.5). Languages with other alone (ja, ko, zh, …) need no entry.
    private static readonly HashSet<string> OneIsExactlyOne = new(["en", "de", "nl", "sv", "fi", "et"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The categories a counted phrase has in <paramref name="language"/>, <c>other</c> last.</summary>
    public static IReadOnlyList<string> Categories(Language language) =>
        OneIsExactlyOne.Contains(PrimaryTag(language)) ? OneOther : OtherOnly;

    /// <summary>The category of a number as shown (<paramref name="shown"/>: its digits as the page prints them).</summary>
    public static string Category(Language language, decimal number, string shown)
    {
        if (!OneIsExactlyOne.Contains(PrimaryTag(language))) return Other;
        var visibleFraction = shown.Contains(language.Culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal);
        return number == 1 && !visibleFraction ? "one" : Other;
    }

    /// <summary>The phrase a key is a form of (<c>unit.件</c> for <c>unit.件.one</c>), or the key itself.</summary>
    public static string PhraseOf(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot > 0 && AllCategories.Contains(key[(dot + 1)..], StringComparer.Ordinal) ? key[..dot] : key;
    }

    private static string PrimaryTag(Language language) => language.Code.Split('-')[0];
}
