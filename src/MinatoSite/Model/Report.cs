namespace MinatoSite.Model;

/// <summary>What a report is (e.g. the FY2021 mid-term review), from <c>data/reports/{id}/report.yml</c>.</summary>
/// <param name="Stage"><c>plan</c>, <c>midterm</c> or <c>yearend</c>: the ward publishes all three each year.</param>
/// <param name="Date">Publication month; each language formats it in its own calendar.</param>
/// <param name="Updated">When the content was last changed as a whole; pages show the latest of this and their initiatives' own dates.</param>
/// <param name="Draft">Still being written: the preview and a pull request's build show it, the published site does not.</param>
public sealed record Report(string Id, int FiscalYear, string Stage, LocalizedText Title, LocalizedText Meeting, DateOnly Date, ContentDate Updated, bool Draft = false);

/// <summary>Site-wide settings from <c>data/site.yml</c>.</summary>
/// <param name="SiteUrl">Absolute URL of the published site, without the base path (for sitemap and canonical links).</param>
/// <param name="Repository">GitHub repository URL, for edit links.</param>
/// <param name="AddressesWithoutYear">The report that the addresses without a year stand for (see <see cref="SiteModel.FormerReport"/>).</param>
/// <param name="Municipality">Whose reports these are: every row of the open data says it.</param>
/// <param name="Office">The ward office the reports are of, and where residents ask about them.</param>
public sealed record SiteSettings(string SiteUrl, string Repository, string Branch, string License, string LicenseUrl, Municipality Municipality, Office Office, string? AddressesWithoutYear = null);

/// <summary>
/// The ward office, from <c>office:</c> of <c>data/site.yml</c>: its website, and the ways residents contact it about
/// the reports, each shown when given. Its name in each language is the interface string <c>office.name</c>.
/// </summary>
public sealed record Office(string Url, string? Telephone, string? Email, string? ContactUrl);

/// <summary>
/// A local government as Japan's open data names it: its 全国地方公共団体コード (six digits, the last a check digit:
/// 271071 for 大阪市港区) and its name as the code list writes it.
/// </summary>
public sealed record Municipality(string Code, string Name)
{
    /// <summary>
    /// The check digit of a five-digit code (JIS X 0402): each digit times 6, 5, 4, 3, 2, summed; the last digit of
    /// 11 minus the sum's remainder by 11 (27107 → 65, remainder 10, 11 − 10 = 1: 271071).
    /// </summary>
    public static char CheckDigit(ReadOnlySpan<char> fiveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++) sum += (fiveDigits[i] - '0') * (6 - i);
        return (char)('0' + (11 - sum % 11) % 10);
    }

    /// <summary>Six ASCII digits whose last is the check digit of the first five.</summary>
    public static bool IsValidCode(string code) =>
        code.Length == 6 && code.All(char.IsAsciiDigit) && code[5] == CheckDigit(code);
}
