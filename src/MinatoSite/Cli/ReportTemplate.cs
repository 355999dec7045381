using System.Globalization;
using System.Text;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;

namespace MinatoSite.Cli;

/// <summary>
/// Starts the next report as a draft from an earlier one: its plan and its initiatives carried over (ids, numbers,
/// titles, targets and their translations), everything the new report must say for itself left to write (its
/// title, meeting and date, each initiative's results and status, its narrative), so that <c>check</c> lists what
/// is still to fill in, per file and line, as warnings while the report is a draft.
/// </summary>
public static class ReportTemplate
{
    /// <summary>Writes the report and returns how many files it wrote, or null with the reason.</summary>
    /// <param name="fromId">The report to start from; null for the latest.</param>
    public static int? Create(string root, string id, int fiscalYear, string stage, string? fromId, ErrorList errors, out Message? problem)
    {
        problem = null;
        var model = SiteLoader.Load(root, errors);
        if (model is null || errors.HasErrors)
        {
            problem = Messages.NewDataErrors();
            return null;
        }
        var from = fromId is null ? model.Latest : model.Reports.FirstOrDefault(r => r.Report.Id == fromId);
        if (from is null)
        {
            problem = Messages.NewUnknownReport(fromId!, model.Reports.Select(r => r.Report.Id));
            return null;
        }
        if (!DataLoader.IsSlug(id))
        {
            problem = Messages.BadReportFolder(id);
            return null;
        }
        if (!Vocabulary.Stages.Contains(stage))
        {
            problem = Messages.UnknownStage(stage);
            return null;
        }
        var data = SourcePath.ReportDataFolder(id);
        var input = SourcePath.ReportFolder(id);
        if (Directory.Exists(Path.Combine(root, data)) || Directory.Exists(Path.Combine(root, input)))
        {
            problem = Messages.NewReportExists(id);
            return null;
        }
        // Its addresses are its fiscal year and stage: a report of the same year and stage would share them.
        if (model.Reports.FirstOrDefault(r => r.Report.FiscalYear == fiscalYear && r.Report.Stage == stage) is { } twin)
        {
            problem = Messages.ReportSameYearAndStage(twin.Id, fiscalYear, stage);
            return null;
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{data}/report.yml"] = ReportYaml(id, fiscalYear, stage),
        };
        // The plan carries over as it is, in every language, comments included: staff change what the new report
        // changes. Read as the loader reads it (no link, inside the repository), and only the files it reads.
        var oldData = SourcePath.ReportDataFolder(from.Report.Id);
        foreach (var name in model.Languages.Select(l => l.IsSource ? "plan.yml" : $"plan.{l.Code}.yml"))
        {
            if (!File.Exists(Path.Combine(root, oldData, name))) continue;
            if (SourceFile.Read(root, $"{oldData}/{name}", errors) is not { } plan)
            {
                problem = Messages.NewDataErrors();
                return null;
            }
            files[$"{data}/{name}"] = plan.Text;
        }
        foreach (var initiative in from.Initiatives)
        {
            var path = SourcePath.InitiativeFile(id, initiative.Strategy.Id, initiative.Id);
            files[path] = InitiativeYaml(initiative, model, stage, continues: fiscalYear != from.Report.FiscalYear);
            foreach (var language in model.Languages.Where(l => !l.IsSource && initiative.Translations.In(l) is not null))
                files[SourcePath.TranslationFile(path, language)] = TranslationYaml(initiative, language);
        }
        // Written only when every file is ready, never through a link: nothing half-written.
        foreach (var folder in new[] { data, input })
        {
            if (SourceTree.LinkOnTheWay(root, $"{folder}/report") is not { } link) continue;
            problem = link;
            return null;
        }
        foreach (var (path, text) in files) SourceTree.WriteNew(root, path, text);
        return files.Count;
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ReportYaml(string id, int fiscalYear, string stage) => $"""
        # 作成中の報告（下書き）。公開するときに draft: true を draft: false にします。書き方は docs/editing-guide.md を参照してください。
        id: {id}
        fiscalYear: {fiscalYear}
        stage: {stage}
        draft: true
        title: {Quoted(Placeholders.ReportTitle)}
        meeting: {Quoted(Placeholders.ReportMeeting)}
        # 公表する年月（例: 2022-11）。公表するときに直します。
        date: {ContentDate.Today:yyyy-MM}

        """;

    /// <param name="continues">The new report is of another fiscal year: the initiative says which one it carries on
    /// with, so that its history links the years (within a year, the same id does).</param>
    private static string InitiativeYaml(Initiative initiative, SiteModel model, string stage, bool continues)
    {
        var text = new StringBuilder();
        text.Append($"---\nid: {initiative.Id}\nstrategy: {initiative.Strategy.Id}\nnumber: {initiative.Number}\ntitle: {Quoted(initiative.Title.Source)}\n");
        if (continues) text.Append($"# 前の年度の具体的取組{initiative.Id}を引き継ぐ取組です。新しい取組なら、この行を消します。\ncontinues: {initiative.Id}\n");
        if (initiative.RepostOfId is { } original)
        {
            // A re-listing shows the initiative it re-lists: nothing else to write.
            text.Append($"repostOf: {original}\n---\n");
            return text.ToString();
        }
        text.Append($"# この報告の取組実績を書きます（前の報告の実績は引き継ぎません）。\nachievements:\n  - {Quoted(Placeholders.Achievement)}\n");
        if (initiative.TargetsNote is { } note) text.Append($"targetsNote: {Quoted(note.Source)}\n");
        if (initiative.Targets.Count > 0)
        {
            text.Append("targets:\n");
            foreach (var target in initiative.Targets)
            {
                text.Append($"  - text: {Quoted(target.Text.Source)}\n");
                if (target.Threshold is not { } threshold) continue;
                text.Append($"    threshold:\n      value: {Number(threshold.Value)}\n      unit: {Quoted(threshold.Unit)}\n");
                if (threshold.Comparison is { } comparison) text.Append($"      comparison: {Vocabulary.CodeOf(comparison)}\n");
                if (threshold.OutOf is { } outOf) text.Append($"      outOf: {Number(outOf)}\n");
            }
        }
        text.Append(InitiativeTemplate.StatusLines(model.Stages[stage], model.Catalogues[model.SourceLanguage.Code]));
        text.Append("# 課題・改善策は、下の「---」の次の行から書きます。\n---\n");
        return text.ToString();
    }

    /// <summary>The translation's title, targets note and targets carry over; its results and narrative are the new report's to write.</summary>
    private static string TranslationYaml(Initiative initiative, Language language)
    {
        var text = new StringBuilder($"---\ntitle: {Quoted(initiative.Title.In(language))}\n");
        if (initiative.RepostOfId is null && initiative.TargetsNote is { } note) text.Append($"targetsNote: {Quoted(note.In(language))}\n");
        if (initiative.RepostOfId is null && initiative.Targets.Count > 0)
        {
            text.Append("targets:\n");
            foreach (var target in initiative.Targets) text.Append($"  - text: {Quoted(target.Text.In(language))}\n");
        }
        return text.Append("---\n").ToString();
    }
}
