using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>Every report of the site, by fiscal year, the latest first: where a reader chooses another report.</summary>
public sealed class ReportsPage : HtmlPageType
{
    public override string Name => "list of reports";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        model.Languages.Select(language => Page(model, null, language, Addresses.Reports, new Reads(new HashSet<string>(), SiteDate: true), "the site's list of reports"));

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var title = view.Catalogue["reports.title"];
        var years = view.Reports.GroupBy(r => r.FiscalYear).OrderByDescending(g => g.Key)
            .Select(g => new FiscalYearView(view.FiscalYear(g.Key), g.Reverse().ToList())).ToList();
        return new PageContent("reports", title, [new LinkView(title, site.Urls.Page(file.Language!, file.Address))], page => new ReportsLayout { Page = page, Years = years });
    }
}
