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
    private static readonly string[] InitiativeFields = ["id", "strategy", "number", "title", "achievements", "targets", "status", "repostOf", "updated"];
    private static readonly string[] TranslatableFields = ["title", "achievements", "targets"];
    private static readonly string[] ThresholdFields = ["value", "unit", "comparison", "outOf"];
    /// <summary>The decimals a threshold may have: as many as pages show (<c>Catalogue.FormatNumber</c>).</summary>
    private const int MaxDecimals = 3;

    private static readonly Dictionary<string, Comparison> Comparisons = new() { ["at-least"] = Comparison.AtLeast, ["at-most"] = Comparison.AtMost };

    private readonly Dictionary<string, StrategyDraft> _strategies = data.Strategies.ToDictionary(s => s.Id);

    public (List<InitiativeDraft> Initiatives, List<PageDraft> Pages) Load()
    {
        var inputRoot = Path.Combine(root, SourcePath.InputFolder);
        if (!Directory.Exists(inputRoot))
        {
            errors.Add(SourcePath.InputFolder, 0, "the folder input/ is missing");
            return ([], []);
        }
        // Hidden files and folders (.gitkeep, an editor's .obsidian/) are not content: not entered, not reported.
        var all = SourceTree.Files(root, SourcePath.InputFolder, errors, SourcePath.IsHidden)
            .Select(f => SourcePath.Parse(f, data.Languages))
            .ToList();
        foreach (var other in all.Where(f => f.Kind == SourceKind.NotMarkdown))
            errors.Add(other.Path, 0, "only Markdown files ending in .md are read from input/: rename this file to .md (check that the editor did not add .txt), or move it out of input/");
        foreach (var misplaced in all.Where(f => f.Kind == SourceKind.Misplaced))
            errors.Add(misplaced.Path, 0, "files belong either directly in input/ (a page) or in a strategy's folder such as input/2-1/ (an initiative); move this file");
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
                errors.Add(twice.Path, 0, $"{twice.TranslationOf} is already translated into {twice.Language!.Code} by {owner.Path}; keep one of the two files");
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
                    errors.Warn(path.Path, 1, $"this translation has no source file, so it is not published: {path.TranslationOf} does not exist (rename the translation to match it, or delete it)");
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
            errors.Add(path.Path, 0, $"the file could not be read because of an unforeseen problem ({ex.Message}); check its YAML between the two '---' lines");
            return null;
        }
    }

    /// <summary>A file named like a translation into a language the site does not publish: reported, then left out.</summary>
    private void ReportStrayLanguage(SourcePath path)
    {
        var code = path.StrayLanguage!;
        errors.Add(path.Path, 0, data.Languages.Any(l => l.IsSource && string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))
            ? $"the Japanese text belongs in {path.Path[..^(code.Length + 4)]}.md itself, not in a '.{code}.md' file"
            : $"'{code}' is not a language of the site; translations are named {{name}}.{{language}}.md with one of: {string.Join(", ", data.Languages.Where(l => !l.IsSource).Select(l => l.Code))}");
    }

    private ContentDraft? ReadSource(SourcePath path)
    {
        var source = SourceFile.Read(root, path.Path, errors);
        if (source is null) return null;
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return null;
        var map = YamlMap.Parse(path.Path, document.Yaml, document.YamlFirstLine, errors, "the front matter");
        if (map is null) return null;
        return path.Kind == SourceKind.Page ? ReadPage(document, map) : ReadInitiative(document, map);
    }

    private PageDraft? ReadPage(FrontMatterDocument document, YamlMap map)
    {
        if (map.Has("id") && map.Has("strategy"))
        {
            map.Error(null, "this looks like an initiative, but files directly in input/ are pages: move it into its strategy's folder, e.g. input/2-1/");
            return null;
        }
        map.AllowOnly(["title"], "is not a field of a page: a page in input/ has only a title and the text below the front matter");
        var title = map.String("title", true);
        if (title is null) return null;
        var slug = Path.GetFileNameWithoutExtension(document.Source.Path).ToLowerInvariant();
        if (!DataLoader.IsSlug(slug))
        {
            map.Error(null, $"the file name '{slug}' becomes the page's address: use only letters, digits and '-'");
            return null;
        }
        return new PageDraft(document.Source.Path)
        {
            Slug = slug,
            Title = new TextDraft(title),
            Body = new TextDraft(document.Body),
            BodyLine = document.BodyFirstLine,
            TitleLine = map.KeyLine("title"),
        };
    }

    private InitiativeDraft? ReadInitiative(FrontMatterDocument document, YamlMap map)
    {
        var path = document.Source.Path;
        map.AllowOnly(InitiativeFields);
        var id = map.String("id", true);
        var strategyId = map.String("strategy", true);
        var number = map.Int("number", true);
        var title = map.String("title", true);
        var repostOf = map.String("repostOf", false);
        var achievements = ReadTexts(map, "achievements");
        var targets = ReadTargets(map);
        var status = ReadStatus(map, repostOf is not null);
        ContentDate? updated = null;
        if (map.String("updated", false) is { } updatedText)
        {
            if (!ContentDate.TryParse(updatedText, out var date) || !date.HasDay)
                map.Error(map.Get("updated"), $"updated must be a day written as 2021-12-01, not '{updatedText}'");
            else if (date.Date > ContentDate.Today)
                map.Error(map.Get("updated"), $"updated {updatedText} is after today ({ContentDate.Today:yyyy-MM-dd}): write the day the content was changed");
            else updated = date;
        }

        StrategyDraft? strategy = null;
        if (strategyId is not null && !_strategies.TryGetValue(strategyId, out strategy))
        {
            map.Error(map.Get("strategy"),
                $"strategy '{strategyId}' is not in data/plan.yml; it is one of {string.Join(", ", _strategies.Keys)}");
        }
        if (strategy is not null && number is not null && id is not null)
            CheckPlace(map, path, id, strategy, number.Value);

        if (repostOf is not null && (achievements?.Count > 0 || targets?.Count > 0 || document.Body.Length > 0))
        {
            map.ErrorAtKey("repostOf", "a re-listed initiative (repostOf) shows the one it re-lists: remove its achievements, targets and text, or remove repostOf");
            return null;
        }
        if (id is null || strategy is null || number is null || title is null || achievements is null || targets is null)
            return null;
        if (repostOf is null && status is null) return null;
        return new InitiativeDraft(path)
        {
            Id = id,
            Strategy = strategy,
            Number = number.Value,
            Title = new TextDraft(title),
            Achievements = achievements,
            Targets = targets,
            Status = status,
            RepostOfId = repostOf,
            Narrative = new TextDraft(document.Body),
            NarrativeLine = document.BodyFirstLine,
            IdLine = map.KeyLine("id"),
            RepostOfLine = map.KeyLine("repostOf"),
            Updated = updated,
        };
    }

    /// <summary>The id, the strategy, the number and the file's place must tell the same story.</summary>
    private static void CheckPlace(YamlMap map, string path, string id, StrategyDraft strategy, int number)
    {
        var expectedId = SourcePath.InitiativeId(strategy.Id, number);
        var expectedPath = SourcePath.InitiativeFile(strategy.Id, expectedId);
        if (id != expectedId)
            map.Error(map.Get("id"), $"id '{id}' does not match strategy '{strategy.Id}' and number {number}: it must be '{expectedId}'");
        else if (path != expectedPath)
            map.Error(map.Get("id"), $"id '{id}' does not match the file's place: the initiative {id} belongs in {expectedPath}");
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
                map.Error(node, $"an item of {key} contains ': ', which YAML reads as a field: put the whole item in double quotes, e.g. - \"調整中: 4箇所\"");
                valid = false;
                continue;
            }
            var text = map.ScalarText(node, $"each item of {key}");
            if (text is null || text.Trim().Length == 0)
            {
                if (text is not null) map.Error(node, $"an item of {key} is empty");
                valid = false;
                continue;
            }
            if (Placeholders.Is(text))
            {
                map.Error(node, Placeholders.Message($"an item of {key}", text.Trim()));
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
            var item = map.AsMap(node, "each item of targets");
            if (item is null) { valid = false; continue; }
            item.AllowOnly(["text", "threshold"]);
            var text = item.String("text", true);
            if (text is not null && Placeholders.Is(text))
            {
                item.Error(item.Get("text"), Placeholders.Message("targets.text", text.Trim()));
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
            target.Error(node, "threshold must be written as fields, e.g. 'value: 55', 'unit: \"%\"', 'comparison: at-least' on their own lines");
            return null;
        }
        var map = target.AsMap(node, "targets.threshold")!;
        map.AllowOnly(ThresholdFields);
        var value = map.Decimal("value", true);
        var unit = map.String("unit", true);
        var comparisonText = map.String("comparison", false);
        var outOf = map.Decimal("outOf", false);
        if (unit is not null && !data.Units.Contains(unit))
        {
            map.Error(map.Get("unit"), $"{map.FieldName("unit")} '{unit}' is not one of {string.Join(", ", data.Units)} (add new units to data/units.yml)");
            unit = null;
        }
        Comparison? comparison = null;
        if (comparisonText is not null)
        {
            if (Comparisons.TryGetValue(comparisonText, out var c)) comparison = c;
            else
            {
                map.Error(map.Get("comparison"), $"{map.FieldName("comparison")} '{comparisonText}' is not one of at-least (以上), at-most (以下); leave it out for an exact target");
                valid = false;
            }
        }
        if (outOf is <= 0)
        {
            map.Error(map.Get("outOf"), $"{map.FieldName("outOf")} is the most the scale allows (5 in 3.5点以上 (5点満点)) and must be more than 0, not {outOf}");
            valid = false;
        }
        else if (value is { } v && outOf is { } max && v > max)
        {
            map.Error(map.Get("value"), $"{map.FieldName("value")} {v} is more than {map.FieldName("outOf")} {max}: a target cannot be above the top of its scale");
            valid = false;
        }
        // Pages show at most three decimals, in every language's unit (¥13.877 million for 13,877千円): a value with
        // more would be published rounded, unlike what was written.
        foreach (var (key, number) in new[] { ("value", value), ("outOf", outOf) })
        {
            var divisors = unit is null ? [1m] : data.Catalogues.Values.Select(c => c.Strings.ContainsKey($"unit.{unit}") ? c.Divisor(unit) : 1).Append(1m);
            if (number is { } n && divisors.Any(d => decimal.Round(n / d, MaxDecimals) != n / d))
            {
                map.Error(map.Get(key), $"{map.FieldName(key)} {n} would be shown with more than {MaxDecimals} decimals (in every language's unit, such as ¥ million for 千円), which pages round: round it as the report does");
                valid = false;
            }
        }
        if (value is null || unit is null || (map.Has("outOf") && outOf is null)) valid = false;
        return valid ? new Threshold(value!.Value, unit!, comparison, outOf) : null;
    }

    private InitiativeStatus? ReadStatus(YamlMap map, bool isRepost)
    {
        var node = map.Get("status");
        if (isRepost)
        {
            if (node is not null)
                map.ErrorAtKey("status", "a re-listed initiative (repostOf) has no status of its own: it shows the status of the one it re-lists; remove status");
            return null;
        }
        var status = map.Map("status", true);
        if (status is null) return null;
        status.AllowOnly(["outlook", "progress"]);
        var outlook = ReadCode(status, "outlook", data.Outlooks);
        var progress = ReadCode(status, "progress", data.Progresses);
        return outlook is null || progress is null ? null : new InitiativeStatus(outlook, progress);
    }

    private StatusCode? ReadCode(YamlMap status, string axis, IReadOnlyList<StatusCode> codes)
    {
        // Present but empty, as new writes it: say what may be written there.
        if (status.Get(axis) is YamlScalarNode { Value: null or "" } empty)
        {
            status.Error(empty, $"{status.FieldName(axis)} has no code yet: write one of {string.Join(", ", codes.Select(c => c.Code))} after '{axis}: '");
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
            ? $"{status.FieldName(axis)} '{code}' is the label the site shows; write its code instead → {labelled.Code}"
            : $"{status.FieldName(axis)} '{code}' is not one of {string.Join(", ", codes.Select(c => c.Code))}");
        return null;
    }

    private void ReadTranslation(SourcePath path, ContentDraft target)
    {
        var language = path.Language!;
        var source = SourceFile.Read(root, path.Path, errors);
        if (source is null) return;
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return;
        // A translation may translate only the text: an empty front matter is allowed.
        var map = document.Yaml.Trim().Length == 0
            ? YamlMap.Parse(path.Path, "{}", document.YamlFirstLine, errors)
            : YamlMap.Parse(path.Path, document.Yaml, document.YamlFirstLine, errors, "the front matter");
        if (map is null) return;
        var body = document.Body;
        switch (target)
        {
            case PageDraft page:
                map.AllowOnly(["title"], "cannot be translated on a page: only title and the text below the front matter");
                if (map.String("title", false) is { } pageTitle) page.Title.Translate(language, pageTitle);
                if (body.Length > 0) page.Body.Translate(language, body);
                break;
            case InitiativeDraft initiative:
                map.AllowOnly(TranslatableFields,
                    $"cannot be translated: status, numbers, thresholds and ids come from {initiative.SourcePath} alone; a translation holds only {string.Join(", ", TranslatableFields)} and the text below the front matter");
                if (map.String("title", false) is { } title) initiative.Title.Translate(language, title);
                TranslateList(map, "achievements", initiative.Achievements, initiative.SourcePath, language, n => map.ScalarText(n, "each item of achievements"));
                TranslateList(map, "targets", initiative.Targets.Select(t => t.Text).ToList(), initiative.SourcePath, language, n =>
                {
                    var item = map.AsMap(n, "each item of targets");
                    item?.AllowOnly(["text"], $"cannot be translated: a target's threshold comes from {initiative.SourcePath}; translate only its text");
                    return item?.String("text", true);
                });
                if (body.Length > 0)
                {
                    // The Japanese text was removed first: the translation waits to be removed too, and is not shown.
                    if (initiative.Narrative.IsEmpty)
                        errors.Warn(path.Path, document.BodyFirstLine, $"this translation has a narrative but {initiative.SourcePath} has none, so it is not shown; remove it here too");
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
            map.WarnAtKey(key, $"{key} has {list.Count} item(s) but {sourcePath} has {texts.Count}, so none of them is shown: translate the items of {sourcePath}, in the same order");
            return;
        }
        if (list.Count < texts.Count)
            map.WarnAtKey(key, $"{key} has {list.Count} item(s) but {sourcePath} has {texts.Count}: the last {texts.Count - list.Count} are shown in Japanese, marked untranslated, until they are translated here, in the same order");
        for (var i = 0; i < list.Count; i++)
        {
            if (read(list[i]) is { Length: > 0 } text) texts[i].Translate(language, text.Trim());
        }
    }
}
