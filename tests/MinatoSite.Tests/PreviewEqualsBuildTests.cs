using System.Net;
using MinatoSite.Diagnostics;
using MinatoSite.Output;
using MinatoSite.Preview;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The invariant between the two commands: after a full build and after each kind of change, the preview serves
/// byte for byte what a fresh <c>build</c> of the same sources writes, every file in every language, apart from
/// the reload script it adds to pages where it serves them.
/// </summary>
public sealed class PreviewEqualsBuildTests : PreviewedSiteTests
{
    private readonly TempFolder _output = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _output.Dispose();
    }

    /// <summary>Each kind of change, made to a copy of the real sources.</summary>
    public static TheoryData<string> Changes() => new()
    {
        "none", "initiative", "translation", "new file", "deleted file", "deleted initiative", "re-listed original",
        "page of input", "date moves back", "data file", "template",
    };

    private MinatoSite.Model.SiteModel Model() => SiteBuilder.Check(Site.Root, new ErrorList())!;

    /// <summary>A day after the latest content date, so that the site-wide date moves (never after today).</summary>
    private string LaterDay()
    {
        var latest = Model().LatestDate().Date.AddDays(1);
        var today = MinatoSite.Model.ContentDate.Today;
        return (latest > today ? today : latest).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Gives a file's front matter a new title, however the old one was written.</summary>
    private void RetitleFile(string path, string title) =>
        Site.Write(path, System.Text.RegularExpressions.Regex.Replace(Site.Read(path), "^title:.*$",
            "title: " + System.Text.Json.JsonSerializer.Serialize(title, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            System.Text.RegularExpressions.RegexOptions.Multiline));

    private async Task Make(string change)
    {
        var model = Model();
        switch (change)
        {
            case "none":
                break;
            case "initiative":
                // A new title, and a content date later than every other: the pages that show the site-wide date change too.
                var day = LaterDay();
                await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保\n", $"title: 津波避難ビルの確保と周知\nupdated: {day}\n"));
                break;
            case "translation":
                await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.en.md", "Securing tsunami evacuation buildings", "Securing and announcing tsunami evacuation buildings"));
                break;
            case "new file":
                await RebuildAfter(() => Site.Write("input/2021-midterm/2-1/2-1-9.md", Site.Read("input/2021-midterm/2-1/2-1-3.md")
                    .Replace("id: 2-1-3", "id: 2-1-9").Replace("number: 3", "number: 9").Replace("title: 津波避難ビルの確保", "title: 新しい取組")));
                break;
            case "deleted file":
                await RebuildAfter(() => File.Delete(Site.PathOf("input/2021-midterm/2-1/2-1-3.en.md")));
                break;
            case "deleted initiative":
                // One that nothing links to or re-lists, with its translation.
                var texts = Directory.EnumerateFiles(Site.PathOf("input"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
                var loose = model.Initiatives.Last(i => i.Status is not null && !model.Initiatives.Any(r => r.RepostOf == i)
                    && texts.Count(x => x.Contains(i.Id + ".md", StringComparison.Ordinal) || x.Contains("#" + i.Anchor, StringComparison.Ordinal)) == 0);
                await RebuildAfter(() =>
                {
                    File.Delete(Site.PathOf(loose.SourcePath));
                    foreach (var translation in loose.Translations) File.Delete(Site.PathOf(translation.Path));
                });
                break;
            case "re-listed original":
                // Its title shows on the page of the initiative that re-lists it, in another strategy.
                var original = model.Initiatives.First(i => model.Initiatives.Any(r => r.RepostOf == i));
                await RebuildAfter(() => RetitleFile(original.SourcePath, original.Title.Source + "（改）"));
                break;
            case "page of input":
                // Its title is in every page's navigation.
                var page = model.Pages.First();
                await RebuildAfter(() => RetitleFile(page.SourcePath, page.Title.Source + "（改）"));
                break;
            case "date moves back":
                var later = LaterDay();
                await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.md", "title: 津波避難ビルの確保\n", $"title: 津波避難ビルの確保\nupdated: {later}\n"));
                await RebuildAfter(() => Site.Replace("input/2021-midterm/2-1/2-1-3.md", $"updated: {later}\n", ""));
                break;
            case "data file":
                await RebuildAfter(() => Site.Replace("data/reports/2021-midterm/plan.yml", "title: 防災対策の強化", "title: 防災・減災対策の強化"));
                break;
            case "template":
                await RebuildAfter(() => Site.Replace("theme/layouts/strategy.liquid", "<section aria-labelledby=\"downloads\"", "<section data-changed aria-labelledby=\"downloads\""));
                break;
            default:
                throw new ArgumentException(change);
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task The_preview_serves_what_the_build_writes(string change)
    {
        await Make(change);
        Assert.True(Server.Site.LastRebuild!.Errors.Count == 0, string.Join("\n", Server.Site.LastRebuild.Errors));

        var errors = new ErrorList();
        var built = SiteBuilder.Build(new BuildOptions(Site.Root, _output["_site"]), errors);
        Assert.True(built is not null, string.Join("\n", errors.Sorted()));
        var files = Folders.Files(_output["_site"]).Where(f => f != SiteWriter.Marker).ToList();
        Assert.Equal(files, Server.Site.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("en/index.html", files);
        Assert.Contains("404.html", files);

        foreach (var file in files)
        {
            using var response = await Http.GetAsync(new Uri(Server.Address, Uri.EscapeDataString(file).Replace("%2F", "/")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var served = await response.Content.ReadAsByteArrayAsync();
            var written = await File.ReadAllBytesAsync(Path.Combine(_output["_site"], file));
            var expected = file.EndsWith(".html", StringComparison.Ordinal) ? PreviewServer.WithReloadScript(written) : written;
            Assert.True(expected.AsSpan().SequenceEqual(served), $"{file} differs after the change '{change}'");
            Assert.Equal(built!.Plan[file]!.Format.MediaType, response.Content.Headers.ContentType!.ToString());
        }
    }
}
