using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>
/// What changed from one report to the next of the same fiscal year (<c>/2021/yearend/changes/</c>): the counts on
/// each compared axis before and after, in a table and the same numbers in a chart, and every initiative whose
/// status changed.
/// </summary>
public sealed class ChangesPage : HtmlPageType
{
    public override string Name => "comparison page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from comparison in model.Comparisons
        from language in model.Languages
        select Page(model, comparison.Later, language, Addresses.Changes(comparison.Later.Report),
            Reads.Of(comparison.Earlier.Initiatives.Concat(comparison.Later.Initiatives).Select(i => i.SourcePath)),
            $"the comparison of {comparison.Earlier.Id} and {comparison.Later.Id}", comparison);

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var comparison = (ReportComparison)file.Subject!;
        var language = file.Language!;
        var before = site.Views(comparison.Earlier, language);
        var catalogue = view.Catalogue;
        var title = catalogue.Format("changes.title", ("earlier", before.Report.Name), ("later", view.Report.Name));
        var axes = comparison.Axes.Select(a => new ComparedAxisView(
            before.Counts(comparison.Earlier.Initiatives, [a.Earlier]).Axes[0],
            view.Counts(comparison.Later.Initiatives, [a.Later]).Axes[0])).ToList();
        var chart = Charts.StackedBars("chart-changes", catalogue["changes.chart"], catalogue["changes.chart-description"],
            axes.SelectMany(a => new[]
            {
                (new TextView(catalogue.Format("changes.bar", ("report", before.Report.Name), ("axis", a.Before.Caption)), null), a.Before.Rows),
                (new TextView(catalogue.Format("changes.bar", ("report", view.Report.Name), ("axis", a.After.Caption)), null), a.After.Rows),
            }));
        var changes = comparison.Changes.Select(c => new ChangeView(
            c.After.Id,
            view.Text(c.After.Title),
            site.Urls.Page(language, Addresses.Of(c.Before)),
            site.Urls.Page(language, Addresses.Of(c.After)),
            before.Status(c.From),
            view.Status(c.To))).ToList();
        return new PageContent("changes", title, [new LinkView(title, site.Urls.Page(language, file.Address))], page => new ChangesLayout
        {
            Page = page,
            Earlier = before.Report,
            Later = view.Report,
            Axes = axes,
            Changes = changes,
            Unchanged = comparison.Unchanged,
            Chart = chart,
        })
        {
            Untranslated = changes.Any(c => c.Title.Lang is not null),
        };
    }
}
