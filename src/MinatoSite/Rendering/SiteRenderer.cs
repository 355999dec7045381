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
/// Render: turns each planned file into its bytes. Views are built once per language, when the renderer is made;
/// each file then renders on its own, on any thread.
/// </summary>
public sealed class SiteRenderer
{
    private readonly Dictionary<Language, ViewBuilder> _views;

    public SiteRenderer(SitePlan plan, Theme theme, UrlBuilder urls, MarkdownRenderer markdown, LinkResolver links)
    {
        Plan = plan;
        Theme = theme;
        Urls = urls;
        // A task per language: PLINQ ran a site's two languages one after the other on one thread.
        var building = Model.Languages.Select(l => Task.Run(() => new ViewBuilder(Model, l, urls, markdown, links))).ToList();
        _views = Model.Languages.Zip(building).ToDictionary(p => p.First, p => p.Second.GetAwaiter().GetResult());
    }

    public SitePlan Plan { get; }
    public SiteModel Model => Plan.Model;
    public Theme Theme { get; }
    public UrlBuilder Urls { get; }

    /// <summary>The views of one language, shared by all its pages.</summary>
    public ViewBuilder Views(Language language) => _views[language];

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
