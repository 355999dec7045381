using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The initiatives as open data, in each language and each of the formats of <see cref="OpenData.Formats"/>: one
/// file set per report, one of every report, and the former report's at the addresses it had before.
/// </summary>
public sealed class InitiativesData : IPageType
{
    public string Name => "open data";

    public IEnumerable<PlannedFile> Plan(SiteModel model)
    {
        var sets = model.Reports.Select(r => new OpenDataSet([r])).Append(new OpenDataSet(model.Reports, All: true)).ToList();
        if (model.FormerReport is { } former) sets.Add(new OpenDataSet([former], Former: true));
        return from set in sets
               from language in model.Languages
               from format in OpenData.Formats
               let address = OpenData.AddressOf(format.Format, set, model)
               select new PlannedFile(Addresses.FileOf(address, language), address, language, format.Format,
                   Reads.Of(set.Reports.SelectMany(r => r.Initiatives).Select(i => i.SourcePath), everything: set.All),
                   "the site's open data", this, set)
               { Report = set.All ? null : set.Reports[0], WholeSite = true };
    }

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var write = OpenData.Formats.First(f => f.Format == file.Format).Write;
        var language = file.Language!;
        return OutputFile.Data(file.Path, stream => write(stream, (OpenDataSet)file.Subject!, language, site));
    }
}
