namespace MinatoSite.Model;

/// <summary>What a file of the repository is, told by its path.</summary>
public enum SourceKind
{
    /// <summary><c>input/{report}/{strategy}/{id}.md</c>, or its translation <c>{id}.{language}.md</c>.</summary>
    Initiative,
    /// <summary>
    /// <c>input/{name}.md</c>, a page of the site, or <c>input/{report}/{name}.md</c>, a page of one report (its
    /// corrections); or the translation <c>{name}.{language}.md</c> of either.
    /// </summary>
    Page,
    /// <summary>A Markdown file in <c>input/</c> deeper than a strategy's folder.</summary>
    Misplaced,
    /// <summary>A file in <c>input/</c> that is not Markdown.</summary>
    NotMarkdown,
    /// <summary>A hidden file or a file in a hidden folder (<c>.gitkeep</c>, <c>.obsidian/</c>): not content.</summary>
    Ignored,
    /// <summary>A file of <c>data/</c>.</summary>
    Data,
    /// <summary>A file of <c>theme/</c>.</summary>
    Theme,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// The one reading of the repository's file names: which kind of source a path is, which language it is written
/// in, and, for a translation, the source file it translates. <c>input/2-1/2-1-3.en.md</c> is the English
/// translation of the initiative <c>input/2-1/2-1-3.md</c>; language codes are those of <c>data/languages.yml</c>,
/// BCP 47 tags such as <c>en</c> or <c>zh-Hans</c>, matched without regard to case as BCP 47 says.
/// </summary>
public readonly record struct SourcePath
{
    public const string InputFolder = "input";
    public const string DataFolder = "data";
    public const string ThemeFolder = "theme";
    /// <summary>Where the editing form's file library would put files: read by nothing, published nowhere.</summary>
    public const string FormUploadsFolder = "uploads";
    private const string Markdown = ".md";

    /// <summary>The path relative to the repository root, with forward slashes: what messages show.</summary>
    public string Path { get; }
    public SourceKind Kind { get; }

    /// <summary>The language the file is written in: the source language, or the one its name gives.</summary>
    public Language? Language { get; }

    /// <summary>For a translation, the path of the source file it translates; else null.</summary>
    public string? TranslationOf { get; }

    /// <summary>The report folder the file is in (<c>2021-midterm</c>): null for a page of the whole site.</summary>
    public string? Report { get; }

    /// <summary>
    /// What stands between the name and <c>.md</c> when it names no language of the site (<c>2-1-3.fr.md</c>),
    /// or names the source language, whose text belongs in the source file itself; else null.
    /// </summary>
    public string? StrayLanguage { get; }

    public bool IsTranslation => TranslationOf is not null;
    public bool IsContent => Kind is SourceKind.Initiative or SourceKind.Page;

    /// <summary>The source file this one belongs to: itself, or the file it translates.</summary>
    public string Source => TranslationOf ?? Path;

    private SourcePath(string path, SourceKind kind, Language? language = null, string? translationOf = null, string? stray = null, string? report = null)
    {
        Path = path;
        Kind = kind;
        Language = language;
        TranslationOf = translationOf;
        StrayLanguage = stray;
        Report = report;
    }

    /// <param name="path">Relative to the repository root, with forward or back slashes.</param>
    /// <param name="languages">The languages of <c>data/languages.yml</c>.</param>
    public static SourcePath Parse(string path, IReadOnlyList<Language> languages)
    {
        path = path.Replace('\\', '/');
        var segments = path.Split('/');
        var top = segments[0];
        if (IsHidden(path)) return new SourcePath(path, SourceKind.Ignored);
        if (top == DataFolder && segments.Length > 1) return new SourcePath(path, SourceKind.Data);
        if (top == ThemeFolder && segments.Length > 1) return new SourcePath(path, SourceKind.Theme);
        if (top != InputFolder || segments.Length < 2) return new SourcePath(path, SourceKind.Other);
        var name = segments[^1];
        if (!name.EndsWith(Markdown, StringComparison.Ordinal)) return new SourcePath(path, SourceKind.NotMarkdown);
        var kind = segments.Length switch { 2 or 3 => SourceKind.Page, 4 => SourceKind.Initiative, _ => SourceKind.Misplaced };
        var report = segments.Length > 2 ? segments[1] : null;

        // Ids and page names hold no dot: a dot before .md starts a language code.
        var stem = name[..^Markdown.Length];
        var source = languages.FirstOrDefault(l => l.IsSource);
        var dot = stem.LastIndexOf('.');
        if (dot < 0) return new SourcePath(path, kind, source, report: report);
        var code = stem[(dot + 1)..];
        stem = stem[..dot];
        var language = languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
        if (language is null || language.IsSource) return new SourcePath(path, kind, null, stray: code, report: report);
        var translationOf = path[..(path.Length - name.Length)] + stem + Markdown;
        return new SourcePath(path, kind, language, translationOf, report: report);
    }

    /// <summary>Hidden files and folders (a name starting with '.') are an editor's or a tool's, never content.</summary>
    public static bool IsHidden(string path) =>
        path.Replace('\\', '/').Split('/').Any(segment => segment.StartsWith('.') && segment is not "." and not "..");

    /// <summary>The folder of a report's content: <c>input/2021-midterm</c>.</summary>
    public static string ReportFolder(string reportId) => $"{InputFolder}/{reportId}";

    /// <summary>The folder of a report's data: <c>data/reports/2021-midterm</c>.</summary>
    public static string ReportDataFolder(string reportId) => $"{DataFolder}/{ReportsFolder}/{reportId}";

    /// <summary>Where each report has its data, one folder per report: <c>data/reports/</c>.</summary>
    public const string ReportsFolder = "reports";

    /// <summary>The folder of a strategy's initiatives: <c>input/2021-midterm/2-1</c>.</summary>
    public static string StrategyFolder(string reportId, string strategyId) => $"{ReportFolder(reportId)}/{strategyId}";

    /// <summary>Where an initiative's file belongs: <c>input/2021-midterm/2-1/2-1-3.md</c>.</summary>
    public static string InitiativeFile(string reportId, string strategyId, string initiativeId) => $"{StrategyFolder(reportId, strategyId)}/{initiativeId}{Markdown}";

    /// <summary>The file that translates <paramref name="sourcePath"/> into <paramref name="language"/>: <c>2-1-3.en.md</c>.</summary>
    public static string TranslationFile(string sourcePath, Language language) =>
        sourcePath[..^Markdown.Length] + $".{language.Code}{Markdown}";

    /// <summary>The id an initiative has in <c>{strategy}-{number}</c> form, for <paramref name="strategyId"/> and <paramref name="number"/>.</summary>
    public static string InitiativeId(string strategyId, int number) => $"{strategyId}-{number}";

    /// <summary>
    /// Splits an initiative id into its strategy (one of <paramref name="strategyIds"/>, from <c>data/plan.yml</c>) and
    /// number: <c>2-1-7</c> is strategy 2-1, number 7; <c>dx-1</c> is strategy dx, number 1. Null when no strategy fits.
    /// </summary>
    public static (string Strategy, int Number)? SplitInitiativeId(string id, IEnumerable<string> strategyIds)
    {
        foreach (var strategy in strategyIds.OrderByDescending(s => s.Length))
        {
            if (id.Length <= strategy.Length + 1 || !id.StartsWith(strategy + "-", StringComparison.Ordinal)) continue;
            var rest = id[(strategy.Length + 1)..];
            if (rest[0] != '0' && rest.All(char.IsAsciiDigit) && int.TryParse(rest, out var number)) return (strategy, number);
        }
        return null;
    }

    public override string ToString() => Path;
}
