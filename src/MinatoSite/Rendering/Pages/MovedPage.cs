using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>
/// The addresses the former report's pages had before each report had its own (<c>/strategies/2-1/</c>): GitHub
/// Pages has no redirects, so each answers with a page that sends the reader on to the new address
/// (<c>/2021/midterm/strategies/2-1/</c>) and links to it. Links residents shared keep leading to what they meant.
/// </summary>
public sealed class MovedPage : HtmlPageType
{
    public override string Name => "moved page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model)
    {
        if (model.FormerReport is not { } former) return [];
        // Every page of the report that had an address then; its overview's was the home page, which stays.
        var addresses = former.Challenges.Select(Addresses.Of)
            .Concat(former.Strategies.Select(Addresses.Of))
            .Concat(former.Pages.Select(Addresses.Of));
        return from address in addresses
               from language in model.Languages
               select Page(model, former, language, Addresses.WithoutYear(former.Report, address), Reads.Nothing,
                   $"the former address of {address}", address, listed: false);
    }

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var target = (string)file.Subject!;
        var title = view.Catalogue["moved.title"];
        return new PageContent("moved", title, [], page => new MovedLayout { Page = page, Title = title })
        {
            FrameAddress = target,
            MovedTo = site.Urls.Page(file.Language!, target),
            Searchable = false,
        };
    }
}
