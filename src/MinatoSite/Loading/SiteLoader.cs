using MinatoSite.Diagnostics;
using MinatoSite.Model;

namespace MinatoSite.Loading;

/// <summary>
/// Load and validate: reads <c>data/</c> and <c>input/</c>, checks what no single file can check alone (duplicate
/// ids, re-listings), and makes the model. With errors in the content, the model holds what was valid, so that
/// the next phase can still report the mistakes in links; it is null only when <c>data/</c> cannot be used.
/// </summary>
public static class SiteLoader
{
    public static SiteModel? Load(string root, ErrorList errors)
    {
        var data = DataLoader.Load(root, errors);
        if (data is null) return null;
        var (initiatives, pages) = new ContentLoader(root, data, errors).Load();

        // Ids are a report's own: the same initiative has the same id in each report of a year.
        var drafts = data.Reports.Where(r => r.Report.Draft).Select(r => r.Report.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var report in initiatives.GroupBy(i => i.Strategy.Report).ToList())
        {
            CheckDuplicateIds(report.ToList(), errors);
            // In a draft, a re-listing of an initiative not written yet waits for it, as that initiative does.
            foreach (var waiting in CheckReposts(report.ToList(), errors, drafts.Contains(report.Key))) initiatives.Remove(waiting);
        }
        CheckContinuations(data, initiatives, drafts, errors);
        // A page's name is its address in its report's folder, or in the site's.
        foreach (var group in pages.GroupBy(p => (p.Report, p.Slug)).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
                errors.Add(duplicate.SourcePath, duplicate.TitleLine, Messages.SameAddress(group.First().SourcePath, "/" + (duplicate.Report is { } report ? Planning.Addresses.Of(data.Report(report)!.Report) : "") + duplicate.Slug + "/"));
        }
        return Assemble(data, initiatives, pages.DistinctBy(p => (p.Report, p.Slug)).ToList());
    }

    /// <summary>
    /// <c>continues:</c> names an initiative of the previous fiscal year, by its id in that year's reports. In a draft
    /// a wrong one is a warning until the report is published.
    /// </summary>
    private static void CheckContinuations(DataSet data, List<InitiativeDraft> initiatives, HashSet<string> drafts, ErrorList errors)
    {
        var year = data.Reports.ToDictionary(r => r.Report.Id, r => r.Report.FiscalYear);
        var ids = initiatives.Select(i => (year[i.Strategy.Report], i.Id)).ToHashSet();
        foreach (var initiative in initiatives.Where(i => i.ContinuesId is not null))
        {
            var previous = year[initiative.Strategy.Report] - 1;
            if (ids.Contains((previous, initiative.ContinuesId!))) continue;
            var reports = data.Reports.Where(r => r.Report.FiscalYear == previous).Select(r => r.Report.Id).ToList();
            var message = reports.Count == 0
                ? Messages.ContinuesNoYear(initiative.ContinuesId!, previous)
                : Messages.ContinuesUnknown(initiative.ContinuesId!, previous, reports);
            // The initiative is shown all the same: a draft is warned, not held back.
            if (drafts.Contains(initiative.Strategy.Report)) errors.Warn(initiative.SourcePath, initiative.ContinuesLine, Messages.DraftWarns(message));
            else errors.Add(initiative.SourcePath, initiative.ContinuesLine, message);
        }
    }

    private static void CheckDuplicateIds(List<InitiativeDraft> initiatives, ErrorList errors)
    {
        foreach (var group in initiatives.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            // The file named after the id owns it; the others are the copies to fix.
            var owner = group.FirstOrDefault(i => Path.GetFileNameWithoutExtension(i.SourcePath) == i.Id) ?? group.First();
            foreach (var duplicate in group.Where(i => i != owner))
                errors.Add(duplicate.SourcePath, duplicate.IdLine, Messages.DuplicateId(duplicate.Id, owner.SourcePath));
        }
    }

    /// <returns>The re-listings of a draft that wait for the initiative they re-list.</returns>
    private static List<InitiativeDraft> CheckReposts(List<InitiativeDraft> initiatives, ErrorList errors, bool draft)
    {
        var waiting = new List<InitiativeDraft>();
        var byId = initiatives.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var initiative in initiatives.Where(i => i.RepostOfId is not null))
        {
            if (!byId.TryGetValue(initiative.RepostOfId!, out var original) && draft)
            {
                errors.Warn(initiative.SourcePath, initiative.RepostOfLine, Messages.DraftLacks(Messages.RepostMissing(initiative.RepostOfId!)));
                waiting.Add(initiative);
            }
            else if (original is null)
                errors.Add(initiative.SourcePath, initiative.RepostOfLine, Messages.RepostMissing(initiative.RepostOfId!));
            else if (original.RepostOfId is not null || original == initiative)
                errors.Add(initiative.SourcePath, initiative.RepostOfLine, Messages.RepostOfRepost(initiative.RepostOfId!));
        }
        return waiting;
    }

    /// <summary>Makes the model's records from valid drafts; nothing changes them afterwards.</summary>
    private static SiteModel Assemble(DataSet data, List<InitiativeDraft> initiatives, List<PageDraft> pages)
    {
        var languages = data.Languages;
        var byStrategy = initiatives.ToLookup(i => i.Strategy);
        ContentPage Page(PageDraft p) => new()
        {
            Report = p.Report is { } id ? data.Report(id)!.Report : null,
            Slug = p.Slug,
            Title = p.Title.Build(),
            Body = p.Body.Build(),
            SourcePath = p.SourcePath,
            BodyLine = p.BodyLine,
            TitleLine = p.TitleLine,
            InNav = p.InNav,
            Translations = p.Translations(languages),
        };
        var reports = data.Reports
            .Select(report =>
            {
                // A re-listing may name an initiative of a strategy made after its own: it is looked up once all exist.
                var byId = new Dictionary<string, Initiative>(StringComparer.Ordinal);
                var challenges = report.Challenges.Select(c => new Challenge(report.Report, c.Id, c.Number, c.Title.Build(), challenge =>
                    c.Strategies.Select(s => new Strategy(s.Id, challenge, s.Title.Build(), s.TargetsHeading, strategy =>
                        byStrategy[s].OrderBy(i => i.Number).Select(i => byId[i.Id] = new Initiative
                        {
                            Id = i.Id,
                            Strategy = strategy,
                            Number = i.Number,
                            Title = i.Title.Build(),
                            Achievements = i.Achievements.Select(a => a.Build()).ToList(),
                            TargetsNote = i.TargetsNote?.Build(),
                            Targets = i.Targets.Select(t => new Target(t.Text.Build(), t.Threshold)).ToList(),
                            Status = i.Status,
                            RepostOfId = i.RepostOfId,
                            ContinuesId = i.ContinuesId,
                            RepostLookup = i.RepostOfId is { } original ? new Lazy<Initiative?>(() => byId.GetValueOrDefault(original)) : null,
                            Narrative = i.Narrative.Build(),
                            SourcePath = i.SourcePath,
                            NarrativeLine = i.NarrativeLine,
                            IdLine = i.IdLine,
                            RepostOfLine = i.RepostOfLine,
                            Updated = i.Updated,
                            Translations = i.Translations(languages),
                        }).ToList())).ToList())).ToList();
                return new ReportContent
                {
                    Report = report.Report,
                    Axes = data.Stages[report.Report.Stage],
                    Challenges = challenges,
                    Pages = pages.Where(p => p.Report == report.Report.Id).Select(Page).ToList(),
                };
            }).ToList();
        return new SiteModel
        {
            Settings = data.Settings,
            Reports = reports,
            SitePages = pages.Where(p => p.Report is null).Select(Page).ToList(),
            Languages = languages,
            Catalogues = data.Catalogues,
            Stages = data.Stages,
            Units = data.Units,
        };
    }
}
