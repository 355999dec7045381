using System.Globalization;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>The home page of each language: every initiative's status, in counts, charts and one table.</summary>
public sealed class OverviewPage : HtmlPageType
{
    public override string Name => "overview";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        model.Languages.Select(language => Page(model, language, Addresses.Overview, new Reads(new HashSet<string>(), Everything: true, SiteDate: true), "the site's overview"));

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var language = file.Language!;
        return new PageContent("overview", view.Catalogue["overview.title"], [], page => new OverviewLayout
        {
            Page = page,
            Challenges = view.Challenges,
            Strategies = view.Strategies,
            Overall = view.Overall,
            Initiatives = view.Initiatives.ToList(),
            Coverage = Coverage(site.Model, language),
            ReportMonth = site.Model.Report.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Charts = Charts(view),
        });
    }

    /// <summary>The overall status, then each axis by 経営課題: the pictures of the tables on the overview.</summary>
    private static List<ChartView> Charts(ViewBuilder view)
    {
        var catalogue = view.Catalogue;
        TextView Name(ChallengeView c) => c.Title with { Text = Join(c.Label, c.Title.Text) };
        return
        [
            Rendering.Charts.StackedBars("chart-overall", catalogue["chart.overall"], catalogue.Format("chart.overall-description", ("total", view.Overall.Total)),
                view.Overall.Axes.Select(a => (new TextView(a.Caption, null), a.Rows))),
            Rendering.Charts.StackedBars("chart-outlook", catalogue["chart.outlook-by-challenge"], catalogue["chart.by-challenge-description"],
                view.Challenges.Select(c => (Name(c), c.Counts.Outlook))),
            Rendering.Charts.StackedBars("chart-progress", catalogue["chart.progress-by-challenge"], catalogue["chart.by-challenge-description"],
                view.Challenges.Select(c => (Name(c), c.Counts.Progress))),
        ];
    }

    /// <summary>How much of a language is translated, while it is incomplete.</summary>
    private static CoverageView? Coverage(SiteModel model, Language language)
    {
        if (language.IsSource) return null;
        var (translated, total) = model.TranslationCoverage(language);
        return translated == total ? null : new CoverageView(translated, total, 100 * translated / total);
    }
}
