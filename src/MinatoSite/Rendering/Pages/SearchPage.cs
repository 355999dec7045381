using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>The search page of each language, which loads the Pagefind index the build writes beside the site.</summary>
public sealed class SearchPage : HtmlPageType
{
    public override string Name => "search page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        model.Languages.Select(language => Page(model, null, language, Addresses.Search, new Reads(new HashSet<string>(), SiteDate: true), "the site's search page"));

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var title = view.Catalogue["search.title"];
        return new PageContent("search", title, [new LinkView(title, site.Urls.Page(file.Language!, file.Address))], page => new SearchLayout
        {
            Page = page,
            BundleUrl = site.Urls.BasePath + Addresses.SearchIndex,
            BasePath = site.Urls.BasePath,
            Reports = view.Reports,
        })
        { Searchable = false };
    }
}
