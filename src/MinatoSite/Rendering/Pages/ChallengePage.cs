using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>One page per 経営課題 and language: its strategies and every initiative under them.</summary>
public sealed class ChallengePage : HtmlPageType
{
    public override string Name => "challenge page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from challenge in model.Challenges
        from language in model.Languages
        select Page(model, model.ReportOf(challenge), language, Addresses.Of(challenge), Reads.Of(Shown(challenge.Initiatives).Select(i => i.SourcePath)),
            $"challenge {challenge.Id} of {SourcePath.ReportDataFolder(challenge.Report.Id)}/plan.yml", challenge);

    /// <summary>The initiatives a page shows, with the originals of those that re-list another (whose status they show).</summary>
    internal static IEnumerable<Initiative> Shown(IEnumerable<Initiative> initiatives) =>
        initiatives.SelectMany(i => new[] { i, i.RepostOf }).OfType<Initiative>();

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var model = (Challenge)file.Subject!;
        var challenge = view.Challenge(model);
        var title = Join(challenge.Label, challenge.Title.Text);
        return new PageContent("challenge", title, [new LinkView(title, challenge.Url)], page => new ChallengeLayout { Page = page, Challenge = challenge })
        {
            Untranslated = challenge.Title.Lang is not null || challenge.Strategies.Any(s => s.Title.Lang is not null || s.Initiatives.Any(i => i.Title.Lang is not null)),
        };
    }
}
