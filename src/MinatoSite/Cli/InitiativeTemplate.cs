using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;

namespace MinatoSite.Cli;

/// <summary>
/// Writes a new initiative file in the right place with every field present and explained, so that staff
/// start from something valid rather than from a copy of another initiative.
/// </summary>
public static class InitiativeTemplate
{
    /// <summary>Creates the file and returns its path relative to the root, or null with the reason.</summary>
    /// <param name="reportId">The report to add it to; null for the latest.</param>
    public static string? Create(string root, string id, string title, string? reportId, ErrorList errors, out Message? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(title))
        {
            problem = Messages.NewNoTitle();
            return null;
        }
        var data = DataLoader.Load(root, errors);
        if (data is null)
        {
            problem = Messages.NewDataErrors();
            return null;
        }
        var report = reportId is null ? data.Latest : data.Report(reportId);
        if (report is null)
        {
            problem = Messages.NewUnknownReport(reportId!, data.Reports.Select(r => r.Report.Id));
            return null;
        }
        // The strategy ids are those of the report's plan.yml: an id is one of them, a '-' and a number.
        var plan = $"{SourcePath.ReportDataFolder(report.Report.Id)}/plan.yml";
        var strategies = report.Strategies.Select(s => s.Id).ToList();
        if (SourcePath.SplitInitiativeId(id, strategies) is not { } split)
        {
            // What stands before the last '-' is the strategy the id names, unless the id is a strategy itself.
            var dash = id.LastIndexOf('-');
            var named = dash > 0 && !strategies.Contains(id) ? id[..dash] : null;
            var example = SourcePath.InitiativeId(strategies.Contains(id) ? id : strategies.FirstOrDefault() ?? "2-1", 7);
            problem = named is not null && !strategies.Contains(named)
                ? Messages.NewUnknownStrategy(named, plan, strategies)
                : Messages.NewNotAnId(id, plan, example);
            return null;
        }
        var strategyId = split.Strategy;
        var path = SourcePath.InitiativeFile(report.Report.Id, strategyId, id);
        var full = Path.Combine(root, path);
        if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            problem = Messages.NewExists(path);
            return null;
        }
        // Not written through a link: no folder on the way is one, and the file is made anew.
        if (SourceTree.LinkOnTheWay(root, path) is { } link)
        {
            problem = link;
            return null;
        }
        SourceTree.WriteNew(root, path, Text(id, strategyId, split.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), title, report.Report.Stage, data));
        return path;
    }

    /// <summary>
    /// The new file: every field present, the status left empty (check refuses it until a code is chosen, so that a
    /// forgotten status is never published as good), the codes and their labels listed from data/, placeholders
    /// that check refuses until replaced.
    /// </summary>
    private static string Text(string id, string strategy, string number, string title, string stage, DataSet data)
    {
        var labels = data.Catalogues[data.Languages.First(l => l.IsSource).Code];
        return $"""
        ---
        # 具体的取組 {id}。書き方は docs/editing-guide.md を参照してください。
        # id はファイル名と同じ、strategy はフォルダ名と同じにします。
        id: {id}
        strategy: {strategy}
        number: {number}
        title: "{title.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
        # 現状の主な取組実績: 1項目ずつ「  - 」で始めます。
        achievements:
          - "{Placeholders.Achievement}"
        # 目標の欄が、指標の前に文で始まるときだけ、次の行の行頭の「# 」を消してその文を書きます（目標には数えません）。
        # targetsNote: "…"
        # 目標（取組によりめざす指標）: 1項目ずつ「  - text: 」で始めます。
        targets:
          - text: "{Placeholders.Target}"
            # 数値目標があるときは、次の4行の行頭の「# 」（# と空白1つ）を消して書きます。
            # threshold:
            #   value: 55              # 数字だけ（カンマや単位は書かない）
            #   unit: "%"              # 単位は data/units.yml にあるもの: {string.Join("、", data.Units)}
            #   comparison: at-least   # at-least（以上）/ at-most（以下）/ ちょうどの値なら行ごと消す
        {StatusLines(data.Stages[stage], labels).TrimEnd('\n')}
        # 課題・改善策は、下の「---」の次の行から普通の文章で書きます（なければ何も書きません）。
        ---

        """;
    }

    /// <summary>
    /// The status block of a new initiative: one empty field per axis of the report's stage, with the codes each
    /// may take and their labels; nothing for a stage that has no axis (the plan).
    /// </summary>
    internal static string StatusLines(IReadOnlyList<Model.StatusAxis> axes, Model.Catalogue labels)
    {
        if (axes.Count == 0) return "";
        var width = axes.Max(a => a.Id.Length) + 1;
        var text = new System.Text.StringBuilder($"# 達成状況: 次の{axes.Count}行の「:」の後に、コードを1つずつ書きます（書くまで check はエラーになります）。\n");
        foreach (var axis in axes)
            text.Append($"#   {(axis.Id + ":").PadRight(width)} {string.Join(" / ", axis.Codes.Select(c => $"{c.Code}（{labels[c.LabelKey]}）"))}\n");
        text.Append("status:\n");
        foreach (var axis in axes) text.Append($"  {axis.Id}:\n");
        return text.ToString();
    }
}
