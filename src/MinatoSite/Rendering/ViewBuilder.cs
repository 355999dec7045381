using MinatoSite.Markup;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering;

/// <summary>
/// Projects one report of the model into one language's views, built once per report and language and shared by
/// all its pages.
/// </summary>
public sealed class ViewBuilder
{
    private readonly SiteModel _model;
    private readonly ReportContent _report;
    private readonly Language _language;
    private readonly Catalogue _catalogue;
    private readonly UrlBuilder _urls;
    private readonly MarkdownRenderer _markdown;
    private readonly LinkResolver _links;

    public ViewBuilder(SiteModel model, ReportContent report, Language language, UrlBuilder urls, MarkdownRenderer markdown, LinkResolver links, History history)
    {
        _model = model;
        _report = report;
        _history = history;
        _language = language;
        _catalogue = model.Catalogues[language.Code];
        _urls = urls;
        _markdown = markdown;
        _links = links;
        Reports = model.Reports.Select(r => ReportView(r.Report)).ToList();
        _reportIndex = model.Reports.Select((r, i) => (r.Report, i)).ToDictionary(p => p.Report, p => p.i);
        Report = Reports[_reportIndex[report.Report]];
        Strategies = report.Strategies.Select(BuildStrategy).ToList();
        var byChallenge = Strategies.ToLookup(s => s.ChallengeId);
        Challenges = report.Challenges.Select(c => new ChallengeView(
            c.Id,
            ChallengeLabel(c),
            Text(c.Title),
            urls.Page(language, Addresses.Of(c)),
            Counts(c.Initiatives),
            byChallenge[c.Id].ToList())).ToList();
        Overall = Counts(report.Initiatives);
        // Views are built in the model's order, so the n-th view is the n-th model object.
        _challengeIndex = report.Challenges.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _strategyIndex = report.Strategies.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Nav = new[]
            {
                new LinkView(_catalogue["nav.home"], urls.Page(language, Addresses.Overview)),
                new LinkView(_catalogue["reports.nav"], urls.Page(language, Addresses.Reports)),
                new LinkView(_catalogue["search.nav"], urls.Page(language, Addresses.Search)),
            }
            .Concat(model.SitePages.Where(p => p.InNav).OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new LinkView(p.Title.In(language), urls.Page(language, Addresses.Of(p)))))
            .ToList();
    }

    private readonly History _history;
    private readonly Dictionary<Report, int> _reportIndex;

    /// <summary>The report these views show.</summary>
    public ReportView Report { get; }

    /// <summary>Every report of the site, the oldest first: the report switcher.</summary>
    public IReadOnlyList<ReportView> Reports { get; }

    /// <summary>The report's name in this language: 令和3年度 中間振り返り, or FY2021 mid-term review.</summary>
    public string ReportName(Report report) => _catalogue.ReportName(report);

    /// <summary>令和3年度, or FY2021: a fiscal year starts in April.</summary>
    public string FiscalYear(int year) => _catalogue.FiscalYear(year);

    private ReportView ReportView(Report report) => new(
        report.Id,
        ReportName(report),
        report.Title.In(_language),
        report.Meeting.In(_language),
        _catalogue.FormatMonth(report.Date),
        report.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        report.FiscalYear,
        report.Stage,
        _urls.Page(_language, Addresses.Of(report)),
        report == _model.Latest.Report,
        report == _report.Report,
        report.Draft);

    private readonly Dictionary<string, int> _challengeIndex;
    private readonly Dictionary<string, int> _strategyIndex;

    /// <summary>The view of a challenge of the model.</summary>
    public ChallengeView Challenge(Challenge challenge) => Challenges[_challengeIndex[challenge.Id]];

    /// <summary>Where a strategy of the model is in <see cref="Strategies"/>, the plan's order.</summary>
    public int IndexOf(Strategy strategy) => _strategyIndex[strategy.Id];

    /// <summary>The site's main navigation, the same on every page of this language.</summary>
    public IReadOnlyList<LinkView> Nav { get; }

    public IReadOnlyList<StrategyView> Strategies { get; }
    public IReadOnlyList<ChallengeView> Challenges { get; }
    public CountsView Overall { get; }
    public IEnumerable<InitiativeView> Initiatives => Strategies.SelectMany(s => s.Initiatives);
    public Catalogue Catalogue => _catalogue;

    public TextView Text(LocalizedText text) =>
        new(text.In(_language), text.IsTranslated(_language) ? null : _model.SourceLanguage.HtmlLang);

    public string ChallengeLabel(Challenge challenge) =>
        challenge.Number is { } n ? _catalogue.Format("label.challenge", ("number", n)) : "";

    public string StrategyLabel(Strategy strategy) =>
        strategy.Challenge.Number is null ? "" : _catalogue.Format("label.strategy", ("id", strategy.Id));

    /// <summary>Renders content Markdown for this language, links pointing at this language's pages.</summary>
    /// <param name="writtenIn">The file the text was written in, for a failure: the translation's, or the source's.</param>
    /// <exception cref="ContentFileException">Markdig refuses to render text nested past its depth limit.</exception>
    public string MarkdownHtml(string markdown, string sourceFile, int topHeadingLevel, string? writtenIn = null)
    {
        try
        {
            return _markdown.ToHtml(markdown, topHeadingLevel, TableLabel, url =>
            {
                var target = _links.Resolve(sourceFile, url);
                if (target.ExternalUrl is not null) return target.ExternalUrl;
                if (target.Address is null) return url;
                var address = _urls.Page(target.Language ?? _language, target.Address);
                return target.Fragment is null ? address : $"{address}#{target.Fragment}";
            });
        }
        catch (ArgumentException ex)
        {
            // Rendering has a depth limit of its own, below the parser's that the link check meets.
            throw new ContentFileException(writtenIn ?? sourceFile, Diagnostics.Messages.TextTooDeep(ex.Message));
        }
    }

    /// <summary>The name of the region a table written in Markdown scrolls in.</summary>
    private string TableLabel => _catalogue["prose.table"];

    private StrategyView BuildStrategy(Strategy strategy)
    {
        var initiatives = strategy.Initiatives.Select(i => BuildInitiative(i, strategy)).ToList();
        return new StrategyView(
            strategy.Id,
            StrategyLabel(strategy),
            Text(strategy.Title),
            _urls.Page(_language, Addresses.Of(strategy)),
            strategy.Challenge.Id,
            Counts(strategy.Initiatives),
            initiatives,
            _urls.Folder(strategy.Folder));
    }

    private InitiativeView BuildInitiative(Initiative initiative, Strategy strategy)
    {
        var status = initiative.EffectiveStatus;
        var narrative = initiative.Narrative;
        var view = new InitiativeView(
            initiative.Id,
            initiative.Anchor,
            _urls.Page(_language, Addresses.Of(initiative)),
            Label(initiative),
            Text(initiative.Title),
            initiative.Achievements.Select(Text).ToList(),
            initiative.TargetsNote is null ? null : Text(initiative.TargetsNote),
            initiative.Targets.Select(t => new TargetView(Text(t.Text), t.Threshold is null ? null : _catalogue.FormatThreshold(t.Threshold))).ToList(),
            _catalogue[strategy.TargetsHeading],
            status is null ? [] : status.Codes.Select(Status).ToList(),
            narrative.IsEmpty ? null : MarkdownHtml(narrative.In(_language), initiative.SourcePath, 4,
                narrative.IsTranslated(_language) ? initiative.Translations.In(_language)?.Path : null),
            narrative.IsEmpty || narrative.IsTranslated(_language) ? null : _model.SourceLanguage.HtmlLang,
            initiative.TranslatableTexts().Any(t => !t.IsTranslated(_language)),
            initiative.RepostOf is { } original
                ? new RepostView(original.Id, _urls.Page(_language, Addresses.Of(original)), _catalogue.Format("label.repost", ("id", original.Id)))
                : null,
            EditUrl(initiative),
            strategy.Challenge.Id,
            StrategyLabel(strategy),
            Text(strategy.Title),
            _urls.Page(_language, Addresses.Of(strategy)),
            HistoryOf(initiative));
        return view;
    }

    /// <summary>GitHub's editor on the file that holds this language's text, or on a new one when it has none yet.</summary>
    private string EditUrl(Initiative initiative)
    {
        if (_language.IsSource) return _urls.EditFile(initiative.SourcePath);
        return initiative.Translations.In(_language) is { } translation
            ? _urls.EditFile(translation.Path)
            : _urls.NewFile(SourcePath.TranslationFile(initiative.SourcePath, _language));
    }

    /// <summary>
    /// 具体的取組2-1-3. The 市政改革プラン items are numbered 1, 2, 3 in the source, not under a strategy: their id
    /// (reform-1) is a code for files and addresses, not their name.
    /// </summary>
    public string Label(Initiative initiative) =>
        _catalogue.Format("label.initiative", ("id", initiative.Strategy.Challenge.Number is null ? initiative.Number : initiative.Id));

    public StatusView Status(StatusCode code) => new(code.Axis, _catalogue[StatusAxis.LabelKeyOf(code.Axis)], code.Code, _catalogue[code.LabelKey], code.Tone);

    /// <summary>Counts on each axis of the report's stage; re-listed initiatives, which have no status of their own, are not counted.</summary>
    public CountsView Counts(IEnumerable<Initiative> initiatives) => Counts(initiatives, _report.Axes);

    public CountsView Counts(IEnumerable<Initiative> initiatives, IReadOnlyList<StatusAxis> axes)
    {
        var statuses = initiatives.Where(i => i.Status is not null).Select(i => i.Status!).ToList();
        return new CountsView(statuses.Count, axes.Select(axis => new AxisView(axis.Id, _catalogue[axis.LabelKey],
            axis.Codes.Select(c => Count(c, statuses.Count(s => s[axis.Id] == c), statuses.Count)).ToList())).ToList());
    }

    /// <summary>The initiative in every report that carries it, the oldest first; empty when it is in this report only.</summary>
    private IReadOnlyList<HistoryView> HistoryOf(Initiative initiative)
    {
        var line = _history.Of(initiative);
        if (line.Count < 2) return [];
        return line.Select(i =>
        {
            var index = _reportIndex[i.Strategy.Challenge.Report];
            return new HistoryView(
                Reports[index],
                _urls.Page(_language, Addresses.Of(i)),
                i.EffectiveStatus is { } status ? status.Codes.Select(Status).ToList() : [],
                i == initiative,
                _model.Reports[index].Axes.Count > 0);
        }).ToList();
    }

    private CountView Count(StatusCode code, int count, int total) =>
        new(code.Code, _catalogue[code.LabelKey], code.Tone, count, total == 0 ? 0 : (int)Math.Round(100.0 * count / total));
}

/// <summary>A source file's content cannot be rendered: an error on that file, found after validation.</summary>
public sealed class ContentFileException(string file, Diagnostics.Message says) : Exception(says.English)
{
    public string File { get; } = file;
    public Diagnostics.Message Says { get; } = says;
}
