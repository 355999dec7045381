using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>
/// Each report's overview in each language (<c>/2021/midterm/</c>): every initiative's status, in counts, charts
/// and one table. The home page is the latest report's overview.
/// </summary>
public sealed class OverviewPage : HtmlPageType
{
    public override string Name => "overview";

    public override IEnumerable<PlannedFile> Plan(SiteModel model)
    {
        foreach (var report in model.Reports)
            foreach (var language in model.Languages)
                yield return Page(model, report, language, Addresses.Of(report.Report), ReadsOf(report), Origin(report), wholeReport: true);
        // The home page shows whichever report is the latest; each report keeps its own address for good.
        foreach (var language in model.Languages)
            yield return Page(model, model.Latest, language, Addresses.Overview, ReadsOf(model.Latest), Origin(model.Latest), wholeReport: true);
    }

    private static string Origin(ReportContent report) => $"the overview of {SourcePath.ReportDataFolder(report.Id)}/report.yml";

    private static Reads ReadsOf(ReportContent report) => Reads.Of(ChallengePage.Shown(report.Initiatives).Select(i => i.SourcePath));

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var language = file.Language!;
        var report = file.Report!;
        var catalogue = view.Catalogue;
        var changes = site.Model.Comparisons.FirstOrDefault(c => c.Later == report);
        return new PageContent("overview", view.Report.Name, [], page => new OverviewLayout
        {
            Page = page,
            Report = view.Report,
            KeyFigures = KeyFigures(report, view, site.Urls.Page(language, file.Address)),
            Changes = changes is null ? null : new LinkView(
                catalogue.Format("overview.changes", ("earlier", site.Views(changes.Earlier, language).Report.Name)),
                site.Urls.Page(language, Addresses.Changes(report.Report))),
            Intro = catalogue.Format($"overview.intro-{report.Report.Stage}", ("year", view.FiscalYear(report.Report.FiscalYear))),
            Challenges = view.Challenges,
            Strategies = view.Strategies,
            Overall = view.Overall,
            Initiatives = view.Initiatives.ToList(),
            Coverage = Coverage(site.Model, report, language),
            Charts = Charts(view),
        })
        {
            // The home page repeats the latest report's overview, which search finds at its own address.
            Searchable = file.Address != Addresses.Overview,
        };
    }

    /// <summary>The id of the overview's list of every initiative, which its filters narrow.</summary>
    public const string ListId = "all-initiatives";

    /// <summary>
    /// A sentence per axis, every code with its count; where most of a code that is not good news (two or more)
    /// falls in one strategy, the sentence names it, as a reader of the source would look for first.
    /// </summary>
    private static KeyFiguresView? KeyFigures(ReportContent report, ViewBuilder view, string page)
    {
        var overall = view.Overall;
        if (overall.Axes.Count == 0) return null;
        var catalogue = view.Catalogue;
        var judged = report.Initiatives.Where(i => i.Status is not null).ToList();
        var sentences = new List<string>();
        foreach (var (axis, index) in report.Axes.Select((a, i) => (a, i)))
        {
            var counts = overall.Axes[index];
            var parts = axis.Codes.Zip(counts.Rows).Where(p => p.Second.Count > 0).Select(p =>
            {
                var (code, row) = p;
                if (code.Tone == "negative" && row.Count >= 2)
                {
                    var most = judged.Where(i => i.Status![axis.Id] == code).GroupBy(i => i.Strategy.Id).MaxBy(g => g.Count())!;
                    var place = view.Strategies.Single(s => s.Id == most.Key);
                    // An untranslated title would put another language inside the sentence: it is left out then.
                    if (2 * most.Count() > row.Count && place.Title.Lang is null)
                        return catalogue.Format("overview.axis-part-within", ("label", row.Label), ("count", row.Count), ("within", most.Count()), ("place", Join(place.Label, place.Title.Text)));
                }
                return catalogue.Format("overview.axis-part", ("label", row.Label), ("count", row.Count));
            });
            var sentence = catalogue.Format("overview.axis-sentence", ("caption", counts.Caption), ("parts", string.Join(catalogue["overview.part-separator"], parts)));
            sentences.Add(index == 0 ? catalogue.Format("overview.sentence-lead", ("total", overall.Total)) + sentence : sentence);
        }
        return new KeyFiguresView(
            sentences,
            overall.Total,
            overall.Axes.Select(a => new KeyAxisView(a.Caption, a.Rows.Select(r => new KeyFigureView(
                r.Label, r.Tone, r.Count, r.Count == 0 ? null : $"{page}?{a.Id}={r.Code}#{ListId}")).ToList())).ToList());
    }

    /// <summary>The overall status, then each axis by 経営課題: the pictures of the tables on the overview.</summary>
    private static List<ChartView> Charts(ViewBuilder view)
    {
        var catalogue = view.Catalogue;
        TextView Name(ChallengeView c) => c.Title with { Text = Join(c.Label, c.Title.Text) };
        var charts = new List<ChartView>();
        if (view.Overall.Axes.Count == 0) return charts;
        charts.Add(Rendering.Charts.StackedBars("chart-overall", catalogue["chart.overall"], catalogue.Format("chart.overall-description", ("total", view.Overall.Total)),
            view.Overall.Axes.Select(a => (new TextView(a.Caption, null), a.Rows))));
        foreach (var (axis, index) in view.Overall.Axes.Select((a, i) => (a, i)))
            charts.Add(Rendering.Charts.StackedBars($"chart-axis-{axis.Id}", catalogue.Format("chart.by-challenge", ("axis", axis.Caption)), catalogue["chart.by-challenge-description"],
                view.Challenges.Select(c => (Name(c), c.Counts.Axes[index].Rows))));
        return charts;
    }

    /// <summary>How much of a language is translated, while it is incomplete.</summary>
    private static CoverageView? Coverage(SiteModel model, ReportContent report, Language language)
    {
        if (language.IsSource) return null;
        var (translated, total) = model.TranslationCoverage(report, language);
        return translated == total ? null : new CoverageView(translated, total, 100 * translated / total);
    }
}
