using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>GitHub Pages serves one 404.html for every language: it is in the source language and greets in each of the others.</summary>
public sealed class NotFoundPage : HtmlPageType
{
    public override string Name => "not-found page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        [Page(model, null, model.SourceLanguage, Addresses.NotFound, new Reads(new HashSet<string>(), SiteDate: true), "the site's not-found page", listed: false, path: Addresses.NotFound)];

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var model = site.Model;
        var others = model.Languages.Where(l => !l.IsSource).Select(l =>
        {
            var catalogue = model.Catalogues[l.Code];
            return new NotFoundView(l.HtmlLang, catalogue["notfound.title"], catalogue["notfound.text"], site.Urls.Page(l, Addresses.Overview), catalogue["nav.home"]);
        }).ToList();
        // Served at any address: its language switcher and canonical link lead to the home pages.
        return new PageContent("404", view.Catalogue["notfound.title"], [], page => new NotFoundLayout { Page = page, Languages = others })
        { FrameAddress = Addresses.Overview };
    }
}
