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

    public IEnumerable<Strategy> Strategies => Challenges.SelectMany(c => c.Strategies);
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);
}

/// <summary>Everything the site is made of, validated and cross-linked: what the render phase reads.</summary>
public sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>Every report, the oldest first: by fiscal year, then by stage in the order of the ward's year.</summary>
    public required IReadOnlyList<ReportContent> Reports { get; init; }

    /// <summary>The pages of the whole site (<c>input/{name}.md</c>), not of one report.</summary>
    public required IReadOnlyList<ContentPage> SitePages { get; init; }

    /// <summary>The report published last.</summary>
    public ReportContent Latest => Reports[^1];

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
            Outlooks = Outlooks,
            Progresses = Progresses,
            Units = Units,
        };
    }

    // The pages show the latest report, at the addresses the site has had so far.
    public Report Report => Latest.Report;
    public IReadOnlyList<Challenge> Challenges => Latest.Challenges;
    public IEnumerable<ContentPage> Pages => SitePages.Concat(Reports.SelectMany(r => r.Pages));

    public required IReadOnlyList<Language> Languages { get; init; }
    public required IReadOnlyDictionary<string, Catalogue> Catalogues { get; init; }
    public required IReadOnlyList<StatusCode> Outlooks { get; init; }
    public required IReadOnlyList<StatusCode> Progresses { get; init; }
    /// <summary>The units a threshold may use, from <c>data/units.yml</c>.</summary>
    public required IReadOnlyList<string> Units { get; init; }

    public Language SourceLanguage => Languages.First(l => l.IsSource);
    public IEnumerable<Strategy> Strategies => Challenges.SelectMany(c => c.Strategies);
    /// <summary>All initiatives in official order: by challenge, strategy, then number.</summary>
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);

    /// <summary>The latest content date of <paramref name="initiatives"/>: the report's, or a newer one of theirs.</summary>
    public ContentDate LatestDate(IEnumerable<Initiative> initiatives) =>
        ContentDate.Latest(initiatives.Select(i => i.Updated).OfType<ContentDate>().Append(Report.Updated));

    /// <summary>Share of translatable texts translated into <paramref name="language"/>, over all content.</summary>
    public (int Translated, int Total) TranslationCoverage(Language language)
    {
        var texts = Challenges.Select(c => c.Title)
            .Concat(Strategies.Select(s => s.Title))
            .Concat(Initiatives.SelectMany(i => i.TranslatableTexts()))
            .Concat(Pages.SelectMany(p => new[] { p.Title, p.Body }))
            .Append(Report.Title)
            .Append(Report.Meeting)
            .ToList();
        return (texts.Count(t => t.IsTranslated(language)), texts.Count);
    }
}
