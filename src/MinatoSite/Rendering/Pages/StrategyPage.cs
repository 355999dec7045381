using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>One page per 戦略 and language: each initiative in full, with its results, targets and status.</summary>
public sealed class StrategyPage : HtmlPageType
{
    public override string Name => "strategy page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from strategy in model.Strategies
        from language in model.Languages
        select Page(model, model.ReportOf(strategy.Challenge), language, Addresses.Of(strategy), Reads.Of(ChallengePage.Shown(strategy.Initiatives).Select(i => i.SourcePath).Concat(History(strategy, model))),
            $"strategy {strategy.Id} of {SourcePath.ReportDataFolder(strategy.Challenge.Report.Id)}/plan.yml", strategy);

    /// <summary>The initiatives of other reports whose status the strategy's initiatives show in their history.</summary>
    private static IEnumerable<string> History(Strategy strategy, SiteModel model)
    {
        var history = model.History;
        return strategy.Initiatives.SelectMany(history.Of).Select(i => i.SourcePath);
    }

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var model = (Strategy)file.Subject!;
        var strategies = view.Strategies;
        var index = view.IndexOf(model);
        var strategy = strategies[index];
        var challenge = view.Challenge(model.Challenge);
        var title = Join(strategy.Label, strategy.Title.Text);
        var crumbs = new List<LinkView>();
        if (challenge.Strategies.Count > 1 || challenge.Label.Length > 0) crumbs.Add(new(Join(challenge.Label, challenge.Title.Text), challenge.Url));
        crumbs.Add(new(title, strategy.Url));
        return new PageContent("strategy", title, crumbs, page => new StrategyLayout
        {
            Page = page,
            Strategy = strategy,
            Challenge = challenge,
            Previous = index > 0 ? strategies[index - 1] : null,
            Next = index < strategies.Count - 1 ? strategies[index + 1] : null,
        })
        {
            Untranslated = strategy.Title.Lang is not null || challenge.Title.Lang is not null || strategy.Initiatives.Any(x => x.Untranslated),
        };
    }
}
