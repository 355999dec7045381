using System.Net;
using MinatoSite.Preview;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The preview server: serves, rebuilds what changed, shows errors, recovers, reloads browsers.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private readonly SiteCopy _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await PreviewServer.StartAsync(new BuildOptions(_site.Root, Path.Combine(_site.Root, "_site")), port: 0, debounce: TimeSpan.FromMilliseconds(50));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await _http.GetAsync(new Uri(_server.Address, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits for the rebuild after a change; bounded, so a missed change fails instead of hanging.</summary>
    private async Task<RebuildReport> RebuildAfter(Action change)
    {
        var before = _server.Site.Generation;
        change();
        for (var waited = 0; waited < 10_000; waited += 25)
        {
            if (_server.Site.Generation > before && _server.Site.LastRebuild is { } report) return report;
            await Task.Delay(25);
        }
        throw new TimeoutException("no rebuild within 10 s of the change");
    }

    [Fact]
    public async Task It_serves_the_site_with_the_reload_script()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        var (status, body) = await Get("strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("津波避難ビルの確保", body);
        Assert.Contains(PreviewServer.EventsPath, body);
        var (english, englishBody) = await Get("en/strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, english);
        Assert.Contains("lang=\"en\"", englishBody);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("no/such/page/")).Status);
    }

    [Fact]
    public async Task A_changed_initiative_rebuilds_only_the_pages_that_show_it()
    {
        var report = await RebuildAfter(() => _site.Replace("input/2-1/2-1-3.md", "title: 津波避難ビルの確保", "title: 津波避難ビルの確保と周知"));
        Assert.False(report.Full);
        Assert.Empty(report.Errors);
        // Strategy, challenge and overview pages, the two data files, and the pages that show the latest
        // content date (search and the three content pages), in both languages; not the other 19 strategies.
        Assert.Equal(2 * (3 + 2 + 4), report.PagesRendered);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("strategies/2-1/")).Body);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("")).Body);
        Assert.Contains("津波避難ビルの確保と周知", (await Get("data/initiatives.json")).Body);
    }

    [Fact]
    public async Task A_template_change_rebuilds_everything()
    {
        var report = await RebuildAfter(() => _site.Replace("theme/layouts/strategy.liquid", "<section aria-labelledby=\"downloads\"", "<section data-changed aria-labelledby=\"downloads\""));
        Assert.True(report.Full);
        Assert.Contains("data-changed", (await Get("en/strategies/6-2/")).Body);
    }

    [Fact]
    public async Task Broken_yaml_shows_an_error_page_and_the_site_recovers_when_fixed()
    {
        var original = _site.Read("input/2-1/2-1-3.md");
        var broken = await RebuildAfter(() => _site.Write("input/2-1/2-1-3.md", original.Replace("progress: behind-schedule", "progress: behind")));
        Assert.NotEmpty(broken.Errors);
        foreach (var path in new[] { "", "strategies/5-1/", "en/" })
        {
            var (status, body) = await Get(path);
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Contains("input/2-1/2-1-3.md:15: status.progress &#39;behind&#39; is not one of on-schedule, behind-schedule, implementing", body);
            Assert.Contains(PreviewServer.EventsPath, body);
        }
        var fixedReport = await RebuildAfter(() => _site.Write("input/2-1/2-1-3.md", original));
        Assert.Empty(fixedReport.Errors);
        var (recovered, page) = await Get("strategies/2-1/");
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Contains("津波避難ビルの確保", page);
    }

    [Fact]
    public async Task Browsers_are_told_to_reload_after_a_rebuild()
    {
        using var events = await _http.GetStreamAsync(new Uri(_server.Address, PreviewServer.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();
        var report = await RebuildAfter(() => _site.Replace("input/1-1/1-1-1.md", "title: 人と人とのつながりづくり", "title: 人と人とのつながり"));
        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal($"data: {report.Generation}", line);
    }
}

/// <summary>The reload script belongs to the preview alone.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class BuildHasNoPreviewScriptTests(BuiltSite site)
{
    [Fact]
    public void Built_pages_carry_no_reload_script()
    {
        Assert.NotEmpty(site.Pages);
        foreach (var path in site.Pages)
        {
            Assert.DoesNotContain("__preview", site.Text(path));
            Assert.DoesNotContain("EventSource", site.Text(path));
        }
    }
}
