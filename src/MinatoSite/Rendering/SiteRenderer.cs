using MinatoSite.Markup;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering;

/// <summary>A kind of file that renders the files it planned.</summary>
public interface IPageType : IFileType
{
    OutputFile Render(PlannedFile file, SiteRenderer site);
}

/// <summary>A file could not be rendered: the template's message, and the file that was being rendered.</summary>
public sealed class RenderException(PlannedFile file, Exception inner) : Exception(inner.Message, inner)
{
    public PlannedFile File { get; } = file;
}

/// <summary>
/// Render: turns each planned file into its bytes. Views are built once per report and language, when the renderer
/// is made; each file then renders on its own, on any thread.
/// </summary>
public sealed class SiteRenderer
{
    private readonly Dictionary<(ReportContent, Language), ViewBuilder> _views;

    public SiteRenderer(SitePlan plan, Theme theme, UrlBuilder urls, MarkdownRenderer markdown, LinkResolver links)
    {
        Plan = plan;
        Theme = theme;
        Urls = urls;
        // A task per report and language: PLINQ ran a site's two languages one after the other on one thread.
        var history = Model.History;
        var keys = Model.Reports.SelectMany(r => Model.Languages.Select(l => (r, l))).ToList();
        var building = keys.Select(k => Task.Run(() => new ViewBuilder(Model, k.r, k.l, urls, markdown, links, history))).ToList();
        _views = keys.Zip(building).ToDictionary(p => p.First, p => p.Second.GetAwaiter().GetResult());
    }

    public SitePlan Plan { get; }
    public SiteModel Model => Plan.Model;
    public Theme Theme { get; }
    public UrlBuilder Urls { get; }

    /// <summary>The views of one report in one language, shared by all its pages.</summary>
    public ViewBuilder Views(ReportContent report, Language language) => _views[(report, language)];

    /// <summary>Renders one file; a failure says which file it was.</summary>
    public OutputFile Render(PlannedFile file)
    {
        try
        {
            return ((IPageType)file.Type).Render(file, this);
        }
        catch (Exception ex) when (ex is not RenderException)
        {
            throw new RenderException(file, ex);
        }
    }
}
