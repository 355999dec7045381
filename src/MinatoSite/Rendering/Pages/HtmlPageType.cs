using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>What one HTML page puts in the frame that every page shares, and the layout that renders its own part.</summary>
/// <param name="Layout">Its template in <c>theme/layouts/</c>, without <c>.liquid</c>.</param>
/// <param name="Crumbs">The breadcrumb trail after the home page.</param>
/// <param name="View">Its layout's view, given the frame.</param>
public sealed record PageContent(string Layout, string Title, IReadOnlyList<LinkView> Crumbs, Func<PageView, LayoutView> View)
{
    /// <summary>Some of the page's text is shown in the source language for want of a translation.</summary>
    public bool Untranslated { get; init; }

    /// <summary>GitHub's editor on the file the page is written in, for a page written in <c>input/</c>.</summary>
    public string? EditUrl { get; init; }

    /// <summary>Pagefind indexes the page's main content.</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>The address the frame's language switcher and canonical link point at, when not the page's own.</summary>
    public string? FrameAddress { get; init; }

    /// <summary>The page moved to this address: the page sends the reader on, and is not indexed.</summary>
    public string? MovedTo { get; init; }

    /// <summary>JSON-LD for the head, already script-safe.</summary>
    public string? StructuredData { get; init; }
}

/// <summary>
/// A kind of HTML page: plans one page per language (or per subject and language), and renders its own layout
/// inside <c>layout.liquid</c>. Every page reads the site's navigation, which names the pages of <c>input/</c>.
/// </summary>
public abstract class HtmlPageType : IPageType
{
    public abstract string Name { get; }

    public abstract IEnumerable<PlannedFile> Plan(SiteModel model);

    /// <summary>The page's title, layout, view and frame details.</summary>
    protected abstract PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view);

    /// <summary>
    /// A line of the plan for a page of this type at <paramref name="address"/> in <paramref name="language"/>,
    /// showing <paramref name="report"/> (null for a page of the whole site, whose frame names the latest report).
    /// </summary>
    protected PlannedFile Page(SiteModel model, ReportContent? report, Language language, string address, Reads reads, string origin, object? subject = null, bool listed = true, string? path = null, bool wholeReport = false) =>
        new(path ?? Addresses.FileOf(address, language), address, language, OutputFormat.Html,
            reads.With(model.SitePages.Select(p => p.SourcePath)), origin, this, subject)
        { Listed = listed, Report = report, WholeSite = wholeReport };

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var language = file.Language!;
        var view = site.Views(file.Report ?? site.Model.Latest, language);
        var content = Content(file, site, view);
        var frame = Frame(file, content, site, view);
        var catalogue = view.Catalogue;
        var body = site.Theme.Render(content.Layout, catalogue, content.View(frame));
        var buffer = RenderBuffer.OfThisThread;
        site.Theme.Render("layout", catalogue, new FrameLayout { Page = frame, Content = body }, buffer.Start());
        return OutputFile.Page(file.Path, buffer.TakeDedented());
    }

    private static PageView Frame(PlannedFile file, PageContent content, SiteRenderer site, ViewBuilder view)
    {
        var model = site.Model;
        var urls = site.Urls;
        var plan = site.Plan;
        var language = file.Language!;
        var catalogue = view.Catalogue;
        var address = content.FrameAddress ?? file.Address;
        var noIndex = !file.Listed;
        var lastChange = plan.DateOf(file);
        var home = urls.Page(language, Addresses.Overview);
        var alternates = plan.Alternates(file);
        var switcher = plan.Alternates(plan[Addresses.FileOf(address, language)]!);
        var report = file.Report;
        var downloads = report ?? model.Latest;
        return new PageView
        {
            Lang = language.HtmlLang,
            Title = content.Title,
            Description = catalogue.Format("site.description", ("report", view.Report.Name)),
            Canonical = urls.Absolute(language, address),
            Alternates = alternates.Count == 0 ? [] : alternates
                .Select(a => new AlternateView(a.Language!.HtmlLang, urls.Absolute(a.Language, a.Address)))
                .Append(new AlternateView("x-default", urls.Absolute(model.SourceLanguage, file.Address))).ToList(),
            Switcher = switcher.Select(a => new SwitchView(a.Language!.Name, a.Language.HtmlLang, a.Language.HtmlLang, urls.Page(a.Language, a.Address), a.Language == language)).ToList(),
            Breadcrumbs = address == Addresses.Overview || content.MovedTo is not null ? [] : Crumbs(content, view, home, report),
            Nav = view.Nav,
            CurrentNav = noIndex ? null : urls.Page(language, address),
            Home = home,
            Assets = urls.Asset(""),
            Report = report is null ? null : view.Report,
            Reports = view.Reports,
            Latest = view.Reports[^1],
            MovedTo = content.MovedTo,
            Updated = lastChange.HasDay ? catalogue.FormatDate(lastChange.Date) : catalogue.FormatMonth(lastChange.Date),
            UpdatedIso = lastChange.Iso,
            IsSource = language.IsSource,
            Untranslated = content.Untranslated && !language.IsSource,
            NoIndex = noIndex,
            Searchable = content.Searchable && !noIndex,
            EditUrl = content.EditUrl,
            CorrectionsUrl = report?.Pages.FirstOrDefault(p => p.Slug == "corrections") is { } corrections ? urls.Page(language, Addresses.Of(corrections)) : null,
            AboutDataUrl = PageUrl(site, language, Data.DataReference.PageSlug),
            LicenseName = model.Settings.License,
            LicenseUrl = model.Settings.LicenseUrl,
            Feed = urls.Page(language, Addresses.Feed),
            StructuredData = content.StructuredData,
            Office = model.Settings.Office,
            HowToReadUrl = PageUrl(site, language, MarkdownPage.HowToReadSlug) ?? "",
            Locale = language.Culture.Name.Replace('-', '_'),
            Share = Share(site, downloads, language),
            Downloads = new DownloadsView(urls.Page(language, Addresses.InitiativesCsv(downloads.Report)), urls.Page(language, Addresses.InitiativesJson(downloads.Report)), PageUrl(site, language, Data.DataReference.PageSlug)),
        };
    }

    /// <summary>Home, then the report's overview for a page inside a report, then the page's own trail.</summary>
    private static List<LinkView> Crumbs(PageContent content, ViewBuilder view, string home, ReportContent? report)
    {
        var crumbs = new List<LinkView> { new(view.Catalogue["nav.home"], home) };
        if (report is not null && content.Crumbs.FirstOrDefault()?.Url != view.Report.Url) crumbs.Add(new(view.Report.Name, view.Report.Url));
        crumbs.AddRange(content.Crumbs);
        return crumbs;
    }

    /// <summary>
    /// The report's picture, described in words that do not change with its counts: a page shows only some of the
    /// report's initiatives, and is rendered again only when they change.
    /// </summary>
    private static ShareView Share(SiteRenderer site, ReportContent report, Language language)
    {
        var view = site.Views(report, language);
        return new(site.Urls.Absolute(language, Data.ShareImage.AddressOf(report.Report)), Data.ShareImage.Width, Data.ShareImage.Height,
            view.Catalogue.Format("share.alt", ("report", view.Report.Name)));
    }

    private static string? PageUrl(SiteRenderer site, Language language, string slug) =>
        site.Model.SitePages.FirstOrDefault(p => p.Slug == slug) is { } page ? site.Urls.Page(language, Addresses.Of(page)) : null;

    protected static string Join(string label, string title) => label.Length == 0 ? title : $"{label} {title}";
}
