using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MinatoSite.Preview;

/// <summary>Kestrel from the shared framework, bound to 127.0.0.1 only and quiet: what the preview and the browser tests serve with.</summary>
public static class LoopbackServer
{
    /// <param name="port">0 picks a free port.</param>
    /// <param name="configure">Adds the request handling.</param>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(int port, Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
