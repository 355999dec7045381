using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MinatoSite.Tests.Support;

/// <summary>
/// The built site served over HTTP on 127.0.0.1 and a headless Debian Chromium driven by Playwright. Never
/// downloads a browser: when Chromium is missing, every browser test fails saying what to install.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

    private WebApplication? _server;
    private IPlaywright? _playwright;

    public BuiltSite Site { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    public static string FindChromium()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException(
                "Chromium was not found (looked for CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). " +
                "Install Debian's package with 'apt-get install chromium' (bash scripts/test.sh does this when run as root).");
    }

    /// <summary>The site it serves: the real one.</summary>
    protected virtual BuiltSite Build() => new();

    private IDisposable? _owner;

    /// <summary>Serves a site built from a copy of the repository that it disposes of with itself.</summary>
    protected BuiltSite Owning(IDisposable owner, BuiltSite site)
    {
        _owner = owner;
        return site;
    }

    /// <summary>The pages that show content: not those that moved, which send the browser on at once.</summary>
    public IEnumerable<string> ContentPages => Site.ContentPages;

    public async Task InitializeAsync()
    {
        var chromium = FindChromium();
        Site = Build();
        var files = new PhysicalFileProvider(Site.Output);
        (_server, Address) = await Preview.LoopbackServer.StartAsync(0, app =>
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    /// <summary>A fresh page of the given width; requests to any other host are recorded and refused.</summary>
    public async Task<(IPage Page, List<string> Foreign)> NewPage(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "ja-JP",
        });
        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == Address.Host && url.Port == Address.Port) await route.ContinueAsync();
            else
            {
                lock (foreign) foreign.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return (await context.NewPageAsync(), foreign);
    }

    /// <summary>
    /// The rules of WCAG 2.1 A and AA in axe (JIS X 8341-3 AA). Only violations are gathered in full: axe then skips
    /// collecting every passing node, the bulk of its time on these pages.
    /// </summary>
    public static AxeRunOptions WcagAA => new()
    {
        RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"),
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// axe on a page of the site as it is now (<see cref="WcagAA"/>), run in the page in one call. The library's
    /// default runs each frame apart and then merges the results in a blank page of its own, for pages that embed
    /// other sites; the site's pages have no frames, and that blank page cost about a second a page: every page at
    /// one width took 80 s, now 20 s, with the same rules on the same document.
    /// </summary>
    /// <remarks>
    /// In forced colours the browser draws text in the reader's palette, but Chromium still gives the site's own
    /// colour as the text's <c>-webkit-text-fill-color</c>, which axe's colour-contrast rule reads: it would report
    /// dark text on the dark palette that is drawn light. There the rule is left out, and what the site draws in its
    /// own colours even then (<c>forced-color-adjust: none</c>) is measured from the drawn colours instead
    /// (<see cref="ChartBrowserTests"/>).
    /// </remarks>
    public static async Task<AxeResult> Axe(IPage page)
    {
        Assert.True(page.Frames.Count == 1, $"{page.Url} has frames, which this run of axe would not look into");
        var options = WcagAA;
        if (await page.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"))
            options.Rules = new Dictionary<string, RuleOptions> { ["color-contrast"] = new() { Enabled = false } };
#pragma warning disable CS0618 // the library marks the in-page run for removal some day; this stops compiling then
        return await page.RunAxeLegacy(null, options);
#pragma warning restore CS0618
    }

    /// <summary>
    /// Opens each of <paramref name="paths"/> in one of <paramref name="lanes"/> pages of the given size at once and
    /// runs <paramref name="check"/> on it, with <paramref name="media"/> emulated if given: a page's load and axe's run wait on the browser as much as they compute,
    /// so two at a time take about half as long. Returns how many were visited and the requests to other hosts.
    /// </summary>
    public async Task<(int Visited, List<string> Foreign)> Visit(IEnumerable<string> paths, int width, int height, Func<IPage, string, Task> check, int lanes = 2, PageEmulateMediaOptions? media = null)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(paths);
        var foreign = new List<string>();
        var visited = 0;
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(async _ =>
        {
            var (page, refused) = await NewPage(width: width, height: height);
            if (media is not null) await page.EmulateMediaAsync(media);
            try
            {
                while (queue.TryDequeue(out var path))
                {
                    await page.GotoAsync(Url(path));
                    await check(page, path);
                    Interlocked.Increment(ref visited);
                }
            }
            finally
            {
                lock (foreign) foreign.AddRange(refused);
                await page.Context.CloseAsync();
            }
        }));
        return (visited, foreign);
    }

    /// <summary>Forced colours as Windows' contrast themes give them, in the dark palette or the light one.</summary>
    public static PageEmulateMediaOptions ForcedColours(string palette) => new()
    {
        ForcedColors = ForcedColors.Active,
        ColorScheme = palette == "dark" ? ColorScheme.Dark : ColorScheme.Light,
    };

    public string Url(string path) => new Uri(Address, path.Replace("index.html", "")).ToString();

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(Repository.Root, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Site?.Dispose();
        _owner?.Dispose();
    }
}

/// <summary>The site with the invented reports beside the real one, in Chromium.</summary>
public sealed class ReportsBrowserSite : BrowserSite
{
    protected override BuiltSite Build()
    {
        var copy = new SiteCopy().WithInventedReports();
        return Owning(copy, new BuiltSite("/", copy.Root, drafts: true));
    }
}

[CollectionDefinition(Name)]
public sealed class ReportsBrowserCollection : ICollectionFixture<ReportsBrowserSite>
{
    public const string Name = "several reports in a browser";
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
