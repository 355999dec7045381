using System.Globalization;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>One report's data, from its folder <c>data/reports/{id}/</c>: what it is, and its plan.</summary>
/// <param name="StageLine">The line of its stage in report.yml, for an error about the report's addresses.</param>
internal sealed record ReportData(Report Report, IReadOnlyList<ChallengeDraft> Challenges, int StageLine)
{
    /// <summary>Every strategy of the report's <c>plan.yml</c>, in order: the only list of its strategy ids.</summary>
    public IEnumerable<StrategyDraft> Strategies => Challenges.SelectMany(c => c.Strategies);
}

/// <summary>The masters in <c>data/</c>: settings, languages, status codes, units, the reports (oldest first), the catalogues.</summary>
internal sealed record DataSet(
    SiteSettings Settings,
    IReadOnlyList<Language> Languages,
    IReadOnlyDictionary<string, IReadOnlyList<StatusAxis>> Stages,
    IReadOnlyList<string> Units,
    IReadOnlyList<ReportData> Reports,
    IReadOnlyDictionary<string, Catalogue> Catalogues)
{
    /// <summary>The report published last: of the latest fiscal year, the last of its stages.</summary>
    public ReportData Latest => Reports[^1];

    public ReportData? Report(string id) => Reports.FirstOrDefault(r => r.Report.Id == id);
}

/// <summary>Reads and validates <c>data/</c>. Returns null when a file is unusable; every problem goes to the error list.</summary>
internal static class DataLoader
{
    public static DataSet? Load(string root, ErrorList errors)
    {
        var languages = ReadLanguages(root, errors);
        var stages = ReadStages(root, errors);
        var units = ReadUnits(root, errors);
        var reports = ReadReports(root, languages, errors);
        var settings = ReadSettings(root, reports?.Select(r => r.Report.Id).ToList(), errors);
        var catalogues = CatalogueLoader.Load(root, languages, errors);
        if (settings is null || languages.Count == 0 || reports is null || catalogues is null || units.Count == 0 || stages is null)
            return null;
        CheckCatalogueCoversCodes(catalogues, stages.Values.SelectMany(a => a), units, errors);
        return new DataSet(settings, languages, stages, units, reports, catalogues);
    }

    /// <summary>
    /// Every report: one folder of <c>data/reports/</c> each, named by the report's id, holding its
    /// <c>report.yml</c> and <c>plan.yml</c> (and their translations). Null when a report cannot be used.
    /// </summary>
    private static List<ReportData>? ReadReports(string root, IReadOnlyList<Language> languages, ErrorList errors)
    {
        var folder = $"{SourcePath.DataFolder}/{SourcePath.ReportsFolder}";
        var ids = SourceTree.Files(root, folder, errors, SourcePath.IsHidden)
            .Select(f => f[(folder.Length + 1)..].Split('/'))
            .Where(segments => segments.Length > 1)
            .Select(segments => segments[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            errors.Add(folder, 0, Messages.NoReports());
            return null;
        }
        var reports = new List<ReportData>();
        var usable = true;
        foreach (var id in ids)
        {
            if (!IsSlug(id))
            {
                errors.Add($"{folder}/{id}", 0, Messages.BadReportFolder(id));
                usable = false;
                continue;
            }
            var report = ReadReport(root, id, languages, errors, out var stageLine);
            var challenges = ReadPlan(root, id, languages, errors);
            if (report is null || challenges is null) usable = false;
            else reports.Add(new ReportData(report, challenges, stageLine));
        }
        // A report's addresses are its fiscal year and stage (/2021/midterm/): two reports cannot share them.
        foreach (var group in reports.GroupBy(r => (r.Report.FiscalYear, r.Report.Stage)).Where(g => g.Count() > 1))
        {
            foreach (var other in group.Skip(1))
                errors.Add($"{SourcePath.ReportDataFolder(other.Report.Id)}/report.yml", other.StageLine, Messages.ReportSameYearAndStage(group.First().Report.Id, other.Report.FiscalYear, other.Report.Stage));
            usable = false;
        }
        // In the order of the ward's years: by fiscal year, then by stage as the year runs.
        return usable ? reports.OrderBy(r => r.Report.FiscalYear).ThenBy(r => Array.IndexOf(Vocabulary.Stages, r.Report.Stage)).ToList() : null;
    }

    internal static YamlMap? ReadYaml(string root, string path, ErrorList errors, bool required = true)
    {
        if (!File.Exists(Path.Combine(root, path)))
        {
            if (required) errors.Add(path, 0, Messages.DataFileMissing());
            return null;
        }
        var source = SourceFile.Read(root, path, errors);
        return source is null ? null : YamlMap.Parse(path, source.Text, 1, errors);
    }

    /// <param name="reports">The ids of the reports, that addressesWithoutYear must name one of; null when they could not be read.</param>
    private static SiteSettings? ReadSettings(string root, IReadOnlyList<string>? reports, ErrorList errors)
    {
        var map = ReadYaml(root, "data/site.yml", errors);
        if (map is null) return null;
        map.AllowOnly(Vocabulary.SiteFields);
        // The language of the program's messages is read again by the commands before they print (MessageLanguage):
        // here it is checked, so that a wrong one is reported like every other mistake.
        if (map.String("messages", false) is { } messages && !MessageCatalogue.Languages.Contains(messages))
            map.Error(map.Get("messages"), Messages.UnknownMessageLanguage(messages, MessageCatalogue.Languages));
        var siteUrl = map.String("siteUrl", true);
        var repository = map.String("repository", true);
        var branch = map.String("branch", true);
        var license = map.String("license", true);
        var licenseUrl = map.String("licenseUrl", true);
        var former = map.String("addressesWithoutYear", false);
        var municipality = ReadMunicipality(map);
        var office = ReadOffice(map);
        if (former is not null && reports is not null && !reports.Contains(former))
            map.Error(map.Get("addressesWithoutYear"), Messages.FormerReportUnknown(former, reports));
        WebAddresses(map, ("siteUrl", siteUrl), ("repository", repository), ("licenseUrl", licenseUrl));
        return siteUrl is null || repository is null || branch is null || license is null || licenseUrl is null || municipality is null || office is null
            ? null
            : new SiteSettings(siteUrl.TrimEnd('/'), repository.TrimEnd('/'), branch, license, licenseUrl, municipality, office, former);
    }

    private static readonly System.Text.RegularExpressions.Regex TelephonePattern = new("^[0-9]+(-[0-9]+)*$");
    private static readonly System.Text.RegularExpressions.Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$");

    /// <summary><c>office:</c> of <c>data/site.yml</c>: the ward office's website and, when given, its contacts.</summary>
    private static Office? ReadOffice(YamlMap site)
    {
        var map = site.Map("office", true);
        if (map is null) return null;
        map.AllowOnly(Vocabulary.OfficeFields);
        var url = map.String("url", true);
        var telephone = map.String("telephone", false);
        var email = map.String("email", false);
        var contact = map.String("contactUrl", false);
        var valid = WebAddresses(map, ("url", url), ("contactUrl", contact));
        // A number as the office prints it (06-1234-5678): digits and hyphens, so that a phone can dial it from the link.
        if (telephone is not null && !TelephonePattern.IsMatch(telephone))
        {
            map.Error(map.Get("telephone"), Messages.NotTelephone(telephone));
            valid = false;
        }
        if (email is not null && !EmailPattern.IsMatch(email))
        {
            map.Error(map.Get("email"), Messages.NotEmail(email));
            valid = false;
        }
        return url is null || !valid ? null : new Office(url, telephone, email, contact);
    }

    /// <summary>Each given value of <paramref name="fields"/> is an http(s) address, else an error at its line; false then.</summary>
    private static bool WebAddresses(YamlMap map, params (string Key, string? Value)[] fields)
    {
        var valid = true;
        foreach (var (key, value) in fields)
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                map.Error(map.Get(key), Messages.NotUrl(key, value));
                valid = false;
            }
        return valid;
    }

    /// <summary><c>municipality:</c> of <c>data/site.yml</c>: the six-digit code with its check digit, and the name.</summary>
    private static Municipality? ReadMunicipality(YamlMap site)
    {
        var map = site.Map("municipality", true);
        if (map is null) return null;
        map.AllowOnly(Vocabulary.MunicipalityFields);
        var code = map.String("code", true);
        var name = map.String("name", true);
        if (code is not null && !Municipality.IsValidCode(code))
        {
            var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
            map.Error(map.Get("code"), digits.Length is 5 or 6 && digits.Length == code.Length
                ? Messages.MunicipalityCheckDigit(code, digits[..5] + Municipality.CheckDigit(digits))
                : Messages.MunicipalityCode(code));
            return null;
        }
        return code is null || name is null ? null : new Municipality(code, name);
    }

    private static List<Language> ReadLanguages(string root, ErrorList errors)
    {
        var result = new List<Language>();
        var map = ReadYaml(root, "data/languages.yml", errors);
        if (map is null) return result;
        map.AllowOnly(["languages"]);
        foreach (var node in map.List("languages", true) ?? [])
        {
            var item = map.AsMap(node, "languages", item: true);
            if (item is null) continue;
            item.AllowOnly(Vocabulary.LanguageFields);
            var code = item.String("code", true);
            var name = item.String("name", true);
            var htmlLang = item.String("htmlLang", true);
            var cultureName = item.String("culture", true);
            var calendar = item.String("calendar", false) ?? Vocabulary.Calendars[0];
            var sourceText = item.String("source", false);
            var isSource = string.Equals(sourceText, "true", StringComparison.OrdinalIgnoreCase);
            if (sourceText is not null && !isSource && !string.Equals(sourceText, "false", StringComparison.OrdinalIgnoreCase))
                item.Error(item.Get("source"), Messages.NotTrueOrFalse("source", sourceText));
            if (!Vocabulary.Calendars.Contains(calendar))
                item.Error(item.Get("calendar"), Messages.UnknownCalendar(calendar));
            // A BCP 47 tag: a language, then subtags such as a script (zh-Hans) or a region (pt-BR).
            foreach (var (key, tag) in new[] { ("code", code), ("htmlLang", htmlLang) })
            {
                if (tag is not null && !System.Text.RegularExpressions.Regex.IsMatch(tag, Vocabulary.LanguageTagPattern))
                {
                    item.Error(item.Get(key), Messages.NotLanguageTag(key, tag));
                    if (key == "code") code = null; else htmlLang = null;
                }
            }
            CultureInfo? culture = null;
            try
            {
                if (cultureName is not null) culture = CultureInfo.GetCultureInfo(cultureName);
            }
            catch (CultureNotFoundException)
            {
                item.Error(item.Get("culture"), Messages.UnknownCulture(cultureName!));
            }
            if (code is null || name is null || htmlLang is null || culture is null) continue;
            if (result.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                item.Error(item.Get("code"), Messages.LanguageTwice(code));
                continue;
            }
            result.Add(new Language(code, name, htmlLang, isSource ? "" : code + "/", culture, calendar == Vocabulary.Calendars[1], isSource));
        }
        if (result.Count(l => l.IsSource) != 1)
        {
            errors.Add("data/languages.yml", map.Line, Messages.OneSourceLanguage());
            result.Clear();
        }
        return result;
    }

    /// <summary>
    /// Each stage's status axes, in order, with their codes. Every stage of <see cref="Vocabulary.Stages"/> is listed,
    /// with no axis for a stage that judges nothing (the plan). Null when the file cannot be used.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<StatusAxis>>? ReadStages(string root, ErrorList errors)
    {
        var map = ReadYaml(root, "data/statuses.yml", errors);
        if (map is null) return null;
        var before = errors.Count;
        map.AllowOnly(Vocabulary.Stages);
        var stages = new Dictionary<string, IReadOnlyList<StatusAxis>>(StringComparer.Ordinal);
        var followed = new List<(YamlMap Item, string Axis)>();
        var axisLines = new Dictionary<StatusAxis, (string Stage, int Line)>();
        foreach (var stage in Vocabulary.Stages)
        {
            var axes = new List<StatusAxis>();
            foreach (var node in map.List(stage, true) ?? [])
            {
                var item = map.AsMap(node, stage, item: true);
                if (item is null) continue;
                item.AllowOnly(Vocabulary.StatusAxisFields);
                var axis = item.String("axis", true);
                var follows = item.String("follows", false);
                if (follows is not null) followed.Add((item, follows));
                if (axis is not null && !IsSlug(axis))
                {
                    item.Error(item.Get("axis"), Messages.NotSlug(axis));
                    axis = null;
                }
                if (axis is not null && axes.Any(a => a.Id == axis))
                {
                    item.Error(item.Get("axis"), Messages.AxisTwice(axis, stage));
                    axis = null;
                }
                var codes = new List<StatusCode>();
                var list = item.List("codes", true);
                if (list is { Count: 0 }) item.ErrorAtKey("codes", Messages.NoStatusCodes(axis ?? stage));
                foreach (var codeNode in list ?? [])
                {
                    var entry = item.AsMap(codeNode, "codes", item: true);
                    if (entry is null) continue;
                    entry.AllowOnly(Vocabulary.StatusCodeFields);
                    var code = entry.String("code", true);
                    var tone = entry.String("tone", true);
                    if (code is not null && !IsSlug(code))
                        entry.Error(entry.Get("code"), Messages.NotSlug(code));
                    else if (code is not null && codes.Any(c => c.Code == code))
                        entry.Error(entry.Get("code"), Messages.StatusCodeTwice(code, axis ?? stage));
                    else if (tone is not null && !Vocabulary.Tones.Contains(tone))
                        entry.Error(entry.Get("tone"), Messages.UnknownTone(tone, Vocabulary.Tones));
                    else if (code is not null && tone is not null && axis is not null)
                        codes.Add(new StatusCode(axis, code, tone));
                }
                if (axis is not null)
                {
                    var made = new StatusAxis(axis, codes, follows);
                    axes.Add(made);
                    axisLines[made] = (stage, item.LineOf(item.Get("axis")!));
                }
            }
            stages[stage] = axes;
        }
        foreach (var (item, axis) in followed.Where(f => !stages.Values.SelectMany(a => a).Any(a => a.Id == f.Axis)))
            item.Error(item.Get("follows"), Messages.UnknownAxis(axis, stages.Values.SelectMany(a => a).Select(a => a.Id).Distinct()));
        // One axis means one thing in every stage that has it: the open data gives it one column. Each stage whose
        // codes differ from the first stage's is told at its line, with the first stage's codes.
        static string CodesOf(StatusAxis axis) => string.Join(", ", axis.Codes.Select(c => $"{c.Code} ({c.Tone})"));
        foreach (var group in stages.Values.SelectMany(a => a).GroupBy(a => a.Id))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(a => CodesOf(a) != CodesOf(first)))
                errors.Add("data/statuses.yml", axisLines[other].Line, Messages.AxisDiffers(other.Id, axisLines[other].Stage, axisLines[first].Stage, CodesOf(first)));
        }
        return errors.Count > before ? null : stages;
    }

    private static List<string> ReadUnits(string root, ErrorList errors)
    {
        var map = ReadYaml(root, "data/units.yml", errors);
        if (map is null) return [];
        map.AllowOnly(["units"]);
        var list = map.List("units", true);
        if (list is { Count: 0 }) map.ErrorAtKey("units", Messages.NoUnits());
        var units = new List<string>();
        foreach (var node in list ?? [])
        {
            var unit = YamlMap.IsEmpty(node) ? "" : map.ScalarText(node, "units", item: true);
            if (unit is null) continue;
            if (unit.Trim().Length == 0) map.Error(node, Messages.ItemEmpty("units"));
            else units.Add(unit);
        }
        return units;
    }

    private static Report? ReadReport(string root, string reportId, IReadOnlyList<Language> languages, ErrorList errors, out int stageLine)
    {
        stageLine = 0;
        var folder = SourcePath.ReportDataFolder(reportId);
        var map = ReadYaml(root, $"{folder}/report.yml", errors);
        if (map is null) return null;
        map.AllowOnly(Vocabulary.ReportFields);
        var id = map.String("id", true);
        var year = map.Int("fiscalYear", true);
        var stage = map.String("stage", true);
        stageLine = map.KeyLine("stage");
        var title = map.String("title", true);
        var meeting = map.String("meeting", true);
        var dateText = map.String("date", true);
        // A report being written says so; one without the field is published.
        var draftText = map.String("draft", false);
        var draft = string.Equals(draftText, "true", StringComparison.OrdinalIgnoreCase);
        if (draftText is not null && !draft && !string.Equals(draftText, "false", StringComparison.OrdinalIgnoreCase))
            map.Error(map.Get("draft"), Messages.NotTrueOrFalse("draft", draftText));
        // What new-report left to write: a warning while the report is a draft, an error once it is published.
        foreach (var (key, text) in new[] { ("title", title), ("meeting", meeting) })
        {
            if (text is null || !Placeholders.Is(text)) continue;
            var lacks = Messages.ReportPlaceholderLeft(Messages.Field(key), text.Trim());
            if (draft) errors.Warn(map.File, map.KeyLine(key), Messages.DraftReportLacks(lacks));
            else map.Error(map.Get(key), lacks);
        }
        if (stage is not null && !Vocabulary.Stages.Contains(stage))
            map.Error(map.Get("stage"), Messages.UnknownStage(stage));
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (DateOnly.TryParseExact(dateText, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                date = parsed;
            else
                map.Error(map.Get("date"), Messages.ReportDateNotMonth(dateText));
        }
        var updated = new ContentDate(date ?? default, dateText?.Length > 7);
        if (map.String("updated", false) is { } updatedText && !ContentDate.TryParse(updatedText, out updated))
            map.Error(map.Get("updated"), Messages.ReportUpdatedNotDate(updatedText));
        foreach (var (key, day) in new[] { ("date", date), ("updated", map.Has("updated") ? (DateOnly?)updated.Date : null) })
        {
            if (day > ContentDate.Today)
            {
                map.Error(map.Get(key), Messages.ReportDateAfterToday(key, $"{day:yyyy-MM-dd}", $"{ContentDate.Today:yyyy-MM-dd}"));
                date = null;
            }
        }
        // The folder names the report, in its addresses and in input/: the id written in the file must agree.
        if (id is not null && id != reportId)
        {
            map.Error(map.Get("id"), Messages.ReportIdNotFolder(id, reportId));
            return null;
        }
        if (id is null || year is null || stage is null || title is null || meeting is null || date is null) return null;
        var titleText = new TextDraft(title);
        var meetingText = new TextDraft(meeting);
        foreach (var language in languages.Where(l => !l.IsSource))
        {
            var path = $"{folder}/report.{language.Code}.yml";
            var translation = ReadYaml(root, path, errors, required: false);
            if (translation is null) continue;
            translation.AllowOnly(Vocabulary.ReportTranslationFields, Messages.NotTranslatableReport($"{folder}/report.yml"));
            if (translation.String("title", false) is { } t) titleText.Translate(language, t);
            if (translation.String("meeting", false) is { } m) meetingText.Translate(language, m);
        }
        return new Report(id, year.Value, stage, titleText.Build(), meetingText.Build(), date.Value, updated, draft);
    }

    private static List<ChallengeDraft>? ReadPlan(string root, string reportId, IReadOnlyList<Language> languages, ErrorList errors)
    {
        var path = $"{SourcePath.ReportDataFolder(reportId)}/plan.yml";
        var map = ReadYaml(root, path, errors);
        if (map is null) return null;
        map.AllowOnly(["challenges"]);
        var challenges = new List<ChallengeDraft>();
        var strategyIds = new HashSet<string>();
        var challengeIds = new HashSet<string>();
        foreach (var node in map.List("challenges", true) ?? [])
        {
            var item = map.AsMap(node, "challenges", item: true);
            if (item is null) continue;
            item.AllowOnly(Vocabulary.ChallengeFields);
            var id = item.String("id", true);
            var number = item.Int("number", false);
            var title = item.String("title", true);
            var heading = item.String("targetsHeading", false) ?? Vocabulary.TargetsHeadings[0];
            if (!Vocabulary.TargetsHeadings.Contains(heading))
                item.Error(item.Get("targetsHeading"), Messages.UnknownTargetsHeading(heading));
            if (id is null || title is null) continue;
            if (!IsSlug(id)) item.Error(item.Get("id"), Messages.NotSlug(id));
            if (!challengeIds.Add(id))
            {
                item.Error(item.Get("id"), Messages.ChallengeTwice(id));
                continue;
            }
            var challenge = new ChallengeDraft { Id = id, Number = number, Title = new TextDraft(title) };
            foreach (var strategyNode in item.List("strategies", true) ?? [])
            {
                var s = item.AsMap(strategyNode, "strategies", item: true);
                if (s is null) continue;
                s.AllowOnly(Vocabulary.StrategyFields);
                var sid = s.String("id", true);
                var stitle = s.String("title", true);
                if (sid is null || stitle is null) continue;
                if (!IsSlug(sid)) s.Error(s.Get("id"), Messages.NotSlug(sid));
                if (!strategyIds.Add(sid))
                {
                    s.Error(s.Get("id"), Messages.StrategyTwice(sid));
                    continue;
                }
                challenge.Strategies.Add(new StrategyDraft { Report = reportId, Id = sid, Title = new TextDraft(stitle), TargetsHeading = heading == Vocabulary.TargetsHeadings[1] ? "field.targets-goal" : "field.targets" });
            }
            challenges.Add(challenge);
        }
        foreach (var language in languages.Where(l => !l.IsSource))
            ReadPlanTranslation(root, reportId, language, challenges, errors);
        return challenges;
    }

    private static void ReadPlanTranslation(string root, string reportId, Language language, List<ChallengeDraft> challenges, ErrorList errors)
    {
        var path = $"{SourcePath.ReportDataFolder(reportId)}/plan.{language.Code}.yml";
        var map = ReadYaml(root, path, errors, required: false);
        if (map is null) return;
        var plan = $"{SourcePath.ReportDataFolder(reportId)}/plan.yml";
        var notTranslatable = Messages.NotTranslatablePlan(plan);
        map.AllowOnly(["challenges"], notTranslatable);
        var byId = challenges.DistinctBy(c => c.Id).ToDictionary(c => c.Id);
        foreach (var node in map.List("challenges", true) ?? [])
        {
            var item = map.AsMap(node, "challenges", item: true);
            if (item is null) continue;
            item.AllowOnly(Vocabulary.ChallengeTranslationFields, notTranslatable);
            var id = item.String("id", true);
            var challenge = id is null ? null : byId.GetValueOrDefault(id);
            if (id is not null && challenge is null)
            {
                item.Error(item.Get("id"), Messages.UnknownChallenge(id, plan, challenges.Select(c => c.Id)));
                continue;
            }
            if (challenge is not null && item.String("title", false) is { } title) challenge.Title.Translate(language, title);
            foreach (var strategyNode in item.List("strategies", false) ?? [])
            {
                var s = item.AsMap(strategyNode, "strategies", item: true);
                if (s is null) continue;
                s.AllowOnly(Vocabulary.StrategyFields, notTranslatable);
                var sid = s.String("id", true);
                var strategy = challenge?.Strategies.FirstOrDefault(x => x.Id == sid);
                // Without the challenge's id (reported above) there is nothing to say which strategies it holds.
                if (sid is not null && strategy is null && id is not null)
                {
                    s.Error(s.Get("id"), Messages.StrategyNotUnderChallenge(sid, id, plan));
                    continue;
                }
                if (strategy is not null && s.String("title", false) is { } stitle) strategy.Title.Translate(language, stitle);
            }
        }
    }

    private static void CheckCatalogueCoversCodes(IReadOnlyDictionary<string, Catalogue> catalogues, IEnumerable<StatusAxis> axes, IEnumerable<string> units, ErrorList errors)
    {
        var needed = axes.SelectMany(a => a.Codes.Select(c => c.LabelKey).Prepend(a.LabelKey))
            .Concat(Vocabulary.Stages.Select(s => $"stage.{s}")).Distinct().ToList();
        var unitPhrases = units.Select(u => $"unit.{u}").Distinct().ToList();
        foreach (var catalogue in catalogues.Values)
        {
            // A unit's label is counted (1 facility, 2 facilities): one form per plural category of the language.
            foreach (var phrase in unitPhrases)
            {
                var forms = catalogue.Strings.Keys.Where(k => PluralRules.PhraseOf(k) == phrase).ToList();
                if (forms.Count == 0)
                {
                    // A label that another language has is reported by the catalogues' own check, with where it is defined.
                    if (!catalogues.Values.Any(c => c.Strings.Keys.Any(k => PluralRules.PhraseOf(k) == phrase)))
                        errors.Add(catalogue.Path, 0, Messages.CodeLabelMissing(phrase));
                    continue;
                }
                // The same phrase counted in another language is checked there already.
                if (forms.SequenceEqual([phrase])) CatalogueLoader.CheckForms(catalogue, phrase, forms, errors);
                // {value/1000} shows a value in thousands: it must divide by a number above 0, the same in every form.
                var patterns = forms.Select(k => catalogue.Strings[k]).ToList();
                if (patterns.FirstOrDefault(p => p.Contains("{value/", StringComparison.Ordinal) && Catalogue.DivisorOf(p) is null) is { } bad)
                    errors.Add(catalogue.Path, catalogue.Lines[forms[0]], Messages.BadDivisor(phrase, bad));
                else if (patterns.Select(p => Catalogue.DivisorOf(p) ?? 1).Distinct().Count() > 1)
                    errors.Add(catalogue.Path, catalogue.Lines[forms[0]], Messages.UnitFormsDivideDifferently(phrase));
            }
            foreach (var key in needed.Where(k => !catalogues.Values.Any(c => c.Strings.ContainsKey(k))))
                errors.Add(catalogue.Path, 0, Messages.CodeLabelMissing(key));
        }
    }

    internal static bool IsSlug(string value) => value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
