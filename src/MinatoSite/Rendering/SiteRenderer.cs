using MinatoSite.Markup;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering;

/// <summary>A kind of file that renders the files it planned.</summary>
public interface IPageType : IFileType
{
    OutputFile Render(PlannedFile file, SiteRenderer site);
}

/// <summary>
/// A kind of file that describes others by what they are once written (the catalogue gives each data file's size):
/// its files are rendered after every other file of the run.
/// </summary>
public interface IDescribesOutput : IPageType;

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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);

    /// <summary>A file of the run is written, <paramref name="bytes"/> long: files of <see cref="IDescribesOutput"/> can say so.</summary>
    public void Written(string path, long bytes) => _sizes[path] = bytes;

    /// <summary>The size of a file written before this one; only files of <see cref="IDescribesOutput"/> may ask.</summary>
    public long SizeOf(string path) =>
        _sizes.TryGetValue(path, out var bytes) ? bytes : throw new InvalidOperationException($"{path} is not written yet");

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
