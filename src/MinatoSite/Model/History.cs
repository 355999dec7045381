namespace MinatoSite.Model;

/// <summary>
/// Each initiative's line through the reports: within a fiscal year the reports carry it under the same id, and an
/// initiative of the next fiscal year names the one it carries on with (<c>continues: 2-1-3</c>). Reading the
/// line answers "did the initiatives behind in November catch up by March?" and "how did last year compare?".
/// </summary>
public sealed class History
{
    private readonly Dictionary<Initiative, IReadOnlyList<Initiative>> _lines = [];

    public History(SiteModel model)
    {
        var order = model.Reports.Select((r, i) => (r.Report, i)).ToDictionary(p => p.Report, p => p.i);
        var all = model.Initiatives.ToList();
        var parent = all.ToDictionary(i => i, i => i);
        Initiative Root(Initiative i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        void Join(Initiative a, Initiative b) => parent[Root(a)] = Root(b);

        var byYearAndId = all.ToLookup(i => (i.Strategy.Challenge.Report.FiscalYear, i.Id));
        foreach (var group in byYearAndId)
            foreach (var other in group.Skip(1)) Join(group.First(), other);
        foreach (var initiative in all.Where(i => i.ContinuesId is not null))
            foreach (var earlier in byYearAndId[(initiative.Strategy.Challenge.Report.FiscalYear - 1, initiative.ContinuesId!)])
                Join(initiative, earlier);

        foreach (var line in all.GroupBy(Root))
        {
            var ordered = line.OrderBy(i => order[i.Strategy.Challenge.Report]).ToList();
            foreach (var initiative in ordered) _lines[initiative] = ordered;
        }
    }

    /// <summary>The initiative in every report that carries it, the oldest report first, itself included.</summary>
    public IReadOnlyList<Initiative> Of(Initiative initiative) => _lines.TryGetValue(initiative, out var line) ? line : [initiative];
}

/// <summary>
/// Two consecutive reports of one fiscal year side by side (the mid-term review, then the year-end evaluation):
/// each axis of the later one matched with the earlier one's, and every initiative whose status changed.
/// </summary>
public sealed class ReportComparison
{
    private ReportComparison(ReportContent earlier, ReportContent later, IReadOnlyList<(StatusAxis Earlier, StatusAxis Later)> axes, IReadOnlyList<StatusChange> changes, int unchanged)
    {
        Earlier = earlier;
        Later = later;
        Axes = axes;
        Changes = changes;
        Unchanged = unchanged;
    }

    public ReportContent Earlier { get; }
    public ReportContent Later { get; }

    /// <summary>The axes compared: the same axis in both, or a later axis that <c>follows</c> an earlier one.</summary>
    public IReadOnlyList<(StatusAxis Earlier, StatusAxis Later)> Axes { get; }

    /// <summary>Every initiative in both reports whose status changed on a compared axis, in the later report's order.</summary>
    public IReadOnlyList<StatusChange> Changes { get; }

    /// <summary>How many initiatives in both reports kept their status on every compared axis.</summary>
    public int Unchanged { get; }

    /// <summary>Each pair of consecutive reports of a fiscal year that both judge their initiatives.</summary>
    public static IReadOnlyList<ReportComparison> All(SiteModel model) =>
        model.Reports.Where(r => r.Axes.Count > 0).GroupBy(r => r.Report.FiscalYear)
            .SelectMany(year => year.Zip(year.Skip(1), (earlier, later) => Make(earlier, later)))
            .Where(c => c.Axes.Count > 0)
            .ToList();

    private static ReportComparison Make(ReportContent earlier, ReportContent later)
    {
        var axes = later.Axes
            .Select(l => (Earlier: earlier.Axes.FirstOrDefault(e => e.Id == l.Id) ?? earlier.Axes.FirstOrDefault(e => e.Id == l.Follows), Later: l))
            .Where(p => p.Earlier is not null)
            .Select(p => (p.Earlier!, p.Later))
            .ToList();
        var before = earlier.Initiatives.Where(i => i.Status is not null).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<StatusChange>();
        var unchanged = 0;
        foreach (var initiative in later.Initiatives.Where(i => i.Status is not null))
        {
            if (!before.TryGetValue(initiative.Id, out var was)) continue;
            var changed = axes
                .Select(a => (Axis: a, From: was.Status![a.Item1.Id]!, To: initiative.Status![a.Item2.Id]!))
                // The same axis changed when its code did; an axis that follows another, when its tone did (見込 → 達成 is no change).
                .Where(c => c.Axis.Item1.Id == c.Axis.Item2.Id ? c.From.Code != c.To.Code : c.From.Tone != c.To.Tone)
                .Select(c => new StatusChange(was, initiative, c.From, c.To))
                .ToList();
            if (changed.Count == 0) unchanged++;
            changes.AddRange(changed);
        }
        return new ReportComparison(earlier, later, axes, changes, unchanged);
    }
}

/// <summary>One initiative's status on one compared axis, before and after.</summary>
public sealed record StatusChange(Initiative Before, Initiative After, StatusCode From, StatusCode To);
