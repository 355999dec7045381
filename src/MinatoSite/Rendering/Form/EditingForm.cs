using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Form;

/// <summary>
/// The editing form at <c>admin/</c>: its page, its configuration made from the model, and the bundled program. Not
/// a page of the site's content: it is in no sitemap, search index or navigation, robots are asked to keep out,
/// and no other page loads any of it. Without a <paramref name="bundle"/> (the tools are not installed, or the
/// run only checks) it plans nothing.
/// </summary>
/// <param name="reports">Every report, drafts included: staff carry a draft to publication in the form too.</param>
public sealed class EditingForm(FormBundle? bundle, IReadOnlyList<ReportContent> reports) : IPageType
{
    public const string Page = Addresses.Form + "index.html";
    public const string Config = Addresses.Form + "config.yml";
    public const string Program = Addresses.Form + "cms/";

    public static readonly OutputFormat Yaml = new("yaml", "application/yaml; charset=utf-8", ".yml", IsPage: false);

    public string Name => "editing form";

    public IEnumerable<PlannedFile> Plan(SiteModel model)
    {
        if (bundle is null) yield break;
        // It shows the data of every report (strategies, codes, units), no initiative: a change to data/ renders everything.
        var reads = Reads.Nothing;
        yield return new PlannedFile(Page, Page, null, OutputFormat.Html, reads, "the editing form", this) { Listed = false };
        yield return new PlannedFile(Config, Config, null, Yaml, reads, "the editing form's configuration", this) { Listed = false };
        foreach (var file in bundle.Files)
            yield return new PlannedFile(Program + file, Program + file, null, OutputFormat.ForAsset(file), Reads.Nothing, $"{FormBundle.Entry} (bundled)", this, file) { Listed = false };
    }

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var model = site.Model;
        if (file.Path == Config)
        {
            var text = FormConfig.Write(model, reports, site.Urls);
            return OutputFile.Data(file.Path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
        }
        if (file.Path == Page)
        {
            var language = model.SourceLanguage;
            var html = site.Theme.Render("admin", model.Catalogues[language.Code], new FormLayout
            {
                Lang = language.HtmlLang,
                Title = FormConfig.Words(model).Form["title"],
                Script = site.Urls.Page(null, Program + FormBundle.Script),
                Icon = site.Urls.Asset("favicon.svg"),
            });
            return OutputFile.Page(file.Path, html);
        }
        var full = Path.Combine(bundle!.Folder, (string)file.Subject!);
        return OutputFile.Data(file.Path, stream =>
        {
            using var source = File.OpenRead(full);
            source.CopyTo(stream);
        });
    }
}
