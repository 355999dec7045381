using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Output;

namespace MinatoSite.Review;

/// <summary>One initiative as residents will see it change: its status on each axis, and which texts change.</summary>
/// <param name="Before">Null for a new initiative.</param>
/// <param name="After">Null for one that is removed.</param>
public sealed record InitiativeChange(string Id, string Title, Initiative? Before, Initiative? After, IReadOnlyList<string> Texts);

/// <summary>
/// What a pull request changes for residents, from the models of the base branch's content and of the pull request's:
/// compared as content, not as text, so that a moved line or a re-quoted value is no change, and a status is named by
/// its label. Also the Markdown summary GitHub shows on the run's page (GITHUB_STEP_SUMMARY), with every error.
/// </summary>
public static class ChangeSummary
{
    /// <summary>The model of <paramref name="baseRef"/>'s content, read from git into a temporary folder; null with why not.</summary>
    public static (SiteModel? Model, string? Problem) LoadBase(string root, string baseRef)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"minatosite-base-{Guid.NewGuid():N}");
        var archive = folder + ".tar";
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root };
            foreach (var argument in new[] { "archive", "--format=tar", "-o", archive, baseRef, "--", SourcePath.InputFolder, SourcePath.DataFolder })
                start.ArgumentList.Add(argument);
            var (exit, output) = ExternalProgram.Run(start, TimeSpan.FromMinutes(2));
            if (exit != 0) return (null, $"the content of {baseRef} could not be read with git ({output.Trim()})");
            Directory.CreateDirectory(folder);
            // Links in the archive are extracted as links, and the loader refuses them, as it does in the checkout.
            TarFile.ExtractToDirectory(archive, folder, overwriteFiles: false);
            var errors = new ErrorList();
            var model = SiteLoader.Load(folder, errors);
            return model is null || errors.HasErrors ? (null, $"the content of {baseRef} has errors of its own") : (model, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            return (null, $"the content of {baseRef} could not be read ({ex.Message})");
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
        var old = before.Initiatives.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var changes = new List<InitiativeChange>();
        foreach (var initiative in after.Initiatives)
        {
            if (!old.Remove(initiative.Id, out var previous))
            {
                changes.Add(new InitiativeChange(initiative.Id, initiative.Title.Source, null, initiative, ["新規"]));
                continue;
            }
            var texts = TextChanges(previous, initiative);
            if (texts.Count > 0 || !SameStatus(previous.EffectiveStatus, initiative.EffectiveStatus))
                changes.Add(new InitiativeChange(initiative.Id, initiative.Title.Source, previous, initiative, texts));
        }
        changes.AddRange(old.Values.Select(i => new InitiativeChange(i.Id, i.Title.Source, i, null, ["削除"])));
        return changes;
    }

    /// <summary>The other things residents read differently: pages of input/, the plan's titles, the report's names.</summary>
    public static IReadOnlyList<string> CompareOthers(SiteModel before, SiteModel after)
    {
        var changes = new List<string>();
        var pages = before.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        foreach (var page in after.Pages)
        {
            if (!pages.Remove(page.Slug, out var old)) changes.Add($"ページ「{page.Title.Source}」を追加");
            else if (!Same(old.Title, page.Title) || !Same(old.Body, page.Body)) changes.Add($"ページ「{page.Title.Source}」を変更");
        }
        changes.AddRange(pages.Values.Select(p => $"ページ「{p.Title.Source}」を削除"));
        var challenges = before.Challenges.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var strategies = before.Strategies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var challenge in after.Challenges)
        {
            if (!challenges.TryGetValue(challenge.Id, out var old)) changes.Add($"経営課題 {challenge.Id}「{challenge.Title.Source}」を追加");
            else if (!Same(old.Title, challenge.Title)) changes.Add($"経営課題 {challenge.Id} の名称を変更");
        }
        foreach (var strategy in after.Strategies)
        {
            if (!strategies.TryGetValue(strategy.Id, out var old)) changes.Add($"戦略 {strategy.Id}「{strategy.Title.Source}」を追加");
            else if (!Same(old.Title, strategy.Title)) changes.Add($"戦略 {strategy.Id} の名称を変更");
        }
        if (!Same(before.Report.Title, after.Report.Title) || !Same(before.Report.Meeting, after.Report.Meeting)) changes.Add("報告書の名称を変更");
        return changes;
    }

    private static bool SameStatus(InitiativeStatus? a, InitiativeStatus? b) =>
        a?.Outlook.Code == b?.Outlook.Code && a?.Progress.Code == b?.Progress.Code;

    /// <summary>Which texts residents will read differently, in words, in every language.</summary>
    private static List<string> TextChanges(Initiative before, Initiative after)
    {
        var changes = new List<string>();
        void Compare(string what, IEnumerable<LocalizedText> a, IEnumerable<LocalizedText> b)
        {
            var x = a.ToList();
            var y = b.ToList();
            if (y.Count > x.Count) changes.Add($"{what} {y.Count - x.Count}件追加");
            else if (y.Count < x.Count) changes.Add($"{what} {x.Count - y.Count}件削除");
            else if (x.Zip(y).Any(p => !Same(p.First, p.Second))) changes.Add($"{what}を変更");
        }
        Compare("名称", [before.Title], [after.Title]);
        Compare("取組実績", before.Achievements, after.Achievements);
        Compare("目標", before.Targets.Select(t => t.Text), after.Targets.Select(t => t.Text));
        if (!before.Targets.Select(t => t.Threshold).SequenceEqual(after.Targets.Select(t => t.Threshold))) changes.Add("数値目標を変更");
        Compare("課題・改善策", [before.Narrative], [after.Narrative]);
        return changes;
    }

    private static bool Same(LocalizedText a, LocalizedText b) =>
        a.Source == b.Source && a.Translations.Count == b.Translations.Count
        && a.Translations.All(t => b.Translations.TryGetValue(t.Key, out var other) && other == t.Value);

    /// <summary>The Markdown of the run's summary: the counts, every error and warning (no limit), then what residents will see change.</summary>
    public static string Markdown(ErrorList errors, SiteModel? model, (IReadOnlyList<InitiativeChange>? Changes, IReadOnlyList<string>? Others, string? Problem) review)
    {
        var text = new StringBuilder();
        var list = errors.Sorted();
        var warnings = errors.Warnings();
        text.AppendLine("## 内容の確認");
        text.AppendLine();
        text.AppendLine(list.Count == 0
            ? $"エラーはありません。{(model is null ? "" : $"具体的取組 {model.Initiatives.Count()} 件、戦略 {model.Strategies.Count()} 件。")}"
            : $"エラーが {list.Count} 件あります。すべて直すと、サイトを公開できます。");
        if (warnings.Count > 0) text.AppendLine().AppendLine($"警告が {warnings.Count} 件あります（公開はできます）。");
        if (list.Count + warnings.Count > 0)
        {
            text.AppendLine().AppendLine("| 種類 | ファイル | 行 | 内容 |").AppendLine("| --- | --- | ---: | --- |");
            foreach (var error in list.Concat(warnings))
                text.AppendLine($"| {(error.IsWarning ? "警告" : "エラー")} | `{Cell(error.File)}` | {(error.Line > 0 ? error.Line : "")} | {Cell(error.Message)} |");
        }
        text.AppendLine().AppendLine("## 住民に見える変更").AppendLine();
        if (review.Problem is not null) text.AppendLine($"比べられませんでした: {Cell(review.Problem)}");
        else if (review.Changes is { Count: 0 } && review.Others is null or { Count: 0 }) text.AppendLine("住民に見える変更はありません。");
        else if (review.Changes is { Count: 0 }) text.AppendLine("具体的取組の表示は変わりません。");
        else if (review.Changes is { } changes && model is not null)
        {
            var labels = model.Catalogues[model.SourceLanguage.Code];
            string Status(Initiative? i, Func<InitiativeStatus, StatusCode> axis) =>
                i?.EffectiveStatus is { } s ? labels[axis(s).LabelKey] : "—";
            text.AppendLine("| 具体的取組 | 目標の達成見込み | 取組の進捗 | 文章 |").AppendLine("| --- | --- | --- | --- |");
            foreach (var change in changes)
            {
                string Axis(Func<InitiativeStatus, StatusCode> axis)
                {
                    var (a, b) = (Status(change.Before, axis), Status(change.After, axis));
                    return a == b ? a : $"{a} → **{b}**";
                }
                text.AppendLine($"| {Cell(change.Id)} {Cell(change.Title)} | {Axis(s => s.Outlook)} | {Axis(s => s.Progress)} | {Cell(string.Join("、", change.Texts))} |");
            }
        }
        if (review.Others is { Count: > 0 } others)
        {
            text.AppendLine().AppendLine("そのほかの変更:").AppendLine();
            foreach (var other in others) text.AppendLine($"- {Cell(other)}");
        }
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");
}
