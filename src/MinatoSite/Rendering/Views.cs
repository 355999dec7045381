namespace MinatoSite.Rendering;

// What the templates see: content already resolved to one language, addresses already built.
// Records keep templates free of logic beyond loops and conditions.

/// <summary>A text in the page's language, or in <see cref="Lang"/> when it is not translated yet.</summary>
public sealed record TextView(string Text, string? Lang);

public sealed record StatusView(string Axis, string Code, string Label, string Tone);

public sealed record TargetView(TextView Text, string? Threshold);

public sealed record RepostView(string Id, string Url, string Text);

public sealed record InitiativeView(
    string Id,
    string Anchor,
    string Url,
    string Label,
    TextView Title,
    IReadOnlyList<TextView> Achievements,
    IReadOnlyList<TargetView> Targets,
    string TargetsHeading,
    StatusView? Outlook,
    StatusView? Progress,
    string? NarrativeHtml,
    string? NarrativeLang,
    bool Untranslated,
    RepostView? Repost,
    string EditUrl,
    string ChallengeId,
    string StrategyLabel,
    TextView StrategyTitle,
    string StrategyUrl)
{
    /// <summary>Both axes side by side, as the overview's table shows them; none for an initiative without a status.</summary>
    public IReadOnlyList<StatusView> Statuses => Outlook is null || Progress is null ? [] : [Outlook, Progress];
}

public sealed record CountView(string Code, string Label, string Tone, int Count, int Percent);

/// <summary>Status counts of a set of initiatives; re-listed rows are not counted twice.</summary>
public sealed record CountsView(int Total, IReadOnlyList<CountView> Outlook, IReadOnlyList<CountView> Progress, IReadOnlyList<AxisView> Axes);

/// <summary>One axis of status (outlook or progress) with its caption, for a table of counts.</summary>
public sealed record AxisView(string Caption, IReadOnlyList<CountView> Rows);

public sealed record DownloadsView(string Csv, string Json, string? About);

public sealed record StrategyView(
    string Id,
    string Label,
    TextView Title,
    string Url,
    string ChallengeId,
    CountsView Counts,
    IReadOnlyList<InitiativeView> Initiatives,
    string EditUrl);

public sealed record ChallengeView(string Id, string Label, TextView Title, string Url, CountsView Counts, IReadOnlyList<StrategyView> Strategies);

public sealed record LinkView(string Text, string Url);

public sealed record AlternateView(string HrefLang, string Href);

public sealed record SwitchView(string Name, string Lang, string HrefLang, string Href, bool Current);

/// <summary>What every page's frame needs: language, addresses, navigation.</summary>
public sealed record PageView(
    string Lang,
    string Title,
    string Description,
    string Canonical,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<SwitchView> Switcher,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<LinkView> Nav,
    string? CurrentNav,
    string Home,
    string Assets,
    string ReportTitle,
    string ReportMeeting,
    string ReportDate,
    string Updated,
    string UpdatedIso,
    bool IsSource,
    bool Untranslated,
    bool NoIndex,
    bool Searchable,
    string? EditUrl,
    string? CorrectionsUrl,
    string? AboutDataUrl,
    string LicenseName,
    string LicenseUrl,
    DownloadsView Downloads,
    string? ExtraHead);

/// <summary>How much of a language is translated, shown on its overview while it is incomplete.</summary>
public sealed record CoverageView(int Translated, int Total, int Percent);

/// <summary>The not-found message in another language, on the one 404 page.</summary>
public sealed record NotFoundView(string Lang, string Title, string Text, string HomeUrl, string HomeText);
