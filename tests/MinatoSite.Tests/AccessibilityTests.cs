using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>JIS X 8341-3 AA / WCAG 2.1 AA in a real browser: axe, reflow, keyboard, forced colours, print.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite browser)
{
    private IEnumerable<string> Pages => browser.ContentPages;

    /// <summary>
    /// At the narrowest phone's width, a common phone's and a desktop's: what scrolls, wraps or hides differs between
    /// them; and in forced colours, in a dark palette and a light one, where the reader's colours replace the site's.
    /// </summary>
    [Theory]
    [InlineData(320, 640, "")]
    [InlineData(375, 812, "")]
    [InlineData(1280, 900, "")]
    [InlineData(375, 812, "dark")]
    [InlineData(1280, 900, "light")]
    public async Task Every_page_in_every_language_has_no_axe_violations(int width, int height, string forcedColours)
    {
        var problems = new List<string>();
        var media = forcedColours == "" ? null : BrowserSite.ForcedColours(forcedColours);
        var (visited, foreign) = await browser.Visit(Pages, width, height, media: media, check: async (page, path) =>
        {
            if (media is not null)
            {
                Assert.True(await page.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"));
                // Only the charts keep colours of the site's own in forced colours; their contrast is measured apart.
                var own = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => getComputedStyle(e).forcedColorAdjust === 'none' && !e.closest('.chart')).map(e => e.outerHTML.slice(0, 80))");
                lock (problems) problems.AddRange(own.Select(e => $"{path}: keeps its own colours in forced colours outside a chart: {e}"));
            }
            var result = await BrowserSite.Axe(page);
            lock (problems)
            {
                foreach (var violation in result.Violations)
                    problems.Add($"{path} at {width} px{(media is null ? "" : $" in {forcedColours} forced colours")}: {violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
            }
            Assert.NotEmpty(result.Passes);
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(Pages.Count(), visited);
        Assert.Empty(foreign);
    }

    /// <summary>The run of axe the page tests use finds what it is there to find, on a real page spoiled in the browser.</summary>
    [Fact]
    public async Task Axe_as_the_tests_run_it_reports_a_spoiled_page()
    {
        var (page, _) = await browser.NewPage(width: 375, height: 812);
        await page.GotoAsync(browser.Url(Pages.First()));
        Assert.Empty((await BrowserSite.Axe(page)).Violations);
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('main h1').style.color = '#ddd'; }");
        var found = (await BrowserSite.Axe(page)).Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", found);
        Assert.Contains("color-contrast", found);
    }

    /// <summary>On a wide screen, text runs no wider than about 40 characters of Japanese (80 of English) a line.</summary>
    [Fact]
    public async Task Text_lines_keep_a_readable_measure_on_a_wide_screen()
    {
        var (page, _) = await browser.NewPage(width: 1280, height: 900);
        var problems = new List<string>();
        var measured = 0;
        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.Url(path));
            var widths = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('main p, main li, main dd, main h1, main h2')].filter(e => e.getClientRects().length && e.textContent.trim()).map(e => [e.getBoundingClientRect().width, parseFloat(getComputedStyle(e).fontSize)])");
            measured += widths.Length;
            foreach (var w in widths.Where(w => w[0] > 40 * w[1] + 1))
                problems.Add($"{path}: a line {w[0]:0} px wide at {w[1]} px text ({w[0] / w[1]:0.0} em)");
        }
        Assert.True(measured > 100, $"only {measured} blocks of text measured");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_320_css_pixels()
    {
        var (page, _) = await browser.NewPage(width: 320, height: 640);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.Url(path));
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0) problems.Add($"{path}: {overflow}px wider than the screen");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Wide_tables_scroll_in_their_own_labelled_focusable_region()
    {
        var (page, _) = await browser.NewPage(width: 320, height: 640);
        await page.GotoAsync(browser.Url("2021/midterm/index.html"));
        var regions = page.Locator(".table-scroll");
        Assert.True(await regions.CountAsync() >= 3);
        foreach (var region in await regions.AllAsync())
        {
            Assert.Equal("region", await region.GetAttributeAsync("role"));
            Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
            var labelId = await region.GetAttributeAsync("aria-labelledby");
            Assert.False(string.IsNullOrEmpty(await page.Locator($"#{labelId}").TextContentAsync()));
        }
        // A table wider than the screen (a staff page's table of long words; here the first one, given a cell too wide
        // for a phone) scrolls in its region, which the keyboard scrolls.
        var wide = regions.First;
        await wide.EvaluateAsync("e => e.querySelector('td').insertAdjacentHTML('beforeend', '<span style=\"display:inline-block;width:40rem\">wide</span>')");
        var scrollable = await wide.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth");
        Assert.True(scrollable, "a table wider than a 320px screen should scroll in its region");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        await wide.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // Keyboard scrolling is animated: wait for it rather than reading the position at once.
        await page.WaitForFunctionAsync("document.activeElement.classList.contains('table-scroll') && document.activeElement.scrollLeft > 0", null,
            new PageWaitForFunctionOptions { Timeout = 5_000 });
    }

    [Fact]
    public async Task Text_enlarged_to_200_percent_loses_nothing()
    {
        var (page, _) = await browser.NewPage(width: 1280, height: 900);
        foreach (var path in new[] { "index.html", "2021/midterm/strategies/2-1/index.html", "en/2021/midterm/strategies/4-1/index.html", "2021/midterm/challenges/3/index.html" })
        {
            await page.GotoAsync(browser.Url(path));
            var before = await page.EvaluateAsync<int>("document.body.innerText.length");
            await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
            Assert.Equal(before, await page.EvaluateAsync<int>("document.body.innerText.length"));
            var clipped = await page.EvaluateAsync<int>(
                "[...document.querySelectorAll('main h1, main h2, main h3, main p, main li')].filter(e => getComputedStyle(e).overflow === 'hidden' && e.scrollHeight > e.clientHeight + 1).length");
            Assert.Equal(0, clipped);
        }
    }

    /// <summary>
    /// The set a reviewer looks at: each kind of page residents read, in both languages, at the narrowest phone, a common
    /// phone and a desktop. Search is opened with a query, as a link to it would be.
    /// </summary>
    [Fact]
    public async Task Screenshots_are_saved_at_320_375_and_1280_pixels()
    {
        var pages = new[]
        {
            ("2021/midterm/index.html", "overview"), ("2021/midterm/strategies/2-1/index.html", "strategy-2-1"),
            ("2021/midterm/challenges/2/index.html", "challenge-2"), ("search/index.html", "search"),
        };
        foreach (var width in new[] { 320, 375, 1280 })
        {
            var (page, _) = await browser.NewPage(width: width, height: 800);
            foreach (var (path, name) in pages)
                foreach (var lang in new[] { "", "en/" })
                {
                    var url = browser.Url(lang + path) + (name == "search" ? "?q=" + Uri.EscapeDataString(lang == "" ? "津波" : "tsunami") : "");
                    await page.GotoAsync(url);
                    if (name == "search")
                        await page.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length > 0", null, new() { Timeout = 15_000 });
                    var file = Path.Combine(BrowserSite.ScreenshotFolder, $"{lang.Replace('/', '-')}{name}-{width}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    var bytes = await File.ReadAllBytesAsync(file);
                    Assert.True(bytes.Length > 10_000, $"{file} is suspiciously small");
                    Assert.Equal(0x89, bytes[0]);
                }
        }
    }

    /// <summary>
    /// On a phone the breakdown by challenge is one block per 経営課題, every count under its column's label, instead of
    /// a table squeezed into columns one character wide (13,117 px tall at 375 px when it was).
    /// </summary>
    [Theory]
    [InlineData("2021/midterm/index.html")]
    [InlineData("en/2021/midterm/index.html")]
    public async Task The_breakdown_is_a_block_per_challenge_on_a_phone(string path)
    {
        var (page, _) = await browser.NewPage(width: 375, height: 812);
        await page.GotoAsync(browser.Url(path));
        var table = page.Locator("table.breakdown");
        var rows = await table.Locator("tbody tr, tfoot tr").CountAsync();
        var groups = await table.Locator("tbody").CountAsync();
        Assert.True(groups > 1, "one row group per challenge");
        // A row is its name and its counts in a few short lines: at most 18em of the page's text per row (7,776px for the 27
        // rows of the FY2021 review, little more than half what the squeezed table took; English labels wrap more).
        var height = await table.EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        var em = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)");
        Assert.True(height <= rows * 18 * em, $"the breakdown is {height:N0}px tall at 375px for {rows} rows (bound {rows * 18 * em:N0}px)");
        var narrow = await table.EvaluateAsync<string[]>("""
            t => [...t.querySelectorAll('tbody th, tbody td, tfoot th, tfoot td')]
              .filter(c => c.getBoundingClientRect().width < 4 * parseFloat(getComputedStyle(c).fontSize))
              .map(c => `${c.closest('tr').querySelector('th').textContent.trim()} / ${c.dataset.label ?? 'name'}: ${Math.round(c.getBoundingClientRect().width)}px`)
            """);
        Assert.True(narrow.Length == 0, "columns narrower than 4em:\n" + string.Join("\n", narrow));
        // Each count is shown under its column's label, the same words as the header above it on a wide screen.
        var unlabelled = await table.EvaluateAsync<string[]>("""
            t => { const words = h => [...h.childNodes].filter(n => !(n.classList?.contains('status__icon'))).map(n => n.textContent).join('').trim();
                   const heads = [t.querySelector('thead th'), ...t.querySelectorAll('thead tr:last-child th')].map(h => words(h.querySelector('.status') ?? h));
                   return [...t.querySelectorAll('tbody tr, tfoot tr')].flatMap(r => [...r.querySelectorAll('td')].map((c, i) => [c, heads[i]]))
                     .filter(([c, head]) => c.dataset.label !== head || getComputedStyle(c, '::before').display !== 'block')
                     .map(([c, head]) => `${c.dataset.label} is under '${head}'`); }
            """);
        Assert.True(unlabelled.Length == 0, string.Join("\n", unlabelled));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
    }

    [Fact]
    public async Task The_first_tab_reaches_a_skip_link_that_moves_to_main()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("2021/midterm/strategies/2-1/index.html"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("本文へ移動", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the skip link must be visible when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), "after skipping, Tab continues inside the main content");
    }

    [Fact]
    public async Task Focus_is_always_visible()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("2021/midterm/index.html"));
        var invisible = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var style = await page.EvaluateAsync<string[]>(
                "(() => { const e = document.activeElement, s = getComputedStyle(e); return [e.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth, s.boxShadow]; })()");
            var visible = (style[1] != "none" && style[2] != "0px") || style[3] != "none";
            if (!visible) invisible.Add(style[0]);
        }
        Assert.True(invisible.Count == 0, "focus not visible on: " + string.Join("\n", invisible));
    }

    [Fact]
    public async Task The_language_switcher_works_by_keyboard()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("2021/midterm/strategies/2-1/index.html"));
        for (var i = 0; i < 10 && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('hreflang')") != "en"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("English", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("location.pathname.endsWith('/en/2021/midterm/strategies/2-1/') && document.readyState !== 'loading'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Status_badges_keep_a_visible_outline_in_forced_colours_mode()
    {
        var (page, _) = await browser.NewPage();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });
        await page.GotoAsync(browser.Url("2021/midterm/strategies/2-1/index.html"));
        Assert.True(await page.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"));
        foreach (var badge in (await page.Locator(".initiative__status .status").AllAsync()).Take(6))
        {
            var border = await badge.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.borderTopStyle, s.borderTopWidth]; }");
            Assert.Equal("solid", border[0]);
            Assert.NotEqual("0px", border[1]);
            Assert.False(string.IsNullOrWhiteSpace(await badge.InnerTextAsync()));
        }
    }

    [Fact]
    public async Task Print_hides_navigation_and_prints_the_address_and_report_date()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("2021/midterm/strategies/2-1/index.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".lang-switch").IsVisibleAsync());
        Assert.False(await page.Locator(".breadcrumb").IsVisibleAsync());
        var printed = await page.Locator(".print-only").InnerTextAsync();
        Assert.Contains("/2021/midterm/strategies/2-1/", printed);
        Assert.Contains("最新", printed);
        Assert.Contains("令和3年11月", await page.Locator(".site-footer").InnerTextAsync());
    }

    [Fact]
    public async Task The_design_uses_system_japanese_fonts_16px_and_generous_line_height()
    {
        var (page, foreign) = await browser.NewPage();
        var fonts = new List<string>();
        page.Request += (_, request) => { if (request.ResourceType == "font") fonts.Add(request.Url); };
        await page.GotoAsync(browser.Url("2021/midterm/index.html"));
        var style = await page.EvaluateAsync<string[]>("(() => { const s = getComputedStyle(document.body); return [s.fontFamily, s.fontSize, s.lineHeight]; })()");
        Assert.StartsWith("\"Noto Sans JP\"", style[0]);
        Assert.Equal("16px", style[1]);
        Assert.InRange(double.Parse(style[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) / 16, 1.6, 1.8);
        Assert.Empty(fonts);
        Assert.Empty(foreign);
    }
}
