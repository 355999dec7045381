using MinatoSite.Diagnostics;
using MinatoSite.Model;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>
/// Reads <c>input/</c>: one Markdown file per initiative in its strategy's folder (<c>input/2-1/2-1-3.md</c>),
/// translations beside them (<c>2-1-3.en.md</c>), and free-standing pages at the top (<c>input/CORRECTIONS.md</c>).
/// </summary>
public sealed class ContentLoader(string root, DataSet data, ErrorList errors)
{
    private static readonly string[] InitiativeFields = ["id", "strategy", "number", "title", "achievements", "targets", "status", "repostOf", "updated"];
    private static readonly string[] TranslatableFields = ["title", "achievements", "targets"];
    private static readonly string[] ThresholdFields = ["value", "unit", "comparison", "outOf"];
    private static readonly Dictionary<string, Comparison> Comparisons = new() { ["at-least"] = Comparison.AtLeast, ["at-most"] = Comparison.AtMost };

    private readonly Dictionary<string, Strategy> _strategies = data.Challenges.SelectMany(c => c.Strategies).ToDictionary(s => s.Id);

    public (List<Initiative> Initiatives, List<ContentPage> Pages) Load()
    {
        var inputRoot = Path.Combine(root, "input");
        if (!Directory.Exists(inputRoot))
        {
            errors.Add("input", 0, "the folder input/ is missing");
            return ([], []);
        }
        var all = Directory.EnumerateFiles(inputRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !IsIgnored(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var other in all.Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            errors.Add(other, 0, "only Markdown files ending in .md are read from input/: rename this file to .md (check that the editor did not add .txt), or move it out of input/");
        var files = all.Where(f => f.EndsWith(".md", StringComparison.Ordinal) && !IsStrayTranslation(f)).ToList();
        var existing = files.ToHashSet(StringComparer.Ordinal);
        var sources = files.Where(f => TranslationLanguage(f) is null).ToList();
        var translations = files.Where(f => TranslationLanguage(f) is not null).ToList();

        // Files are independent until cross-checked, so they are read in parallel; the order is restored after.
        var read = new (Initiative? Initiative, ContentPage? Page)[sources.Count];
        Parallel.For(0, sources.Count, i => read[i] = ReadSource(sources[i]));
        var initiatives = read.Select(r => r.Initiative).OfType<Initiative>().ToList();
        var pages = read.Select(r => r.Page).OfType<ContentPage>().ToList();

        var bySource = initiatives.ToDictionary(i => i.SourcePath, i => (object)i);
        foreach (var page in pages) bySource[page.SourcePath] = page;
        // One language at a time, its files in parallel: two files of one language never translate the same text.
        foreach (var language in translations.GroupBy(TranslationLanguage))
        {
            Parallel.ForEach(language, path =>
            {
                var sourcePath = TranslationFiles.SourceOf(path, language.Key!)!;
                if (bySource.TryGetValue(sourcePath, out var target)) ReadTranslation(path, language.Key!, target);
                else if (!existing.Contains(sourcePath))
                    errors.Add(path, 1, $"this translation has no source file: {sourcePath} does not exist (rename the translation to match it, or delete it)");
            });
        }
        return (initiatives, pages);
    }

    /// <summary>Hidden files (<c>.gitkeep</c>, an editor's <c>.2-1-3.md.swp</c>) are not content and are not reported.</summary>
    public static bool IsIgnored(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>The language of a translation file name such as <c>2-1-3.en.md</c>; null for a source file.</summary>
    private Language? TranslationLanguage(string path) =>
        LanguageSuffix(path) is { } code ? data.Languages.FirstOrDefault(l => l.Code == code && !l.IsSource) : null;

    /// <summary>The <c>en</c> of <c>2-1-3.en.md</c>: what looks like a language code before <c>.md</c>.</summary>
    private static string? LanguageSuffix(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var code = dot < 0 ? "" : name[(dot + 1)..];
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>A file named like a translation into a language the site does not publish: reported, then left out.</summary>
    private bool IsStrayTranslation(string path)
    {
        if (LanguageSuffix(path) is not { } code || TranslationLanguage(path) is not null) return false;
        errors.Add(path, 0, data.Languages.Any(l => l.IsSource && l.Code == code)
            ? $"the Japanese text belongs in {path[..^(code.Length + 4)]}.md itself, not in a '.{code}.md' file"
            : $"'{code}' is not a language of the site; translations are named {{name}}.{{language}}.md with one of: {string.Join(", ", data.Languages.Where(l => !l.IsSource).Select(l => l.Code))}");
        return true;
    }

    private (Initiative?, ContentPage?) ReadSource(string path)
    {
        var source = SourceFile.Read(root, path, errors);
        if (source is null) return (null, null);
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return (null, null);
        var map = YamlMap.Parse(path, document.Yaml, document.YamlFirstLine, errors, "the front matter");
        if (map is null) return (null, null);
        var depth = path.Count(c => c == '/');
        return depth switch
        {
            1 => (null, ReadPage(document, map)),
            2 => (ReadInitiative(document, map), null),
            _ => Unplaced(path),
        };
    }

    private (Initiative?, ContentPage?) Unplaced(string path)
    {
        errors.Add(path, 0, "files belong either directly in input/ (a page) or in a strategy's folder such as input/2-1/ (an initiative); move this file");
        return (null, null);
    }

    /// <summary>Addresses the site itself uses; a page may not take them.</summary>
    private static readonly string[] ReservedSlugs = ["assets", "data", "search", "strategies", "challenges", "pagefind", "404", "index", "sitemap", "robots", "__preview"];

    private ContentPage? ReadPage(FrontMatterDocument document, YamlMap map)
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
        if (ReservedSlugs.Contains(slug) || data.Languages.Any(l => l.Code == slug))
        {
            map.Error(null, $"the file name '{slug}' would be the address /{slug}/, which the site uses itself; choose another name");
            return null;
        }
        return new ContentPage
        {
            Slug = slug,
            Title = new LocalizedText(title),
            Body = new LocalizedText(document.Body),
            SourcePath = document.Source.Path,
            BodyLine = document.BodyFirstLine,
        };
    }

    private Initiative? ReadInitiative(FrontMatterDocument document, YamlMap map)
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
            if (ContentDate.TryParse(updatedText, out var date) && date.HasDay) updated = date;
            else map.Error(map.Get("updated"), $"updated must be a day written as 2021-12-01, not '{updatedText}'");
        }

        Strategy? strategy = null;
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
        return new Initiative
        {
            Id = id,
            Strategy = strategy,
            Number = number.Value,
            Title = new LocalizedText(title),
            Achievements = achievements,
            Targets = targets,
            Status = status,
            RepostOfId = repostOf,
            Narrative = new LocalizedText(document.Body),
            SourcePath = path,
            NarrativeLine = document.BodyFirstLine,
            IdLine = map.KeyLine("id"),
            RepostOfLine = map.KeyLine("repostOf"),
            Updated = updated,
        };
    }

    /// <summary>The id, the strategy, the number and the file's place must tell the same story.</summary>
    private static void CheckPlace(YamlMap map, string path, string id, Strategy strategy, int number)
    {
        var expectedId = $"{strategy.Id}-{number}";
        var expectedPath = $"{strategy.Folder}/{expectedId}.md";
        if (id != expectedId)
            map.Error(map.Get("id"), $"id '{id}' does not match strategy '{strategy.Id}' and number {number}: it must be '{expectedId}'");
        else if (path != expectedPath)
            map.Error(map.Get("id"), $"id '{id}' does not match the file's place: the initiative {id} belongs in {expectedPath}");
    }

    private List<LocalizedText>? ReadTexts(YamlMap map, string key)
    {
        var list = map.List(key, false);
        if (list is null) return null;
        var texts = new List<LocalizedText>();
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
            texts.Add(new LocalizedText(text.Trim()));
        }
        return valid ? texts : null;
    }

    private List<Target>? ReadTargets(YamlMap map)
    {
        var list = map.List("targets", false);
        if (list is null) return null;
        var targets = new List<Target>();
        var valid = true;
        foreach (var node in list)
        {
            var item = map.AsMap(node, "each item of targets");
            if (item is null) { valid = false; continue; }
            item.AllowOnly(["text", "threshold"]);
            var text = item.String("text", true);
            var threshold = ReadThreshold(item, out var thresholdValid);
            if (text is null || !thresholdValid) { valid = false; continue; }
            targets.Add(new Target(new LocalizedText(text.Trim()), threshold));
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

    private static StatusCode? ReadCode(YamlMap status, string axis, IReadOnlyList<StatusCode> codes)
    {
        var code = status.String(axis, true);
        if (code is null) return null;
        var match = codes.FirstOrDefault(c => c.Code == code);
        if (match is null)
            status.Error(status.Get(axis), $"{status.FieldName(axis)} '{code}' is not one of {string.Join(", ", codes.Select(c => c.Code))}");
        return match;
    }

    private void ReadTranslation(string path, Language language, object target)
    {
        var source = SourceFile.Read(root, path, errors);
        if (source is null) return;
        var document = FrontMatterDocument.Split(source, errors);
        if (document is null) return;
        // A translation may translate only the text: an empty front matter is allowed.
        var map = document.Yaml.Trim().Length == 0
            ? YamlMap.Parse(path, "{}", document.YamlFirstLine, errors)
            : YamlMap.Parse(path, document.Yaml, document.YamlFirstLine, errors, "the front matter");
        if (map is null) return;
        var body = document.Body;
        switch (target)
        {
            case ContentPage page:
                map.AllowOnly(["title"], "cannot be translated on a page: only title and the text below the front matter");
                if (map.String("title", false) is { } pageTitle) page.Title.SetTranslation(language.Code, pageTitle);
                if (body.Length > 0) page.Body.SetTranslation(language.Code, body);
                page.TranslationSources[language.Code] = (path, document.BodyFirstLine);
                break;
            case Initiative initiative:
                initiative.TranslatedInto.Add(language.Code);
                map.AllowOnly(TranslatableFields,
                    $"cannot be translated: status, numbers, thresholds and ids come from {initiative.SourcePath} alone; a translation holds only {string.Join(", ", TranslatableFields)} and the text below the front matter");
                if (map.String("title", false) is { } title) initiative.Title.SetTranslation(language.Code, title);
                TranslateList(map, "achievements", initiative.Achievements, initiative.SourcePath, language, n => map.ScalarText(n, "each item of achievements"));
                TranslateList(map, "targets", initiative.Targets.Select(t => t.Text).ToList(), initiative.SourcePath, language, n =>
                {
                    var item = map.AsMap(n, "each item of targets");
                    item?.AllowOnly(["text"], $"cannot be translated: a target's threshold comes from {initiative.SourcePath}; translate only its text");
                    return item?.String("text", true);
                });
                if (body.Length > 0)
                {
                    if (initiative.Narrative.IsEmpty)
                        errors.Add(path, document.BodyFirstLine, $"this translation has a narrative but {initiative.SourcePath} has none; remove it or add the Japanese text first");
                    else
                        initiative.Narrative.SetTranslation(language.Code, body);
                }
                _translationBodies[(initiative.SourcePath, language.Code)] = (path, document.BodyFirstLine);
                break;
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), (string Path, int Line)> _translationBodies = [];

    /// <summary>Where a translated narrative came from, so that its link errors name the translation file.</summary>
    public (string Path, int Line)? TranslationBody(Initiative initiative, Language language) =>
        _translationBodies.TryGetValue((initiative.SourcePath, language.Code), out var location) ? location : null;

    private static void TranslateList(YamlMap map, string key, IReadOnlyList<LocalizedText> texts, string sourcePath, Language language, Func<YamlNode, string?> read)
    {
        if (map.Get(key) is null) return;
        var list = map.List(key, false);
        if (list is null) return;
        if (list.Count != texts.Count)
        {
            map.ErrorAtKey(key, $"{key} has {list.Count} item(s) but {sourcePath} has {texts.Count}: translate every item, in the same order");
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (read(list[i]) is { Length: > 0 } text) texts[i].SetTranslation(language.Code, text.Trim());
        }
    }
}
