using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>
/// A page written in Markdown, in each language: a page of the site (<c>input/about-data.md</c> at
/// <c>/about-data/</c>) or of a report (<c>input/2021-midterm/CORRECTIONS.md</c> at <c>/2021/midterm/corrections/</c>).
/// </summary>
public sealed class MarkdownPage : HtmlPageType
{
    public override string Name => "page of input/";

    /// <summary>The page of the site's accessibility policy (<c>input/accessibility.md</c>), which ends with how to reach the ward office.</summary>
    public const string AccessibilitySlug = "accessibility";

    /// <summary>The page of the site that explains the statuses (<c>input/how-to-read.md</c>), which every legend links to when it is there.</summary>
    public const string HowToReadSlug = "how-to-read";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from page in model.Pages
        from language in model.Languages
        select Page(model, page.Report is { } report ? model.Report(report.Id) : null, language, Addresses.Of(page), 
            // The About-the-data page lists every report's data with its date: it reads every initiative.
            new Reads(new HashSet<string> { page.SourcePath }, Everything: Data.DataReference.Documents(page), SiteDate: page.Report is null), page.SourcePath, page);

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var page = (ContentPage)file.Subject!;
        var language = file.Language!;
        var title = page.Title.In(language);
        var translation = page.Body.IsTranslated(language) ? page.Translations.In(language) : null;
        // The site's About-the-data page documents the files the build writes, from the lists it writes them from.
        var aboutData = Data.DataReference.Documents(page);
        return new PageContent("page", title, [new LinkView(title, site.Urls.Page(language, file.Address))], frame => new ContentLayout
        {
            Page = frame,
            Body = view.MarkdownHtml(page.Body.In(language), page.SourcePath, 2),
            BodyLang = page.Body.IsTranslated(language) ? null : site.Model.SourceLanguage.HtmlLang,
            TitleText = view.Text(page.Title),
            DataReference = aboutData ? Data.DataReference.View(site, language) : null,
            Contact = page.Report is null && page.Slug == AccessibilitySlug,
        })
        {
            StructuredData = aboutData ? Data.DataReference.SchemaOrg(site, language) : null,
            Untranslated = !page.Title.IsTranslated(language) || !page.Body.IsTranslated(language),
            EditUrl = site.Urls.EditFile(translation?.Path ?? page.SourcePath),
        };
    }
}
