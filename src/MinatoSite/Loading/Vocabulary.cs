namespace MinatoSite.Loading;

/// <summary>
/// The fields each kind of source file may hold, and the fixed codes some of them take: the one list of each, which
/// the loader checks files against and the schemas (<c>Rendering/Data/Schemas</c>) offer to editors. The codes that
/// staff may add to (status codes, units, strategies, languages) are not here: they are in <c>data/</c>.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] InitiativeFields = ["id", "strategy", "number", "title", "achievements", "targetsNote", "targets", "status", "repostOf", "continues", "updated"];
    /// <summary>What a translation of an initiative may hold; the rest comes from the Japanese file alone.</summary>
    public static readonly string[] TranslatableFields = ["title", "achievements", "targetsNote", "targets"];
    public static readonly string[] TargetFields = ["text", "threshold"];
    public static readonly string[] ThresholdFields = ["value", "unit", "comparison", "outOf"];
    public static readonly string[] PageFields = ["title", "nav"];
    /// <summary>A page's translation gives its title; whether the page is in the navigation is the page's own.</summary>
    public static readonly string[] PageTranslationFields = ["title"];

    public static readonly string[] SiteFields = ["siteUrl", "repository", "branch", "license", "licenseUrl", "messages", "addressesWithoutYear", "municipality", "office"];
    public static readonly string[] OfficeFields = ["url", "telephone", "email", "contactUrl"];
    public static readonly string[] MunicipalityFields = ["code", "name"];
    public static readonly string[] LanguageFields = ["code", "name", "htmlLang", "culture", "calendar", "source"];
    public static readonly string[] StatusAxisFields = ["axis", "follows", "codes"];
    public static readonly string[] StatusCodeFields = ["code", "tone"];
    public static readonly string[] ReportFields = ["id", "fiscalYear", "stage", "title", "meeting", "date", "updated", "draft"];
    public static readonly string[] ReportTranslationFields = ["title", "meeting"];
    public static readonly string[] ChallengeFields = ["id", "number", "title", "targetsHeading", "strategies"];
    public static readonly string[] ChallengeTranslationFields = ["id", "title", "strategies"];
    public static readonly string[] StrategyFields = ["id", "title"];

    /// <summary>How a threshold compares: 以上 and 以下; an exact target has none.</summary>
    public static readonly string[] Comparisons = ["at-least", "at-most"];

    /// <summary>The code of a comparison, as staff write it and the open data gives it.</summary>
    public static string CodeOf(Model.Comparison comparison) => Comparisons[comparison == Model.Comparison.AtLeast ? 0 : 1];
    /// <summary>How a status code is coloured and patterned.</summary>
    public static readonly string[] Tones = ["positive", "negative", "neutral"];
    /// <summary>
    /// What a report is, in the order of the ward's year: the 運営方針 (plan), its 中間振り返り in autumn, its 自己評価
    /// the next spring. Each stage's status axes are in <c>data/statuses.yml</c>.
    /// </summary>
    public static readonly string[] Stages = ["plan", "midterm", "yearend"];
    public static readonly string[] Calendars = ["gregorian", "japanese"];
    /// <summary>目標（取組によりめざす指標） or 目標, as the report heads a challenge's targets.</summary>
    public static readonly string[] TargetsHeadings = ["indicator", "goal"];

    /// <summary>A BCP 47 language tag: a language, then subtags such as a script (zh-Hans) or a region (pt-BR).</summary>
    public const string LanguageTagPattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
    /// <summary>An id that becomes part of an address: letters, digits and '-'.</summary>
    public const string SlugPattern = "^[A-Za-z0-9-]+$";
}
