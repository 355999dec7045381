using System.Net;
using MinatoSite.Preview;

namespace MinatoSite.Tests.Support;

/// <summary>A copy of the sources served by the preview on a free port, for tests that change files and look again.</summary>
public abstract class PreviewedSiteTests : IAsyncLifetime
{
    protected SiteCopy Site { get; } = new();
    protected HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };
    protected PreviewServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await PreviewServer.StartAsync(new BuildOptions(Site.Root, Path.Combine(Site.Root, "_site")), port: 0, debounce: TimeSpan.FromMilliseconds(50));

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
        Site.Dispose();
    }

    protected async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await Http.GetAsync(new Uri(Server.Address, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Makes a change and waits for the rebuild it causes, until no other follows for a moment (an editor's save
    /// may arrive as several events); bounded, so that a missed change fails instead of hanging.
    /// </summary>
    protected async Task<RebuildReport> RebuildAfter(Action change)
    {
        var before = Server.Site.Generation;
        change();
        for (var waited = 0; waited < 10_000; waited += 25)
        {
            if (Server.Site.Generation > before && Server.Site.LastRebuild is { } report)
            {
                await Task.Delay(300);
                if (Server.Site.LastRebuild == report) return report;
                continue;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException("no rebuild within 10 s of the change");
    }
}
