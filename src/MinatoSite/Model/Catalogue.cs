using System.Globalization;

namespace MinatoSite.Model;

/// <summary>
/// The interface strings of one language, from <c>data/strings/{code}.yml</c>, keyed by dotted path. A counted
/// phrase (a unit's label) has one key per plural category of the language (<see cref="PluralRules"/>):
/// <c>unit.施設.one</c> and <c>unit.施設.other</c>.
/// </summary>
public sealed class Catalogue(Language language, string path, IReadOnlyDictionary<string, string> strings, IReadOnlyDictionary<string, int> lines)
{
    public Language Language { get; } = language;
    public string Path { get; } = path;
    public IReadOnlyDictionary<string, string> Strings { get; } = strings;

    /// <summary>The line of <see cref="Path"/> each key is written on.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; } = lines;

    /// <summary>The plural categories each counted phrase has a form for in this language, <c>other</c> last.</summary>
    public IReadOnlyList<string> PluralCategories => PluralRules.Categories(Language);

    /// <summary>Whether the phrase has its form for every plural category of the language.</summary>
    public bool HasCounted(string phrase) => PluralCategories.All(c => Strings.ContainsKey($"{phrase}.{c}"));

    public string this[string key] =>
        Strings.TryGetValue(key, out var value)
            ? value
            : throw new MissingStringException(Path, key);

    /// <summary>Fills <c>{name}</c> placeholders of a catalogue string.</summary>
    public string Format(string key, params (string Name, object Value)[] arguments)
    {
        var text = this[key];
        foreach (var (name, value) in arguments)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, Language.Culture), StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>A report's name in this language: 令和3年度 中間振り返り, or FY2021 mid-term review.</summary>
    public string ReportName(Report report) =>
        Format("report.name", ("year", FiscalYear(report.FiscalYear)), ("stage", this[$"stage.{report.Stage}"]));

    /// <summary>令和3年度, or FY2021: a fiscal year starts in April.</summary>
    public string FiscalYear(int year) => FormatDate(new DateOnly(year, 4, 1), "date.fiscal-year-format");

    /// <summary>The report's month in the language's calendar: 令和3年11月, or November 2021.</summary>
    public string FormatMonth(DateOnly date) => FormatDate(date, "date.month-format");

    public string FormatDate(DateOnly date) => FormatDate(date, "date.day-format");

    public string FormatDate(DateOnly date, string formatKey) =>
        date.ToDateTime(TimeOnly.MinValue).ToString(this[formatKey], _dates);

    // Made once: every page shows two dates, and a culture is a large object to copy. Only read after this.
    private readonly CultureInfo _dates = DateCulture(language);

    private static CultureInfo DateCulture(Language language)
    {
        var culture = (CultureInfo)language.Culture.Clone();
        if (language.JapaneseCalendar) culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return CultureInfo.ReadOnly(culture);
    }

    public string FormatNumber(decimal value) => value.ToString("#,0.###", Language.Culture);

    /// <summary>
    /// A threshold in words: 55%以上 / 55% or more. The unit's pattern may scale the value, so that
    /// 13,877千円 reads ¥13.877 million in English: <c>{value/1000}</c> divides by 1,000.
    /// </summary>
    public string FormatThreshold(Threshold threshold)
    {
        var amount = FormatAmount(threshold.Value, threshold.Unit);
        var text = threshold.Comparison switch
        {
            Comparison.AtLeast => Format("threshold.at-least", ("amount", amount)),
            Comparison.AtMost => Format("threshold.at-most", ("amount", amount)),
            _ => Format("threshold.exact", ("amount", amount)),
        };
        return threshold.OutOf is { } max
            ? text + Format("threshold.out-of", ("max", FormatAmount(max, threshold.Unit)))
            : text;
    }

    /// <summary>
    /// A value in its unit, in the form of the unit's label for the plural category of the number as shown:
    /// 1 facility, 2 facilities, 1.5 points.
    /// </summary>
    public string FormatAmount(decimal value, string unit)
    {
        var shown = value / Divisor(unit);
        var number = FormatNumber(shown);
        var pattern = this[$"unit.{unit}.{PluralRules.Category(Language, decimal.Round(shown, 3), number)}"];
        var start = pattern.IndexOf("{value", StringComparison.Ordinal);
        var end = start < 0 ? -1 : pattern.IndexOf('}', start);
        if (end < 0) return pattern;
        return pattern[..start] + number + pattern[(end + 1)..];
    }

    /// <summary>
    /// What a value is divided by when shown in <paramref name="unit"/>: 1000 for <c>{value/1000}</c>, else 1. The
    /// <c>other</c> form says it, which every language has; the loader checks that the other forms say the same.
    /// </summary>
    public decimal Divisor(string unit) => DivisorOf(this[$"unit.{unit}.{PluralRules.Other}"]) ?? 1;

    /// <summary>The divisor a unit's pattern names (<c>{value/1000}</c>); null when it names none, or one that is not a number above 0.</summary>
    public static decimal? DivisorOf(string pattern)
    {
        var start = pattern.IndexOf("{value/", StringComparison.Ordinal);
        var end = start < 0 ? -1 : pattern.IndexOf('}', start);
        return end > 0 && decimal.TryParse(pattern[(start + "{value/".Length)..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var divisor) && divisor > 0
            ? divisor
            : null;
    }
}

/// <summary>A template or the program asked for an interface string that the catalogues do not have.</summary>
public sealed class MissingStringException(string catalogue, string key)
    : KeyNotFoundException($"{catalogue}: the interface string '{key}' is missing; add it to every file in data/strings/")
{
    public string Catalogue { get; } = catalogue;
    public string Key { get; } = key;
    public Diagnostics.Message Says => Diagnostics.Messages.StringMissingIn(Catalogue, Key);
}
