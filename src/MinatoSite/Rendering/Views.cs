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

/// <summary>What every page's frame (<c>layout.liquid</c>) needs: language, addresses, navigation, dates.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Canonical { get; init; }
    public required IReadOnlyList<AlternateView> Alternates { get; init; }
    public required IReadOnlyList<SwitchView> Switcher { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required IReadOnlyList<LinkView> Nav { get; init; }
    public required string? CurrentNav { get; init; }
    public required string Home { get; init; }
    public required string Assets { get; init; }
    public required string ReportTitle { get; init; }
    public required string ReportMeeting { get; init; }
    public required string ReportDate { get; init; }
    public required string Updated { get; init; }
    public required string UpdatedIso { get; init; }
    public required bool IsSource { get; init; }
    public required bool Untranslated { get; init; }
    public required bool NoIndex { get; init; }
    public required bool Searchable { get; init; }
    public required string? EditUrl { get; init; }
    public required string? CorrectionsUrl { get; init; }
    public required string? AboutDataUrl { get; init; }
    public required string LicenseName { get; init; }
    public required string LicenseUrl { get; init; }
    public required DownloadsView Downloads { get; init; }
}

// What each layout of theme/layouts/ is given: its own members, and the page's frame as `page`.

/// <summary>What a layout sees: the frame of its page, and what its own record adds.</summary>
public abstract record LayoutView
{
    public required PageView Page { get; init; }
}

/// <summary><c>layout.liquid</c>: the frame around every page's own layout.</summary>
public sealed record FrameLayout : LayoutView
{
    public required string Content { get; init; }
}

/// <summary><c>overview.liquid</c>.</summary>
public sealed record OverviewLayout : LayoutView
{
    public required IReadOnlyList<ChallengeView> Challenges { get; init; }
    public required IReadOnlyList<StrategyView> Strategies { get; init; }
    public required CountsView Overall { get; init; }
    public required IReadOnlyList<InitiativeView> Initiatives { get; init; }
    public required CoverageView? Coverage { get; init; }
    /// <summary>The report's month as 2021-11, for a time element.</summary>
    public required string ReportMonth { get; init; }
    public required IReadOnlyList<ChartView> Charts { get; init; }
}

/// <summary><c>challenge.liquid</c>.</summary>
public sealed record ChallengeLayout : LayoutView
{
    public required ChallengeView Challenge { get; init; }
}

/// <summary><c>strategy.liquid</c>.</summary>
public sealed record StrategyLayout : LayoutView
{
    public required StrategyView Strategy { get; init; }
    public required ChallengeView Challenge { get; init; }
    public required StrategyView? Previous { get; init; }
    public required StrategyView? Next { get; init; }
}

/// <summary><c>search.liquid</c>.</summary>
public sealed record SearchLayout : LayoutView
{
    public required string BundleUrl { get; init; }
    public required string BasePath { get; init; }
}

/// <summary><c>page.liquid</c>: a page written in Markdown in <c>input/</c>.</summary>
public sealed record ContentLayout : LayoutView
{
    public required string Body { get; init; }
    public required string? BodyLang { get; init; }
    public required TextView TitleText { get; init; }
}

/// <summary><c>404.liquid</c>.</summary>
public sealed record NotFoundLayout : LayoutView
{
    public required IReadOnlyList<NotFoundView> Languages { get; init; }
}

/// <summary>How much of a language is translated, shown on its overview while it is incomplete.</summary>
public sealed record CoverageView(int Translated, int Total, int Percent);

/// <summary>The not-found message in another language, on the one 404 page.</summary>
public sealed record NotFoundView(string Lang, string Title, string Text, string HomeUrl, string HomeText);
