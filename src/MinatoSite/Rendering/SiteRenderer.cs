using System.Collections.Concurrent;
using System.Text;
using MinatoSite.Model;
using MinatoSite.Output;

namespace MinatoSite.Rendering;

/// <summary>
/// A file of the built site: its path under the output folder, and either a page's markup or what writes its bytes.
/// Nothing is held as bytes until the file is saved, so that a large data file goes straight to the disk.
/// </summary>
public sealed class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Action<Stream>? _write;

    private OutputFile(string path, string? html, Action<Stream>? write)
    {
        Path = path;
        Html = html;
        _write = write;
    }

    public string Path { get; }

    /// <summary>A page's markup, kept as text for the link check; null for data files and assets.</summary>
    public string? Html { get; }

    public static OutputFile Page(string path, string html) => new(path, html, null);

    /// <param name="write">Writes the file's bytes; it may run more than once.</param>
    public static OutputFile Data(string path, Action<Stream> write) => new(path, null, write);

    /// <summary>Writes the file at <paramref name="fullPath"/>, a page as UTF-8 without a byte-order mark.</summary>
    public void Save(string fullPath)
    {
        // The framework encodes text a slice at a time into a pooled buffer: no second copy of a large page.
        if (Html is not null)
        {
            File.WriteAllText(fullPath, Html, Utf8);
            return;
        }
        // Writers emit small pieces; the file stream underneath is left unbuffered.
        using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var buffered = new BufferedStream(stream, 64 * 1024);
        _write!(buffered);
    }

    /// <summary>The file's bytes in memory, for the preview server.</summary>
    public byte[] ToBytes()
    {
        if (Html is not null) return Utf8.GetBytes(Html);
        using var memory = new MemoryStream();
        _write!(memory);
        return memory.ToArray();
    }
}

/// <summary>
/// Render: turns the model into every page and data file of every language. Views are built once per language;
/// pages are then independent and rendered in parallel.
/// </summary>
public sealed class SiteRenderer(SiteModel model, Theme theme, UrlBuilder urls, MarkdownRenderer markdown)
{
    private readonly LinkResolver _links = new(model, PageKeys.All(model));

    /// <summary>Markup added to every page's head, e.g. the preview's reload script; never used by <c>build</c>.</summary>
    public string? ExtraHead { get; init; }

    /// <summary>Renders the files <paramref name="only"/> selects (all by default) in parallel, into memory.</summary>
    public IReadOnlyList<OutputFile> RenderAll(Func<Page, bool>? only = null)
    {
        var files = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(Page.Schedule(Plan().Where(p => only is null || only(p))), job => files.Add(job.Render()));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every file of the site, not yet rendered: the pages and data files of each language, then the theme's
    /// assets. Views are built here, once per language; each file then renders on its own, on any thread.
    /// </summary>
    public IReadOnlyList<Page> Plan()
    {
        // A task per language: PLINQ ran a site's two languages one after the other on one thread.
        var building = model.Languages.Select(l => Task.Run(() => new ViewBuilder(model, l, urls, markdown, _links))).ToList();
        var views = model.Languages.Zip(building).ToDictionary(p => p.First.Code, p => p.Second.GetAwaiter().GetResult());
        return Pages(views).Concat(StaticFiles()).ToList();
    }

    /// <summary>One file to produce, with the key of the page it shows (for the preview's partial rebuild).</summary>
    public sealed record Page(string Path, string Key, Func<OutputFile> Render)
    {
        /// <summary>The file shows every initiative (the overview, the open data, the sitemap), not a part of the site.</summary>
        public bool WholeSite { get; init; }

        public static Page Data(string path, string key, Action<Stream> write, bool wholeSite = false) =>
            new(path, key, () => OutputFile.Data(path, write)) { WholeSite = wholeSite };

        /// <summary>
        /// The order in which threads take files: whole-site files first, then one file at a time to whichever
        /// thread is free. A large site's overview takes as long as hundreds of pages; taken last, it would leave
        /// the other cores idle while one thread finishes it.
        /// </summary>
        public static OrderablePartitioner<Page> Schedule(IEnumerable<Page> pages) =>
            Partitioner.Create(pages.OrderByDescending(p => p.WholeSite), EnumerablePartitionerOptions.NoBuffering);
    }

    private IEnumerable<Page> Pages(IReadOnlyDictionary<string, ViewBuilder> views)
    {
        foreach (var language in model.Languages)
        {
            var view = views[language.Code];
            var catalogue = view.Catalogue;
            yield return HtmlPage(language, view, PageKeys.Overview, "overview", catalogue["overview.title"], [],
                new()
                {
                    ["challenges"] = view.Challenges,
                    ["strategies"] = view.Strategies,
                    ["overall"] = view.Overall,
                    ["initiatives"] = view.Initiatives.ToList(),
                    ["coverage"] = Coverage(language),
                    ["report_month"] = model.Report.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    ["charts"] = OverviewCharts(view),
                }, wholeSite: true);

            // Views are built in the model's order, so the n-th view is the n-th model object.
            var challengeViews = new Dictionary<string, ChallengeView>();
            for (var c = 0; c < view.Challenges.Count; c++)
            {
                var challenge = view.Challenges[c];
                challengeViews[challenge.Id] = challenge;
                var title = Join(challenge.Label, challenge.Title.Text);
                yield return HtmlPage(language, view, model.Challenges[c].PageKey, "challenge", title,
                    [new(title, challenge.Url)],
                    new() { ["challenge"] = challenge },
                    updated: Latest(model, model.Challenges[c].Initiatives),
                    untranslated: challenge.Title.Lang is not null || challenge.Strategies.Any(s => s.Title.Lang is not null || s.Initiatives.Any(i => i.Title.Lang is not null)));
            }

            var strategies = model.Strategies.ToList();
            for (var i = 0; i < view.Strategies.Count; i++)
            {
                var strategy = view.Strategies[i];
                var challenge = challengeViews[strategy.ChallengeId];
                var title = Join(strategy.Label, strategy.Title.Text);
                var crumbs = new List<LinkView>();
                if (challenge.Strategies.Count > 1 || challenge.Label.Length > 0) crumbs.Add(new(Join(challenge.Label, challenge.Title.Text), challenge.Url));
                crumbs.Add(new(title, strategy.Url));
                yield return HtmlPage(language, view, $"strategies/{strategy.Id}/", "strategy", title, crumbs,
                    new()
                    {
                        ["strategy"] = strategy,
                        ["challenge"] = challenge,
                        ["previous"] = i > 0 ? view.Strategies[i - 1] : null,
                        ["next"] = i < view.Strategies.Count - 1 ? view.Strategies[i + 1] : null,
                    },
                    updated: Latest(model, strategies[i].Initiatives.SelectMany(x => new[] { x, x.RepostOf }).OfType<Initiative>()),
                    untranslated: strategy.Title.Lang is not null || challenge.Title.Lang is not null || strategy.Initiatives.Any(x => x.Untranslated));
            }

            yield return HtmlPage(language, view, PageKeys.Search, "search", catalogue["search.title"], [new(catalogue["search.title"], urls.Page(language, PageKeys.Search))],
                new() { ["bundle_url"] = urls.BasePath + "pagefind/", ["base_path"] = urls.BasePath }, searchable: false);

            foreach (var page in model.Pages)
            {
                var title = page.Title.In(language);
                var sourceFile = page.Body.IsTranslated(language) && !language.IsSource
                    ? page.TranslationSources[language.Code].Path
                    : page.SourcePath;
                yield return HtmlPage(language, view, page.PageKey, "page", title, [new(title, urls.Page(language, page.PageKey))],
                    new()
                    {
                        ["body"] = view.MarkdownHtml(page.Body.In(language), page.SourcePath, 2),
                        ["body_lang"] = page.Body.IsTranslated(language) ? null : model.SourceLanguage.HtmlLang,
                        ["title_text"] = view.Text(page.Title),
                    },
                    untranslated: !page.Title.IsTranslated(language) || !page.Body.IsTranslated(language),
                    editUrl: urls.EditFile(sourceFile));
            }

            if (language.IsSource)
            {
                // GitHub Pages serves one 404.html for every language: it greets in each of them.
                yield return HtmlPage(language, view, PageKeys.Overview, "404", catalogue["notfound.title"], [],
                    new() { ["languages"] = model.Languages.Where(l => !l.IsSource).Select(l => new NotFoundView(l.HtmlLang, model.Catalogues[l.Code]["notfound.title"], model.Catalogues[l.Code]["notfound.text"], urls.Page(l, PageKeys.Overview), model.Catalogues[l.Code]["nav.home"])).ToList() },
                    path: "404.html");
            }

            yield return Page.Data($"{language.Prefix}{PageKeys.Json}", PageKeys.Json, stream => OpenData.WriteJson(stream, model, view, language, urls), wholeSite: true);
            yield return Page.Data($"{language.Prefix}{PageKeys.Csv}", PageKeys.Csv, stream => OpenData.WriteCsv(stream, model, view, language, urls), wholeSite: true);
        }
    }

    /// <summary>The overall status, then each axis by 経営課題: the pictures of the tables on the overview.</summary>
    private static List<ChartView> OverviewCharts(ViewBuilder view)
    {
        var catalogue = view.Catalogue;
        TextView Name(ChallengeView c) => c.Title with { Text = Join(c.Label, c.Title.Text) };
        return
        [
            Charts.StackedBars("chart-overall", catalogue["chart.overall"], catalogue.Format("chart.overall-description", ("total", view.Overall.Total)),
                view.Overall.Axes.Select(a => (new TextView(a.Caption, null), a.Rows))),
            Charts.StackedBars("chart-outlook", catalogue["chart.outlook-by-challenge"], catalogue["chart.by-challenge-description"],
                view.Challenges.Select(c => (Name(c), c.Counts.Outlook))),
            Charts.StackedBars("chart-progress", catalogue["chart.progress-by-challenge"], catalogue["chart.by-challenge-description"],
                view.Challenges.Select(c => (Name(c), c.Counts.Progress))),
        ];
    }

    private static string Join(string label, string title) => label.Length == 0 ? title : $"{label} {title}";

    private object? Coverage(Language language)
    {
        if (language.IsSource) return null;
        var (translated, total) = model.TranslationCoverage(language);
        return translated == total ? null : new CoverageView(translated, total, 100 * translated / total);
    }

    /// <summary>The latest content date of what a page shows: the report's, or a newer one of its initiatives.</summary>
    private static ContentDate Latest(SiteModel model, IEnumerable<Initiative> initiatives) =>
        ContentDate.Latest(initiatives.Select(i => i.Updated).OfType<ContentDate>().Append(model.Report.Updated));

    // Pages that show the whole site (the overview, search, the free-standing pages) share one date.
    private readonly ContentDate _siteUpdated = Latest(model, model.Initiatives);

    private Page HtmlPage(Language language, ViewBuilder view, string key, string layout, string title, List<LinkView> crumbs, Dictionary<string, object?> variables, bool untranslated = false, string? editUrl = null, string? path = null, ContentDate? updated = null, bool searchable = true, bool wholeSite = false)
    {
        var lastChange = updated ?? _siteUpdated;
        path ??= $"{language.Prefix}{key}index.html";
        var noIndex = path.EndsWith("404.html", StringComparison.Ordinal);
        return new Page(path, noIndex ? path : key, () =>
        {
            var catalogue = view.Catalogue;
            var home = urls.Page(language, PageKeys.Overview);
            var breadcrumbs = key == PageKeys.Overview ? [] : crumbs.Prepend(new LinkView(catalogue["nav.home"], home)).ToList();
            var page = new PageView(
                language.HtmlLang,
                title,
                catalogue["site.description"],
                urls.Absolute(language, key),
                noIndex ? [] : model.Languages.Select(l => new AlternateView(l.HtmlLang, urls.Absolute(l, key)))
                    .Append(new AlternateView("x-default", urls.Absolute(model.SourceLanguage, key))).ToList(),
                model.Languages.Select(l => new SwitchView(l.Name, l.HtmlLang, l.HtmlLang, urls.Page(l, key), l == language)).ToList(),
                breadcrumbs,
                view.Nav,
                noIndex ? null : urls.Page(language, key),
                home,
                urls.Asset(""),
                model.Report.Title.In(language),
                model.Report.Meeting.In(language),
                catalogue.FormatMonth(model.Report.Date),
                lastChange.HasDay ? catalogue.FormatDate(lastChange.Date) : catalogue.FormatMonth(lastChange.Date),
                lastChange.Iso,
                language.IsSource,
                untranslated && !language.IsSource,
                noIndex,
                searchable && !noIndex,
                editUrl,
                PageUrl(language, "corrections"),
                PageUrl(language, "about-data"),
                model.Settings.License,
                model.Settings.LicenseUrl,
                new DownloadsView(urls.Page(language, PageKeys.Csv), urls.Page(language, PageKeys.Json), PageUrl(language, "about-data")),
                ExtraHead);
            // A copy: the page may be rendered again (the preview does), and must not keep its output alive.
            var scope = new Dictionary<string, object?>(variables) { ["page"] = page };
            scope["content"] = theme.Render(layout, catalogue, scope);
            var buffer = RenderBuffer.OfThisThread;
            theme.Render("layout", catalogue, scope, buffer.Start());
            return OutputFile.Page(path, buffer.TakeDedented());
        }) { WholeSite = wholeSite };
    }

    private string? PageUrl(Language language, string slug) =>
        model.Pages.FirstOrDefault(p => p.Slug == slug) is { } page ? urls.Page(language, page.PageKey) : null;

    private IEnumerable<Page> StaticFiles()
    {
        if (!Directory.Exists(theme.AssetsFolder)) yield break;
        foreach (var file in Directory.EnumerateFiles(theme.AssetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(theme.AssetsFolder, file).Replace('\\', '/');
            yield return Page.Data($"assets/{relative}", PageKeys.Assets, stream =>
            {
                using var asset = File.OpenRead(file);
                asset.CopyTo(stream);
            });
        }
    }
}
