using MinatoSite.Diagnostics;
using MinatoSite.Model;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>
/// Reads <c>input/</c>: one Markdown file per initiative in its strategy's folder (<c>input/2-1/2-1-3.md</c>),
/// translations beside them (<c>2-1-3.en.md</c>), and free-standing pages at the top (<c>input/CORRECTIONS.md</c>).
/// </summary>
internal sealed class ContentLoader(string root, DataSet data, ErrorList errors)
{
    /// <summary>The decimals a threshold may have: as many as pages show (<c>Catalogue.FormatNumber</c>).</summary>
    private const int MaxDecimals = 3;

    private static readonly Dictionary<string, Comparison> Comparisons = new()
    {
        [Vocabulary.Comparisons[0]] = Comparison.AtLeast,
        [Vocabulary.Comparisons[1]] = Comparison.AtMost,
    };

    // Each report has its own plan: a strategy is known by its report and its id.
    private readonly Dictionary<(string Report, string Strategy), StrategyDraft> _strategies =
        data.Reports.SelectMany(r => r.Strategies).ToDictionary(s => (s.Report, s.Id));
    private readonly HashSet<string> _reports = data.Reports.Select(r => r.Report.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _drafts = data.Reports.Where(r => r.Report.Draft).Select(r => r.Report.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What an initiative still lacks (a placeholder of new, a status code not chosen yet): in a draft report a warning,
    /// the initiative left out until it is written; in a published report an error.
    /// </summary>
    private void Lacks(YamlMap map, YamlNode? node, Message message)
    {
        if (_drafts.Contains(Report(map.File))) map.Errors.Warn(map.File, node is null ? map.Line : map.LineOf(node), Messages.DraftLacks(message));
        else map.Error(node, message);
    }

    private static string Report(string path) => path.Split('/') is { Length: > 2 } segments ? segments[1] : "";

    public (List<InitiativeDraft> Initiatives, List<PageDraft> Pages) Load()
    {
        var inputRoot = Path.Combine(root, SourcePath.InputFolder);
        if (!Directory.Exists(inputRoot))
        {
            errors.Add(SourcePath.InputFolder, 0, Messages.InputMissing());
            return ([], []);
        }
        // Hidden files and folders (.gitkeep, an editor's .obsidian/) are not content: not entered, not reported.
        var all = SourceTree.Files(root, SourcePath.InputFolder, errors, SourcePath.IsHidden)
            .Select(f => SourcePath.Parse(f, data.Languages))
            .ToList();
        foreach (var other in all.Where(f => f.Kind == SourceKind.NotMarkdown))
            errors.Add(other.Path, 0, Messages.NotMarkdown());
        foreach (var misplaced in all.Where(f => f.Kind == SourceKind.Misplaced))
            errors.Add(misplaced.Path, 0, Messages.Misplaced());
        // A folder of input/ that is no report's: said once, for the folder, and its files are not read.
        foreach (var folder in all.Where(f => f.IsContent && f.Report is not null && !_reports.Contains(f.Report)).Select(f => f.Report!).Distinct(StringComparer.Ordinal))
            errors.Add($"{SourcePath.InputFolder}/{folder}", 0, Messages.NotAReportFolder(folder, _reports.Order(StringComparer.Ordinal)));
        all = all.Where(f => f.Report is null || _reports.Contains(f.Report)).ToList();
        foreach (var stray in all.Where(f => f.IsContent && f.StrayLanguage is not null))
            ReportStrayLanguage(stray);
        var files = all.Where(f => f.IsContent && f.StrayLanguage is null).ToList();
        var existing = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var sources = files.Where(f => !f.IsTranslation).ToList();
        var translations = files.Where(f => f.IsTranslation).ToList();
        // Language codes are matched without regard to case: 2-1-3.en.md and 2-1-3.EN.md would be one translation twice.
        // The file spelt as data/languages.yml spells the code keeps it; the other is reported.
        foreach (var group in translations.GroupBy(f => (f.TranslationOf, f.Language)).Where(g => g.Count() > 1).ToList())
        {
            var owner = group.OrderBy(f => f.Path.EndsWith($".{f.Language!.Code}.md", StringComparison.Ordinal) ? 0 : 1).First();
            foreach (var twice in group.Where(f => f.Path != owner.Path))
            {
                errors.Add(twice.Path, 0, Messages.TranslatedTwice(twice.TranslationOf!, twice.Language!.Code, owner.Path));
                translations.Remove(twice);
            }
        }

        // Files are independent until cross-checked, so they are read in parallel; the order is restored after.
        var read = new ContentDraft?[sources.Count];
        Parallel.For(0, sources.Count, i => read[i] = Guarded(sources[i], () => ReadSource(sources[i])));
        var bySource = read.OfType<ContentDraft>().ToDictionary(d => d.SourcePath);
        // One language at a time, its files in parallel: two files of one language never translate the same text.
        foreach (var language in translations.GroupBy(t => t.Language!))
        {
            Parallel.ForEach(language, path =>
            {
                if (bySource.TryGetValue(path.TranslationOf!, out var target)) Guarded(path, () => { ReadTranslation(path, target); return target; });
                // The Japanese file was removed or renamed first: the translation is not published, and waits.
                else if (!existing.Contains(path.TranslationOf!))
                    errors.Warn(path.Path, 1, Messages.OrphanTranslation(path.TranslationOf!));
            });
        }
        return (read.OfType<InitiativeDraft>().ToList(), read.OfType<PageDraft>().ToList());
    }

    /// <summary>
    /// Reads one file so that nothing it holds can stop the others being read: a failure the readers did not
    /// foresee becomes an error on that file, and the run goes on to report every other.
    /// </summary>
    private T? Guarded<T>(SourcePath path, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.Add(path.Path, 0, Messages.UnforeseenProblem(ex.Message));
            return null;
        }
    }

    /// <summary>A file named like a translation into a language the site does not publish: reported, then left out.</summary>
    private void ReportStrayLanguage(SourcePath path)
    {
        var code = path.StrayLanguage!;
        errors.Add(path.Path, 0, data.Languages.Any(l => l.IsSource && string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))
            ? Messages.JapaneseInLanguageFile($"{path.Path[..^(code.Length + 4)]}.md", code)
            : Messages.UnknownLanguage(code, data.Languages.Where(l => !l.IsSource).Select(l => l.Code)));
    }

    private ContentDraft? ReadSource(SourcePath path)
    {
        var source = SourceFile.Read(root, path.Path, errors);
        if (source is null) return null;
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return null;
        var map = YamlMap.Parse(path.Path, document.Yaml, document.YamlFirstLine, errors, Messages.TheFrontMatter());
        if (map is null) return null;
        return path.Kind == SourceKind.Page ? ReadPage(document, map, path.Report) : ReadInitiative(document, map, path.Report!);
    }

    private PageDraft? ReadPage(FrontMatterDocument document, YamlMap map, string? report)
    {
        if (map.Has("id") && map.Has("strategy"))
        {
            map.Error(null, Messages.InitiativeAsPage());
            return null;
        }
        map.AllowOnly(Vocabulary.PageFields, Messages.NotAPageField());
        var title = map.String("title", true);
        if (title is null) return null;
        // nav: false keeps a page out of the main navigation (a page that another links to, such as a detail of it).
        var nav = map.String("nav", false);
        var inNav = !string.Equals(nav, "false", StringComparison.OrdinalIgnoreCase);
        if (nav is not null && inNav && !string.Equals(nav, "true", StringComparison.OrdinalIgnoreCase))
            map.Error(map.Get("nav"), Messages.NotTrueOrFalse("nav", nav));
        var slug = Path.GetFileNameWithoutExtension(document.Source.Path).ToLowerInvariant();
        if (!DataLoader.IsSlug(slug))
        {
            map.Error(null, Messages.BadPageName(slug));
            return null;
        }
        return new PageDraft(document.Source.Path)
        {
            Slug = slug,
            Report = report,
            Title = new TextDraft(title),
            Body = new TextDraft(document.Body),
            BodyLine = document.BodyFirstLine,
            TitleLine = map.KeyLine("title"),
            InNav = inNav,
        };
    }

    private InitiativeDraft? ReadInitiative(FrontMatterDocument document, YamlMap map, string report)
    {
        var path = document.Source.Path;
        map.AllowOnly(Vocabulary.InitiativeFields);
        var id = map.String("id", true);
        var strategyId = map.String("strategy", true);
        var number = map.Int("number", true);
        var title = map.String("title", true);
        var repostOf = map.String("repostOf", false);
        var continues = map.String("continues", false);
        if (continues is not null && !DataLoader.IsSlug(continues))
        {
            map.Error(map.Get("continues"), Messages.NotSlug(continues));
            continues = null;
        }
        var achievements = ReadTexts(map, "achievements");
        var targetsNote = map.String("targetsNote", false);
        var targetsNoteValid = true;
        if (targetsNote is not null && Placeholders.Is(targetsNote))
        {
            Lacks(map, map.Get("targetsNote"), Placeholders.Message(Messages.Field("targetsNote"), targetsNote.Trim()));
            targetsNoteValid = false;
        }
        var targets = ReadTargets(map);
        var status = ReadStatus(map, repostOf is not null, report);
        ContentDate? updated = null;
        if (map.String("updated", false) is { } updatedText)
        {
            if (!ContentDate.TryParse(updatedText, out var date) || !date.HasDay)
                map.Error(map.Get("updated"), Messages.UpdatedNotDay(updatedText));
            else if (date.Date > ContentDate.Today)
                map.Error(map.Get("updated"), Messages.UpdatedAfterToday(updatedText, $"{ContentDate.Today:yyyy-MM-dd}"));
            else updated = date;
        }

        StrategyDraft? strategy = null;
        if (strategyId is not null && !_strategies.TryGetValue((report, strategyId), out strategy))
        {
            map.Error(map.Get("strategy"), Messages.UnknownStrategy(strategyId, $"{SourcePath.ReportDataFolder(report)}/plan.yml", _strategies.Keys.Where(k => k.Report == report).Select(k => k.Strategy)));
        }
        if (strategy is not null && number is not null && id is not null)
            CheckPlace(map, path, id, strategy, number.Value);

        if (repostOf is not null && (achievements?.Count > 0 || targetsNote is not null || targets?.Count > 0 || document.Body.Length > 0))
        {
            map.ErrorAtKey("repostOf", Messages.RepostWithContent());
            return null;
        }
        if (id is null || strategy is null || number is null || title is null || achievements is null || targets is null || !targetsNoteValid)
            return null;
        if (repostOf is null && status is null) return null;
        return new InitiativeDraft(path)
        {
            Id = id,
            Strategy = strategy,
            Number = number.Value,
            Title = new TextDraft(title),
            Achievements = achievements,
            TargetsNote = targetsNote is null ? null : new TextDraft(targetsNote.Trim()),
            Targets = targets,
            Status = status,
            RepostOfId = repostOf,
            Narrative = new TextDraft(document.Body),
            NarrativeLine = document.BodyFirstLine,
            IdLine = map.KeyLine("id"),
            RepostOfLine = map.KeyLine("repostOf"),
            ContinuesId = continues,
            ContinuesLine = map.KeyLine("continues"),
            Updated = updated,
        };
    }

    /// <summary>The id, the strategy, the number and the file's place must tell the same story.</summary>
    private static void CheckPlace(YamlMap map, string path, string id, StrategyDraft strategy, int number)
    {
        var expectedId = SourcePath.InitiativeId(strategy.Id, number);
        var expectedPath = SourcePath.InitiativeFile(strategy.Report, strategy.Id, expectedId);
        if (id != expectedId)
            map.Error(map.Get("id"), Messages.IdMismatch(id, strategy.Id, number, expectedId));
        else if (path != expectedPath)
            map.Error(map.Get("id"), Messages.IdMisplaced(id, expectedPath));
    }

    private List<TextDraft>? ReadTexts(YamlMap map, string key)
    {
        var list = map.List(key, false);
        if (list is null) return null;
        var texts = new List<TextDraft>();
        var valid = true;
        foreach (var node in list)
        {
            if (node is YamlMappingNode { Children.Count: 1 })
            {
                map.Error(node, Messages.ItemHasColon(key));
                valid = false;
                continue;
            }
            var text = YamlMap.IsEmpty(node) ? "" : map.ScalarText(node, key, item: true);
            if (text is null || text.Trim().Length == 0)
            {
                if (text is not null) map.Error(node, Messages.ItemEmpty(key));
                valid = false;
                continue;
            }
            if (Placeholders.Is(text))
            {
                Lacks(map, node, Placeholders.Message(Messages.ItemOf(key), text.Trim()));
                valid = false;
                continue;
            }
            texts.Add(new TextDraft(text.Trim()));
        }
        return valid ? texts : null;
    }

    private List<(TextDraft Text, Threshold? Threshold)>? ReadTargets(YamlMap map)
    {
        var list = map.List("targets", false);
        if (list is null) return null;
        var targets = new List<(TextDraft, Threshold?)>();
        var valid = true;
        foreach (var node in list)
        {
            var item = map.AsMap(node, "targets", item: true);
            if (item is null) { valid = false; continue; }
            item.AllowOnly(Vocabulary.TargetFields);
            var text = item.String("text", true);
            if (text is not null && Placeholders.Is(text))
            {
                Lacks(item, item.Get("text"), Placeholders.Message(Messages.Field("targets.text"), text.Trim()));
                text = null;
            }
            var threshold = ReadThreshold(item, out var thresholdValid);
            if (text is null || !thresholdValid) { valid = false; continue; }
            targets.Add((new TextDraft(text.Trim()), threshold));
        }
        return valid ? targets : null;
    }

    private Threshold? ReadThreshold(YamlMap target, out bool valid)
    {
        valid = true;
        var node = target.Get("threshold");
        if (node is null) return null;
        if (node is not YamlMappingNode)
        {
            valid = false;
            target.Error(node, Messages.ThresholdNotFields());
            return null;
        }
        var map = target.AsMap(node, "targets.threshold")!;
        map.AllowOnly(Vocabulary.ThresholdFields);
        var value = map.Decimal("value", true);
        var unit = map.String("unit", true);
        var comparisonText = map.String("comparison", false);
        var outOf = map.Decimal("outOf", false);
        if (unit is not null && !data.Units.Contains(unit))
        {
            map.Error(map.Get("unit"), Messages.UnknownUnit(map.FieldName("unit"), unit, data.Units));
            unit = null;
        }
        Comparison? comparison = null;
        if (comparisonText is not null)
        {
            if (Comparisons.TryGetValue(comparisonText, out var c)) comparison = c;
            else
            {
                map.Error(map.Get("comparison"), Messages.UnknownComparison(map.FieldName("comparison"), comparisonText));
                valid = false;
            }
        }
        if (outOf is <= 0)
        {
            map.Error(map.Get("outOf"), Messages.OutOfNotPositive(map.FieldName("outOf"), outOf.Value));
            valid = false;
        }
        else if (value is { } v && outOf is { } max && v > max)
        {
            map.Error(map.Get("value"), Messages.ValueAboveOutOf(map.FieldName("value"), v, map.FieldName("outOf"), max));
            valid = false;
        }
        // Pages show at most three decimals, in every language's unit (¥13.877 million for 13,877千円): a value with
        // more would be published rounded, unlike what was written.
        foreach (var (key, number) in new[] { ("value", value), ("outOf", outOf) })
        {
            var divisors = unit is null ? [1m] : data.Catalogues.Values.Select(c => c.HasCounted($"unit.{unit}") ? c.Divisor(unit) : 1).Append(1m);
            if (number is { } n && divisors.Any(d => decimal.Round(n / d, MaxDecimals) != n / d))
            {
                map.Error(map.Get(key), Messages.TooManyDecimals(map.FieldName(key), n, MaxDecimals));
                valid = false;
            }
        }
        if (value is null || unit is null || (map.Has("outOf") && outOf is null)) valid = false;
        return valid ? new Threshold(value!.Value, unit!, comparison, outOf) : null;
    }

    /// <summary>One code per axis of the report's stage; a stage without axes (the plan) has an empty status.</summary>
    private InitiativeStatus? ReadStatus(YamlMap map, bool isRepost, string report)
    {
        var node = map.Get("status");
        if (isRepost)
        {
            if (node is not null)
                map.ErrorAtKey("status", Messages.RepostWithStatus());
            return null;
        }
        var stage = data.Report(report)!.Report.Stage;
        var axes = data.Stages[stage];
        if (axes.Count == 0)
        {
            if (node is not null && !YamlMap.IsEmpty(node)) map.ErrorAtKey("status", Messages.StageHasNoStatus(stage));
            return new InitiativeStatus([]);
        }
        var status = map.Map("status", true);
        if (status is null) return null;
        status.AllowOnly(axes.Select(a => a.Id).ToList());
        var codes = axes.Select(a => ReadCode(status, a.Id, a.Codes)).ToList();
        return codes.Any(c => c is null) ? null : new InitiativeStatus(codes!);
    }

    private StatusCode? ReadCode(YamlMap status, string axis, IReadOnlyList<StatusCode> codes)
    {
        // Present but empty, as new writes it: say what may be written there.
        if (status.Get(axis) is { } empty && (YamlMap.IsEmpty(empty) || empty is YamlScalarNode { Value: "" }))
        {
            Lacks(status, empty, Messages.StatusNoCode(status.FieldName(axis), codes.Select(c => c.Code), axis));
            return null;
        }
        var code = status.String(axis, true);
        if (code is null) return null;
        var match = codes.FirstOrDefault(c => c.Code == code);
        if (match is not null) return match;
        // The label the site shows (取組予定通り進捗していない) written where its code belongs: say which code it is.
        var labelled = codes.FirstOrDefault(c => data.Catalogues.Values.Any(catalogue =>
            catalogue.Strings.TryGetValue(c.LabelKey, out var label) && string.Equals(label.Trim(), code.Trim(), StringComparison.OrdinalIgnoreCase)));
        status.Error(status.Get(axis), labelled is not null
            ? Messages.StatusIsLabel(status.FieldName(axis), code, labelled.Code)
            : Messages.StatusUnknown(status.FieldName(axis), code, codes.Select(c => c.Code)));
        return null;
    }

    private void ReadTranslation(SourcePath path, ContentDraft target)
    {
        var language = path.Language!;
        var source = SourceFile.Read(root, path.Path, errors);
        if (source is null) return;
        // The editing form writes an empty file for a language not translated yet: it translates nothing, as no file.
        if (string.IsNullOrWhiteSpace(source.Text)) return;
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return;
        // A translation may translate only the text: an empty front matter is allowed.
        var map = document.Yaml.Trim().Length == 0
            ? YamlMap.Parse(path.Path, "{}", document.YamlFirstLine, errors)
            : YamlMap.Parse(path.Path, document.Yaml, document.YamlFirstLine, errors, Messages.TheFrontMatter());
        if (map is null) return;
        var body = document.Body;
        switch (target)
        {
            case PageDraft page:
                map.AllowOnly(Vocabulary.PageTranslationFields, Messages.NotTranslatablePage());
                if (map.String("title", false) is { } pageTitle) page.Title.Translate(language, pageTitle);
                if (body.Length > 0) page.Body.Translate(language, body);
                break;
            case InitiativeDraft initiative:
                map.AllowOnly(Vocabulary.TranslatableFields, Messages.NotTranslatableInitiative(initiative.SourcePath, Vocabulary.TranslatableFields));
                if (map.String("title", false) is { } title) initiative.Title.Translate(language, title);
                TranslateList(map, "achievements", initiative.Achievements, initiative.SourcePath, language, n => map.ScalarText(n, "achievements", item: true));
                if (map.String("targetsNote", false) is { } targetsNote)
                {
                    // A note the Japanese file does not have (yet, or any more) cannot be shown: it waits, as a longer list does.
                    if (initiative.TargetsNote is null) map.WarnAtKey("targetsNote", Messages.OrphanTargetsNote(initiative.SourcePath));
                    else initiative.TargetsNote.Translate(language, targetsNote.Trim());
                }
                TranslateList(map, "targets", initiative.Targets.Select(t => t.Text).ToList(), initiative.SourcePath, language, n =>
                {
                    var item = map.AsMap(n, "targets", item: true);
                    item?.AllowOnly(["text"], Messages.NotTranslatableThreshold(initiative.SourcePath));
                    return item?.String("text", true);
                });
                if (body.Length > 0)
                {
                    // The Japanese text was removed first: the translation waits to be removed too, and is not shown.
                    if (initiative.Narrative.IsEmpty)
                        errors.Warn(path.Path, document.BodyFirstLine, Messages.OrphanNarrative(initiative.SourcePath));
                    else
                        initiative.Narrative.Translate(language, body);
                }
                break;
        }
        target.AddTranslation(new Translation(language, path.Path, document.BodyFirstLine));
    }

    private static void TranslateList(YamlMap map, string key, IReadOnlyList<TextDraft> texts, string sourcePath, Language language, Func<YamlNode, string?> read)
    {
        if (map.Get(key) is null) return;
        var list = map.List(key, false);
        if (list is null) return;
        // Staff change the Japanese text first and the English may follow: a shorter list translates the first
        // items and the others are shown in Japanese, marked untranslated; a longer one cannot be matched, and is
        // not used until it is brought in line. Either is a warning on the translation, never an error.
        if (list.Count > texts.Count)
        {
            map.WarnAtKey(key, Messages.TranslationLonger(key, list.Count, sourcePath, texts.Count));
            return;
        }
        if (list.Count < texts.Count)
            map.WarnAtKey(key, Messages.TranslationShorter(key, list.Count, sourcePath, texts.Count, texts.Count - list.Count));
        for (var i = 0; i < list.Count; i++)
        {
            if (read(list[i]) is { Length: > 0 } text) texts[i].Translate(language, text.Trim());
        }
    }
}
