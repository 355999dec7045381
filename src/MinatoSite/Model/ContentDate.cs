using System.Globalization;

namespace MinatoSite.Model;

/// <summary>A date written in the content: a month (2021-11) or a day (2021-11-05), shown with the same precision.</summary>
public readonly record struct ContentDate(DateOnly Date, bool HasDay) : IComparable<ContentDate>
{
    public static bool TryParse(string text, out ContentDate date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new ContentDate(day, true);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new ContentDate(month, false);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// The day of the build in Japan, where the content is written: content cannot have changed after it. Runners
    /// keep UTC, which is still the day before until 09:00 in Tokyo.
    /// </summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow + Japan);

    // Japan has kept one offset, without summer time, since 1952.
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>The machine-readable form, for a time element's datetime attribute.</summary>
    public string Iso => Date.ToString(HasDay ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);

    public int CompareTo(ContentDate other) => Date.CompareTo(other.Date);

    public static ContentDate Latest(IEnumerable<ContentDate> dates) => dates.Aggregate((a, b) => b.CompareTo(a) > 0 ? b : a);
}
