using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>The files of <c>theme/assets/</c> (stylesheet, scripts, icon), published as they are under <c>assets/</c>.</summary>
public sealed class ThemeAssets(Theme theme) : IPageType
{
    public string Name => "theme asset";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        theme.Assets.Select(asset => new PlannedFile(Addresses.Assets + asset, Addresses.Assets + asset, null, OutputFormat.ForAsset(asset), Reads.Nothing, $"theme/assets/{asset}", this, asset) { Listed = false });

    public OutputFile Render(PlannedFile file, SiteRenderer site)
    {
        var full = theme.AssetPath((string)file.Subject!);
        return OutputFile.Data(file.Path, stream =>
        {
            using var asset = File.OpenRead(full);
            asset.CopyTo(stream);
        });
    }
}
