namespace MinatoSite.Model;

/// <summary>
/// One report with everything it holds: what it is (<c>data/reports/{id}/report.yml</c>), its plan's 経営課題 in
/// order with their strategies and initiatives, and its own pages (its corrections).
/// </summary>
public sealed class ReportContent
{
    public required Report Report { get; init; }
    public required IReadOnlyList<Challenge> Challenges { get; init; }
    public required IReadOnlyList<ContentPage> Pages { get; init; }

    /// <summary>The axes its stage judges each initiative on, in order; none for a plan.</summary>
    public required IReadOnlyList<StatusAxis> Axes { get; init; }

    public string Id => Report.Id;
    public IEnumerable<Strategy> Strategies => Challenges.SelectMany(c => c.Strategies);
    /// <summary>All its initiatives in official order: by challenge, strategy, then number.</summary>
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);

    /// <summary>The latest content date of <paramref name="initiatives"/>: the report's, or a newer one of theirs.</summary>
    public ContentDate LatestDate(IEnumerable<Initiative> initiatives) =>
        ContentDate.Latest(initiatives.Select(i => i.Updated).OfType<ContentDate>().Append(Report.Updated));

    public override string ToString() => Id;
}

/// <summary>Everything the site is made of, validated and cross-linked: what the render phase reads.</summary>
public sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>Every report, the oldest first: by fiscal year, then by stage in the order of the ward's year.</summary>
    public required IReadOnlyList<ReportContent> Reports { get; init; }

    /// <summary>The pages of the whole site (<c>input/{name}.md</c>), not of one report.</summary>
    public required IReadOnlyList<ContentPage> SitePages { get; init; }

    /// <summary>The report published last: of the latest fiscal year, the last of its stages.</summary>
    public ReportContent Latest => Reports[^1];

    public ReportContent? Report(string id) => Reports.FirstOrDefault(r => r.Id == id);

    /// <summary>The report a challenge, strategy or initiative belongs to.</summary>
    public ReportContent ReportOf(Challenge challenge) => Reports.First(r => r.Report == challenge.Report);

    /// <summary>
    /// The report that the site's addresses without a year (<c>/strategies/2-1/</c>) showed before each report had
    /// its own: those addresses keep meaning it. From <c>addressesWithoutYear</c> in <c>data/site.yml</c>.
    /// </summary>
    public ReportContent? FormerReport => Settings.AddressesWithoutYear is { } id ? Report(id) : null;

    /// <summary>
    /// The site as it is shown: every report with <paramref name="drafts"/>, else the published ones; null when that
    /// leaves none.
    /// </summary>
    public SiteModel? Shown(bool drafts)
    {
        if (drafts || Reports.All(r => !r.Report.Draft)) return this;
        var published = Reports.Where(r => !r.Report.Draft).ToList();
        return published.Count == 0 ? null : new SiteModel
        {
            Settings = Settings,
            Reports = published,
            SitePages = SitePages,
            Languages = Languages,
            Catalogues = Catalogues,
            Stages = Stages,
            Units = Units,
        };
    }

    /// <summary>Every page of <c>input/</c>: the site's, then each report's.</summary>
    public IEnumerable<ContentPage> Pages => SitePages.Concat(Reports.SelectMany(r => r.Pages));

    public required IReadOnlyList<Language> Languages { get; init; }
    public required IReadOnlyDictionary<string, Catalogue> Catalogues { get; init; }
    /// <summary>Each stage's status axes, from <c>data/statuses.yml</c>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<StatusAxis>> Stages { get; init; }

    /// <summary>Every axis of every stage, each once, in the order of <c>data/statuses.yml</c>: the open data's columns.</summary>
    public IReadOnlyList<StatusAxis> AllAxes => Stages.Values.SelectMany(a => a).DistinctBy(a => a.Id).ToList();
    /// <summary>The units a threshold may use, from <c>data/units.yml</c>.</summary>
    public required IReadOnlyList<string> Units { get; init; }

    public Language SourceLanguage => Languages.First(l => l.IsSource);
    /// <summary>Each initiative's line through the reports, made once.</summary>
    public History History => _history.Value;
    private readonly Lazy<History> _history;

    /// <summary>Each pair of consecutive reports of a fiscal year side by side, made once.</summary>
    public IReadOnlyList<ReportComparison> Comparisons => _comparisons.Value;
    private readonly Lazy<IReadOnlyList<ReportComparison>> _comparisons;

    // Made when first asked for, once, whichever thread asks first: the views of each language are built in parallel.
    public SiteModel()
    {
        _history = new Lazy<History>(() => new History(this));
        _comparisons = new Lazy<IReadOnlyList<ReportComparison>>(() => ReportComparison.All(this));
    }

    /// <summary>Every report's challenges, strategies and initiatives, the oldest report first.</summary>
    public IEnumerable<Challenge> Challenges => Reports.SelectMany(r => r.Challenges);
    public IEnumerable<Strategy> Strategies => Reports.SelectMany(r => r.Strategies);
    public IEnumerable<Initiative> Initiatives => Reports.SelectMany(r => r.Initiatives);

    /// <summary>The latest content date of the whole site.</summary>
    public ContentDate LatestDate() => ContentDate.Latest(Reports.Select(r => r.LatestDate(r.Initiatives)));

    /// <summary>Share of translatable texts of <paramref name="report"/> and the site's pages translated into <paramref name="language"/>.</summary>
    public (int Translated, int Total) TranslationCoverage(ReportContent report, Language language)
    {
        var texts = report.Challenges.Select(c => c.Title)
            .Concat(report.Strategies.Select(s => s.Title))
            .Concat(report.Initiatives.SelectMany(i => i.TranslatableTexts()))
            .Concat(SitePages.Concat(report.Pages).SelectMany(p => new[] { p.Title, p.Body }))
            .Append(report.Report.Title)
            .Append(report.Report.Meeting)
            .ToList();
        return (texts.Count(t => t.IsTranslated(language)), texts.Count);
    }
}
