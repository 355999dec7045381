namespace MinatoSite.Rendering;

// What the templates see: content already resolved to one language, addresses already built.
// Records keep templates free of logic beyond loops and conditions.

/// <summary>A text in the page's language, or in <see cref="Lang"/> when it is not translated yet.</summary>
public sealed record TextView(string Text, string? Lang);

/// <summary>A status code in words, with the caption of its axis.</summary>
public sealed record StatusView(string Axis, string Caption, string Code, string Label, string Tone);

/// <summary>A report as the switcher, the notices and the lists of reports name it.</summary>
/// <param name="Name">令和3年度 中間振り返り: the fiscal year and stage, in the page's language.</param>
/// <param name="Month">The publication month as 2021-11, for a time element.</param>
/// <param name="Current">The report the page belongs to.</param>
public sealed record ReportView(string Id, string Name, string Title, string Meeting, string Date, string Month, int FiscalYear, string Stage, string Url, bool Latest, bool Current, bool Draft);

/// <summary>The same initiative in one report of its history: its status there and a link to it.</summary>
/// <param name="Judged">The report's stage judges its initiatives (a plan does not).</param>
public sealed record HistoryView(ReportView Report, string Url, IReadOnlyList<StatusView> Statuses, bool Current, bool Judged);

public sealed record TargetView(TextView Text, string? Threshold);

public sealed record RepostView(string Id, string Url, string Text);

public sealed record InitiativeView(
    string Id,
    string Anchor,
    string Url,
    string Label,
    TextView Title,
    IReadOnlyList<TextView> Achievements,
    TextView? TargetsNote,
    IReadOnlyList<TargetView> Targets,
    string TargetsHeading,
    IReadOnlyList<StatusView> Statuses,
    string? NarrativeHtml,
    string? NarrativeLang,
    bool Untranslated,
    RepostView? Repost,
    string EditUrl,
    string ChallengeId,
    string StrategyLabel,
    TextView StrategyTitle,
    string StrategyUrl,
    IReadOnlyList<HistoryView> History)
{
    /// <summary>The codes by axis, for the overview table's filters: <c>outlook:achieve progress:on-schedule</c>.</summary>
    public string StatusCodes => string.Join(' ', Statuses.Select(s => $"{s.Axis}:{s.Code}"));
}

public sealed record CountView(string Code, string Label, string Tone, int Count, int Percent);

/// <summary>Status counts of a set of initiatives on each axis of their stage; re-listed rows are not counted twice.</summary>
public sealed record CountsView(int Total, IReadOnlyList<AxisView> Axes);

/// <summary>One axis of status with its caption and the count of each code, for a table of counts.</summary>
public sealed record AxisView(string Id, string Caption, IReadOnlyList<CountView> Rows);

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
    /// <summary>The report the page belongs to; null for a page of the whole site.</summary>
    public required ReportView? Report { get; init; }
    /// <summary>Every report, the oldest first, for the report switcher.</summary>
    public required IReadOnlyList<ReportView> Reports { get; init; }
    /// <summary>The latest report, named on an older report's pages.</summary>
    public required ReportView Latest { get; init; }
    /// <summary>Where a page that moved now is: its page sends the reader on.</summary>
    public string? MovedTo { get; init; }
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
    /// <summary>The feed of what changed, in the page's language, for the head's alternate link.</summary>
    public required string Feed { get; init; }
    /// <summary>JSON-LD for the head (the About-the-data page's datasets), already script-safe.</summary>
    public string? StructuredData { get; init; }
    /// <summary>The ward office: its website and its contacts, each null when not given.</summary>
    public required Model.Office Office { get; init; }
    /// <summary>
    /// The page explaining the statuses, linked from every legend; empty when the site has none (not null: a partial
    /// given a null argument would look for it in the layout's view instead).
    /// </summary>
    public required string HowToReadUrl { get; init; }
    /// <summary>Open Graph's locale, <c>ja_JP</c>.</summary>
    public required string Locale { get; init; }
    /// <summary>The picture a shared link shows: the page's report's, or the latest report's for a page of the whole site.</summary>
    public required ShareView Share { get; init; }
}

/// <param name="Url">Absolute, as Open Graph requires.</param>
/// <param name="Description">What the picture says, as text.</param>
public sealed record ShareView(string Url, int Width, int Height, string Description);

// What each layout of theme/layouts/ is given: its own members, and the page's frame as `page`.

/// <summary>What a template of <c>theme/layouts/</c> sees: the members of its record.</summary>
public abstract record TemplateView;

/// <summary>What a layout sees: the frame of its page, and what its own record adds.</summary>
public abstract record LayoutView : TemplateView
{
    public required PageView Page { get; init; }
}

/// <summary><c>layout.liquid</c>: the frame around every page's own layout.</summary>
public sealed record FrameLayout : LayoutView
{
    public required string Content { get; init; }
}

/// <summary>
/// The answer first: a sentence per axis of how the report's initiatives stand on it, and each code's count,
/// linked to the overview's list filtered to it.
/// </summary>
public sealed record KeyFiguresView(IReadOnlyList<string> Sentences, int Total, IReadOnlyList<KeyAxisView> Axes);

public sealed record KeyAxisView(string Caption, IReadOnlyList<KeyFigureView> Rows);

/// <param name="Url">The list of initiatives filtered to this code; null when none has it.</param>
public sealed record KeyFigureView(string Label, string Tone, int Count, string? Url);

/// <summary><c>overview.liquid</c>: a report's overview, and the home page, which is the latest report's.</summary>
public sealed record OverviewLayout : LayoutView
{
    public required ReportView Report { get; init; }
    /// <summary>Null for a stage without status axes (a plan).</summary>
    public required KeyFiguresView? KeyFigures { get; init; }
    /// <summary>The id of the list of every initiative, which the key figures link to filtered.</summary>
    public string List => Pages.OverviewPage.ListId;
    /// <summary>The comparison with the report before it in the same fiscal year, when there is one.</summary>
    public required LinkView? Changes { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<ChallengeView> Challenges { get; init; }
    public required IReadOnlyList<StrategyView> Strategies { get; init; }
    public required CountsView Overall { get; init; }
    public required IReadOnlyList<InitiativeView> Initiatives { get; init; }
    public required CoverageView? Coverage { get; init; }
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
    /// <summary>The reports a search may be narrowed to.</summary>
    public required IReadOnlyList<ReportView> Reports { get; init; }
    public required string BundleUrl { get; init; }
    public required string BasePath { get; init; }
    /// <summary>A badge of every status code of the site's reports, which the results copy.</summary>
    public required IReadOnlyList<StatusView> Badges { get; init; }
    /// <summary>
    /// Each judged initiative's address and its codes (<c>axis:code</c>), as JSON, script-safe: the results show the
    /// badges of the initiatives they find, which Pagefind's sections do not carry.
    /// </summary>
    public required string StatusesJson { get; init; }
}

/// <summary><c>page.liquid</c>: a page written in Markdown in <c>input/</c>.</summary>
public sealed record ContentLayout : LayoutView
{
    public required string Body { get; init; }
    public required string? BodyLang { get; init; }
    public required TextView TitleText { get; init; }
    /// <summary>On the About-the-data page: every file and column of the open data, after the staff's own text.</summary>
    public Data.DataReferenceView? DataReference { get; init; }
    /// <summary>On the accessibility page: how to reach the ward office, from <c>data/site.yml</c>, after the staff's own text.</summary>
    public bool Contact { get; init; }
}

/// <summary>
/// <c>admin.liquid</c>: the editing form's page, a whole document outside the site's frame (the form fills the
/// window and brings its own interface).
/// </summary>
public sealed record FormLayout : TemplateView
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Script { get; init; }
    public required string Icon { get; init; }
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

/// <summary><c>reports.liquid</c>: every report, by fiscal year.</summary>
public sealed record ReportsLayout : LayoutView
{
    public required IReadOnlyList<FiscalYearView> Years { get; init; }
}

public sealed record FiscalYearView(string Name, IReadOnlyList<ReportView> Reports);

/// <summary><c>moved.liquid</c>: a page that moved to <see cref="PageView.MovedTo"/>.</summary>
public sealed record MovedLayout : LayoutView
{
    public required string Title { get; init; }
}

/// <summary><c>changes.liquid</c>: what changed from one report to the next of the same fiscal year.</summary>
public sealed record ChangesLayout : LayoutView
{
    public required ReportView Earlier { get; init; }
    public required ReportView Later { get; init; }
    public required IReadOnlyList<ComparedAxisView> Axes { get; init; }
    public required IReadOnlyList<ChangeView> Changes { get; init; }
    public required int Unchanged { get; init; }
    public required ChartView Chart { get; init; }
}

/// <summary>One compared axis: its counts in the earlier report and in the later one.</summary>
public sealed record ComparedAxisView(AxisView Before, AxisView After);

/// <summary>One initiative whose status changed on one axis.</summary>
public sealed record ChangeView(string Id, TextView Title, string BeforeUrl, string AfterUrl, StatusView From, StatusView To);
