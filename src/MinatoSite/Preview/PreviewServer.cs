using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MinatoSite.Preview;

/// <summary>
/// The local preview: Kestrel serves the in-memory site, a watcher rebuilds it when input/, data/ or theme/
/// change, and connected browsers reload through server-sent events. The reload script is added to pages
/// only here.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/" + Planning.Addresses.Preview + "events";
    public const string ReloadScript = $"<script>new EventSource('{EventsPath}').onmessage = function () {{ location.reload(); }};</script>";

    private readonly List<Channel<int>> _listeners = [];
    private readonly SourceWatcher _watcher;

    private WebApplication? _app;

    private PreviewServer(PreviewSite site, SourceWatcher watcher)
    {
        Site = site;
        _watcher = watcher;
        site.Rebuilt += report =>
        {
            lock (_listeners)
            {
                foreach (var listener in _listeners) listener.Writer.TryWrite(report.Generation);
            }
        };
    }

    public PreviewSite Site { get; }
    public Uri Address { get; private set; } = null!;

    /// <summary>Builds the site, starts serving on 127.0.0.1 (port 0 picks a free one) and starts watching.</summary>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, Action<RebuildReport>? onRebuild = null, TimeSpan? debounce = null, Diagnostics.MessageCatalogue? messages = null)
    {
        var site = new PreviewSite(options, messages);
        if (onRebuild is not null) site.Rebuilt += onRebuild;
        site.RebuildAll();

        var watcher = new SourceWatcher(options.Root, debounce ?? TimeSpan.FromMilliseconds(150), changed => site.Rebuild(changed));
        var server = new PreviewServer(site, watcher);
        var (app, address) = await LoopbackServer.StartAsync(port, app =>
            app.Run(context => context.Request.Path == EventsPath ? server.StreamEvents(context) : server.Serve(context)));
        server._app = app;
        server.Address = new Uri(address, Planning.UrlBuilder.NormalizeBasePath(options.BasePath).TrimStart('/'));
        watcher.Start();
        return server;
    }

    private async Task Serve(HttpContext context)
    {
        var (status, contentType, body, location) = Site.Get(context.Request.Path.Value ?? "/");
        if (location is not null)
        {
            context.Response.Redirect(context.Request.Path.Value!.TrimEnd('/') + "/" + context.Request.QueryString);
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(contentType.StartsWith("text/html", StringComparison.Ordinal) ? WithReloadScript(body) : body);
    }

    /// <summary>
    /// The page as built, with the reload script before its <c>&lt;/head&gt;</c>: added where the preview serves
    /// it, so that what it renders is byte for byte what <c>build</c> writes.
    /// </summary>
    public static byte[] WithReloadScript(byte[] page)
    {
        var end = page.AsSpan().IndexOf("</head>"u8);
        if (end < 0) return page;
        var script = System.Text.Encoding.UTF8.GetBytes(ReloadScript);
        var served = new byte[page.Length + script.Length];
        page.AsSpan(0, end).CopyTo(served);
        script.CopyTo(served.AsSpan(end));
        page.AsSpan(end).CopyTo(served.AsSpan(end + script.Length));
        return served;
    }

    private async Task StreamEvents(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<int>();
        lock (_listeners) _listeners.Add(channel);
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var generation in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {generation}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left the page; nothing to clean up beyond the listener.
        }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        lock (_listeners)
        {
            foreach (var listener in _listeners) listener.Writer.TryComplete();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
