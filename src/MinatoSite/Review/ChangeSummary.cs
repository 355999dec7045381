using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Output;

namespace MinatoSite.Review;

/// <summary>One initiative as residents will see it change: its status on each axis, and which texts change.</summary>
/// <param name="Report">The id of the report it is in.</param>
/// <param name="Before">Null for a new initiative.</param>
/// <param name="After">Null for one that is removed.</param>
public sealed record InitiativeChange(string Report, string Id, string Title, Initiative? Before, Initiative? After, IReadOnlyList<Message> Texts);

/// <summary>
/// What a pull request changes for residents, from the models of the base branch's content and of the pull request's:
/// compared as content, not as text, so that a moved line or a re-quoted value is no change, and a status is named by
/// its label. Also the Markdown summary GitHub shows on the run's page (GITHUB_STEP_SUMMARY), with every error.
/// </summary>
public static class ChangeSummary
{
    /// <summary>The model of <paramref name="baseRef"/>'s content, read from git into a temporary folder; null with why not.</summary>
    public static (SiteModel? Model, Message? Problem) LoadBase(string root, string baseRef)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"minatosite-base-{Guid.NewGuid():N}");
        var archive = folder + ".tar";
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root };
            foreach (var argument in new[] { "archive", "--format=tar", "-o", archive, baseRef, "--", SourcePath.InputFolder, SourcePath.DataFolder })
                start.ArgumentList.Add(argument);
            var (exit, output) = ExternalProgram.Run(start, TimeSpan.FromMinutes(2));
            if (exit != 0) return (null, Messages.BaseUnreadableGit(baseRef, output.Trim()));
            Directory.CreateDirectory(folder);
            // Links in the archive are extracted as links, and the loader refuses them, as it does in the checkout.
            TarFile.ExtractToDirectory(archive, folder, overwriteFiles: false);
            var errors = new ErrorList();
            var model = SiteLoader.Load(folder, errors);
            return model is null || errors.HasErrors ? (null, Messages.BaseHasErrors(baseRef)) : (model, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            return (null, Messages.BaseUnreadable(baseRef, ex.Message));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            if (File.Exists(archive)) File.Delete(archive);
        }
    }

    /// <summary>Every initiative that is new, removed, or shown differently, in the official order.</summary>
    public static IReadOnlyList<InitiativeChange> Compare(SiteModel before, SiteModel after)
    {
        // An initiative is the same one when it has the same id in the same report.
        static (string, string) Key(Initiative i) => (i.Strategy.Challenge.Report.Id, i.Id);
        var old = before.Initiatives.ToDictionary(Key);
        var changes = new List<InitiativeChange>();
        foreach (var initiative in after.Initiatives)
        {
            var report = initiative.Strategy.Challenge.Report.Id;
            if (!old.Remove(Key(initiative), out var previous))
            {
                changes.Add(new InitiativeChange(report, initiative.Id, initiative.Title.Source, null, initiative, [Messages.ChangeNew()]));
                continue;
            }
            var texts = TextChanges(previous, initiative);
            if (texts.Count > 0 || !(previous.EffectiveStatus?.SameAs(initiative.EffectiveStatus) ?? initiative.EffectiveStatus is null))
                changes.Add(new InitiativeChange(report, initiative.Id, initiative.Title.Source, previous, initiative, texts));
        }
        changes.AddRange(old.Values.Select(i => new InitiativeChange(i.Strategy.Challenge.Report.Id, i.Id, i.Title.Source, i, null, [Messages.ChangeRemoved()])));
        return changes;
    }

    /// <summary>The other things residents read differently: pages of input/, the plan's titles, the report's names.</summary>
    public static IReadOnlyList<Message> CompareOthers(SiteModel before, SiteModel after)
    {
        var changes = new List<Message>();
        var pages = before.Pages.ToDictionary(p => (p.Report?.Id, p.Slug));
        foreach (var page in after.Pages)
        {
            if (!pages.Remove((page.Report?.Id, page.Slug), out var old)) changes.Add(Messages.PageAdded(page.Title.Source));
            else if (!Same(old.Title, page.Title) || !Same(old.Body, page.Body)) changes.Add(Messages.PageChanged(page.Title.Source));
        }
        changes.AddRange(pages.Values.Select(p => Messages.PageRemoved(p.Title.Source)));
        var reports = before.Reports.ToDictionary(r => r.Id, r => r.Report, StringComparer.Ordinal);
        foreach (var report in after.Reports.Select(r => r.Report))
        {
            if (!reports.TryGetValue(report.Id, out var old)) changes.Add(Messages.ReportAdded(report.Id));
            else
            {
                if (!Same(old.Title, report.Title) || !Same(old.Meeting, report.Meeting)) changes.Add(Messages.ReportRenamed(report.Id));
                if (old.Draft && !report.Draft) changes.Add(Messages.ReportPublished(report.Id));
            }
        }
        var challenges = before.Challenges.ToDictionary(c => (c.Report.Id, c.Id));
        var strategies = before.Strategies.ToDictionary(s => (s.Challenge.Report.Id, s.Id));
        foreach (var challenge in after.Challenges)
        {
            if (!challenges.TryGetValue((challenge.Report.Id, challenge.Id), out var old)) changes.Add(Messages.ChallengeAdded(challenge.Id, challenge.Title.Source));
            else if (!Same(old.Title, challenge.Title)) changes.Add(Messages.ChallengeRenamed(challenge.Id));
        }
        foreach (var strategy in after.Strategies)
        {
            if (!strategies.TryGetValue((strategy.Challenge.Report.Id, strategy.Id), out var old)) changes.Add(Messages.StrategyAdded(strategy.Id, strategy.Title.Source));
            else if (!Same(old.Title, strategy.Title)) changes.Add(Messages.StrategyRenamed(strategy.Id));
        }
        return changes;
    }

    /// <summary>Which texts residents will read differently, in words, in every language.</summary>
    private static List<Message> TextChanges(Initiative before, Initiative after)
    {
        var changes = new List<Message>();
        void Compare(Message what, IEnumerable<LocalizedText> a, IEnumerable<LocalizedText> b)
        {
            var x = a.ToList();
            var y = b.ToList();
            if (y.Count > x.Count) changes.Add(Messages.ItemsAdded(what, y.Count - x.Count));
            else if (y.Count < x.Count) changes.Add(Messages.ItemsRemoved(what, x.Count - y.Count));
            else if (x.Zip(y).Any(p => !Same(p.First, p.Second)))
            {
                // Said apart, so that a reviewer sees whether the official Japanese text changed, or only a translation,
                // and which translations did not follow a change of the Japanese.
                var changed = x.Zip(y).Where(p => p.First.Source != p.Second.Source).ToList();
                var languages = x.Concat(y).SelectMany(t => t.Translations.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
                if (changed.Count == 0)
                    changes.Add(Messages.TranslationChanged(what, languages.Where(l => x.Zip(y).Any(p => p.First.Translations.GetValueOrDefault(l) != p.Second.Translations.GetValueOrDefault(l)))));
                else if (languages.Where(l => changed.All(p => p.Second.Translations.TryGetValue(l, out var t) && p.First.Translations.GetValueOrDefault(l) == t)).ToList() is { Count: > 0 } kept)
                    changes.Add(Messages.TextChangedTranslationKept(what, kept));
                else changes.Add(Messages.TextChanged(what));
            }
        }
        Compare(Messages.TheTitle(), [before.Title], [after.Title]);
        Compare(Messages.TheAchievements(), before.Achievements, after.Achievements);
        Compare(Messages.TheTargetsNote(), before.TargetsNote is { } a ? [a] : [], after.TargetsNote is { } b ? [b] : []);
        Compare(Messages.TheTargets(), before.Targets.Select(t => t.Text), after.Targets.Select(t => t.Text));
        if (!before.Targets.Select(t => t.Threshold).SequenceEqual(after.Targets.Select(t => t.Threshold))) changes.Add(Messages.ThresholdsChanged());
        Compare(Messages.TheNarrative(), [before.Narrative], [after.Narrative]);
        return changes;
    }

    private static bool Same(LocalizedText a, LocalizedText b) =>
        a.Source == b.Source && a.Translations.Count == b.Translations.Count
        && a.Translations.All(t => b.Translations.TryGetValue(t.Key, out var other) && other == t.Value);

    /// <summary>The Markdown of the run's summary: the counts, every error and warning (no limit), then what residents will see change.</summary>
    public static string Markdown(ErrorList errors, SiteModel? model, (IReadOnlyList<InitiativeChange>? Changes, IReadOnlyList<Message>? Others, Message? Problem) review, MessageCatalogue say)
    {
        var text = new StringBuilder();
        var list = errors.Sorted();
        var warnings = errors.Warnings();
        text.AppendLine($"## {Messages.SummaryTitle().In(say)}");
        text.AppendLine();
        text.AppendLine((list.Count > 0 ? Messages.SummaryErrors(list.Count)
            : model is null ? Messages.SummaryNoErrorsNoModel()
            : Messages.SummaryNoErrors(model.Initiatives.Count(), model.Strategies.Count())).In(say));
        if (warnings.Count > 0) text.AppendLine().AppendLine(Messages.SummaryWarnings(warnings.Count).In(say));
        if (list.Count + warnings.Count > 0)
        {
            text.AppendLine().AppendLine($"| {Messages.SummaryKind().In(say)} | {Messages.SummaryFile().In(say)} | {Messages.SummaryLine().In(say)} | {Messages.SummaryMessage().In(say)} |")
                .AppendLine("| --- | --- | ---: | --- |");
            foreach (var error in list.Concat(warnings))
                text.AppendLine($"| {(error.IsWarning ? Messages.SummaryWarning() : Messages.SummaryError()).In(say)} | `{Cell(error.File)}` | {(error.Line > 0 ? error.Line : "")} | {Cell(error.Text.In(say))} |");
        }
        text.AppendLine().AppendLine($"## {Messages.SummaryChangesTitle().In(say)}").AppendLine();
        // While the change has errors there is no model of it to compare: fixing them shows the changes.
        if (model is null || list.Count > 0) text.AppendLine(Messages.SummaryChangeHasErrors().In(say));
        else if (review.Problem is not null) text.AppendLine(Cell(Messages.SummaryNotCompared(review.Problem).In(say)));
        else if (review.Changes is { Count: 0 } && review.Others is null or { Count: 0 }) text.AppendLine(Messages.SummaryNothingChanges().In(say));
        else if (review.Changes is { Count: 0 }) text.AppendLine(Messages.SummaryNoInitiativeChanges().In(say));
        else if (review.Changes is { } changes && model is not null)
        {
            // Status labels as the site shows them in the summary's language, when the site has it.
            var labels = model.Catalogues.GetValueOrDefault(say.Language) ?? model.Catalogues[model.SourceLanguage.Code];
            // The report is named when the site has several: the same id is an initiative of each.
            var several = model.Reports.Count > 1 || changes.Select(c => c.Report).Distinct().Count() > 1;
            text.AppendLine($"| {Messages.SummaryInitiative().In(say)} | {Messages.SummaryStatus().In(say)} | {Messages.SummaryTexts().In(say)} |")
                .AppendLine("| --- | --- | --- |");
            foreach (var change in changes)
            {
                // Each axis of the initiative's stage, as its caption and label: unchanged, or before → **after**.
                var axes = (change.After ?? change.Before)!.EffectiveStatus?.Codes.Select(c => c.Axis) ?? [];
                string Label(Initiative? i, string axis) => i?.EffectiveStatus?[axis] is { } code ? labels[code.LabelKey] : "—";
                var status = string.Join("<br>", axes.Select(axis =>
                {
                    var (a, b) = (Label(change.Before, axis), Label(change.After, axis));
                    return $"{labels[StatusAxis.LabelKeyOf(axis)]}: " + (a == b ? a : $"{a} → **{b}**");
                }));
                var who = several ? $"{Cell(change.Report)} / {Cell(change.Id)}" : Cell(change.Id);
                text.AppendLine($"| {who} {Cell(change.Title)} | {(status.Length == 0 ? "—" : status)} | {Cell(string.Join(say.ListSeparator, change.Texts.Select(t => t.In(say))))} |");
            }
        }
        if (review.Others is { Count: > 0 } others)
        {
            text.AppendLine().AppendLine(Messages.SummaryOthers().In(say)).AppendLine();
            foreach (var other in others) text.AppendLine($"- {Cell(other.In(say))}");
        }
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");
}
