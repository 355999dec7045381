using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>The initiatives as open data, in each language and each of the formats of <see cref="OpenData.Formats"/>.</summary>
public sealed class InitiativesData : IPageType
{
    public string Name => "open data";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from language in model.Languages
        from format in OpenData.Formats
        select new PlannedFile(Addresses.FileOf(format.Address, language), format.Address, language, format.Format,
            new Reads(new HashSet<string>(), Everything: true), "the site's open data", this);

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var write = OpenData.Formats.First(f => f.Format == file.Format).Write;
        var language = file.Language!;
        return OutputFile.Data(file.Path, stream => write(stream, site.Model, site.Views(language), language, site.Urls));
    }
}
