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
public sealed record SiteSettings(string SiteUrl, string Repository, string Branch, string License, string LicenseUrl, string? AddressesWithoutYear = null);
