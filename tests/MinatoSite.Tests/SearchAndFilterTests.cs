using Microsoft.Playwright;
using MinatoSite.Planning;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Search and filters, used the way a resident uses them: in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchAndFilterTests(BrowserSite browser)
{
    /// <summary>What the filter says in Japanese when it shows <paramref name="shown"/> of the transcribed report's judged initiatives.</summary>
    private string FilterStatus(int shown) => browser.Site.Model.Catalogues["ja"]["filter.status"]
        .Replace("{total}", Transcribed.Of(browser.Site.Model).Initiatives.Count(i => i.Status is not null).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{shown}", shown.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_search_index_was_built()
    {
        Assert.True(browser.Site.SearchWarnings.Count == 0, string.Join("\n", browser.Site.SearchWarnings));
        Assert.True(browser.Site.Exists("pagefind/pagefind.js"), "pagefind/pagefind.js is missing: install the npm tools with 'npm ci'");
    }

    [Theory]
    [InlineData("search/", "防災", "/2021/midterm/strategies/2-1/")]
    [InlineData("en/search/", "disaster", "/en/2021/midterm/strategies/2-1/")]
    public async Task Searching_finds_the_strategy(string path, string query, string expected)
    {
        var (page, foreign) = await browser.NewPage();
        await page.GotoAsync(browser.Url(path));
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = path.StartsWith("en", StringComparison.Ordinal) ? "Words to search for" : "探したい言葉" });
        await input.FillAsync(query);
        await page.Keyboard.PressAsync("Enter");
        var first = page.Locator("#search-results li a").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var links = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(links, l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#search-status").TextContentAsync()));
        Assert.Contains("q=", page.Url);
        Assert.Empty(foreign);
    }

    /// <summary>Runs a search from the search page as a resident does and returns the results' addresses.</summary>
    private async Task<(IPage Page, List<string> Links)> Search(string query)
    {
        var (page, _) = await browser.NewPage(width: 375, height: 812);
        await page.GotoAsync(browser.Url("search/index.html") + "?q=" + Uri.EscapeDataString(query));
        await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync(new() { Timeout = 15_000 });
        var links = (await page.Locator("#search-results li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();
        return (page, links);
    }

    /// <summary>Search finds initiatives, not pages: a word of an initiative's text leads to that initiative's section.</summary>
    [Fact]
    public async Task Searching_a_word_of_an_initiative_leads_to_its_section()
    {
        var report = Transcribed.Of(browser.Site.Model);
        var tsunami = report.Initiatives.Where(i => i.Title.Source.Contains("津波", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tsunami);
        var (page, links) = await Search("津波");
        foreach (var initiative in tsunami)
            Assert.Contains(links, l => l.StartsWith("/" + Addresses.Of(initiative), StringComparison.Ordinal));
        // Each result shows its initiative's badges, the same words as its section on its page.
        foreach (var initiative in tsunami.Where(i => i.EffectiveStatus is not null))
        {
            var section = browser.Site.Page(Addresses.FileOf(Addresses.Of(initiative.Strategy), null)).GetElementById(initiative.Anchor)!;
            var expected = section.QuerySelectorAll(".status").Select(BuiltSite.StatusLabel).Distinct().ToList();
            var shown = await page.Locator($"#search-results li:has(> a[href^='/{Addresses.Of(initiative)}']) .search__statuses .status")
                .EvaluateAllAsync<string[]>("badges => badges.map(b => [...b.childNodes].filter(n => !n.classList?.contains('status__icon')).map(n => n.textContent).join('').trim())");
            Assert.Equal(expected, shown);
        }
    }

    /// <summary>A status word finds the initiatives that have that status, not every page whose tables or legends name it.</summary>
    [Fact]
    public async Task A_status_word_finds_only_initiatives_with_that_status()
    {
        var report = Transcribed.Of(browser.Site.Model);
        var labels = browser.Site.Model.Catalogues["ja"];
        bool Has(Model.Initiative i) => i.EffectiveStatus is { } s && s.Codes.Any(c => labels[c.LabelKey].Contains("未達成", StringComparison.Ordinal));
        var holding = report.Initiatives.Where(Has).ToList();
        Assert.NotEmpty(holding);
        var (page, links) = await Search("未達成");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "search-375.png"), FullPage = true });
        Assert.NotEmpty(links);
        var pages = report.Strategies.Where(s => s.Initiatives.Any(Has)).Select(s => "/" + Addresses.Of(s)).ToHashSet();
        // Of the report's pages; the About-the-data page names the words too, as the reference of the data's columns.
        var inReport = links.Where(l => l.StartsWith("/" + Addresses.Of(report.Report), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inReport);
        foreach (var link in inReport)
        {
            var hash = link.IndexOf('#');
            Assert.Contains(hash < 0 ? link : link[..hash], pages);
            if (link.Contains("#initiative-", StringComparison.Ordinal))
                Assert.Contains(holding, i => link.StartsWith("/" + Addresses.Of(i), StringComparison.Ordinal));
        }
    }

    /// <summary>Arriving with a search in the address, the results fill room kept for them: nothing on the page moves.</summary>
    [Fact]
    public async Task Results_arriving_move_nothing_on_the_page()
    {
        var (page, _) = await browser.NewPage(width: 375, height: 812);
        await page.AddInitScriptAsync("window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });");
        await page.GotoAsync(browser.Url("search/index.html") + "?q=" + Uri.EscapeDataString("防災"));
        await page.Locator("#search-results li").First.WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(300);
        Assert.InRange(await page.EvaluateAsync<double>("window.__shift"), 0, 0.01);
    }

    [Fact]
    public async Task Filters_narrow_the_table_announce_the_count_and_keep_their_state_in_the_url()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("2021/midterm/index.html"));
        var rows = page.Locator("#initiatives-table tbody tr");
        Assert.True(await page.Locator("#initiative-filters").IsVisibleAsync());
        Assert.Equal("polite", await page.Locator("#filter-status").GetAttributeAsync("aria-live"));

        await page.SelectOptionAsync("#filter-axis-outlook", "not-achieve");
        Assert.Equal(3, await rows.Locator("visible=true").CountAsync());
        Assert.Equal(FilterStatus(3), await page.Locator("#filter-status").TextContentAsync());
        Assert.EndsWith("?outlook=not-achieve", page.Url);

        await page.SelectOptionAsync("#filter-axis-progress", "implementing");
        Assert.Equal(1, await rows.Locator("visible=true").CountAsync());
        Assert.Contains("reform-1", await rows.Locator("visible=true").First.TextContentAsync());

        await page.ReloadAsync();
        Assert.Equal("not-achieve", await page.Locator("#filter-axis-outlook").InputValueAsync());
        Assert.Equal(1, await rows.Locator("visible=true").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "絞り込みを解除" }).ClickAsync();
        await page.WaitForFunctionAsync("document.querySelectorAll('#initiatives-table tbody tr:not([hidden])').length === 49");
        Assert.DoesNotContain("?", page.Url);
    }

    /// <summary>
    /// Each key figure opens the list filtered to its code, and the list counts as the summary does: every initiative
    /// once, one listed again under another strategy said apart.
    /// </summary>
    [Fact]
    public async Task Each_key_figure_opens_the_list_of_exactly_those_initiatives()
    {
        var (page, _) = await browser.NewPage(width: 375, height: 812);
        var report = Transcribed.Of(browser.Site.Model);
        var judged = report.Initiatives.Where(i => i.Status is not null).ToList();
        var labels = browser.Site.Model.Catalogues["ja"];
        var overview = browser.Url(BuiltSite.FileIn(report));
        var opened = 0;
        foreach (var axis in report.Axes)
            foreach (var code in axis.Codes)
            {
                var expected = judged.Where(i => i.Status![axis.Id] == code).Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
                if (expected.Count == 0) continue;
                await page.GotoAsync(overview);
                await page.Locator($".key-figures a[href*='?{axis.Id}={code.Code}#']").ClickAsync();
                await page.WaitForURLAsync($"**?{axis.Id}={code.Code}#all-initiatives");
                Assert.Equal(code.Code, await page.Locator($"#filter-axis-{axis.Id}").InputValueAsync());
                var shown = await page.Locator("#initiatives-table tbody tr:not([hidden]):not([data-repost]) th b").AllTextContentsAsync();
                Assert.Equal(expected, shown.Order(StringComparer.Ordinal));
                var reposts = await page.Locator("#initiatives-table tbody tr:not([hidden])[data-repost]").CountAsync();
                var message = labels[reposts == 0 ? "filter.status" : "filter.status-reposts"]
                    .Replace("{total}", judged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Replace("{shown}", expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Replace("{reposts}", reposts.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(message, await page.Locator("#filter-status").TextContentAsync());
                // The list's heading is where the link lands: in view, with the count just below it.
                // A fraction of a pixel above the top is where a browser puts a heading it scrolled to.
                var top = await page.EvaluateAsync<double>("() => document.getElementById('all-initiatives').getBoundingClientRect().top");
                Assert.InRange(top, -1, 812);
                opened++;
            }
        Assert.True(opened >= 2, $"only {opened} key figures had initiatives");
    }

    [Fact]
    public async Task Filters_work_by_keyboard_alone()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("index.html?challenge=2"));
        Assert.Equal(9, await page.Locator("#initiatives-table tbody tr:not([hidden])").CountAsync());
        await page.Locator("#filter-challenge").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("filter-axis-outlook", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("not-achieve", await page.Locator("#filter-axis-outlook").InputValueAsync());
        Assert.Equal(0, await page.Locator("#initiatives-table tbody tr:not([hidden])").CountAsync());
        Assert.Equal(FilterStatus(0), await page.Locator("#filter-status").TextContentAsync());
    }

    [Fact]
    public async Task Without_javascript_the_overview_lists_everything_and_hides_the_filters()
    {
        var (page, _) = await browser.NewPage(javaScript: false);
        await page.GotoAsync(browser.Url("index.html?outlook=not-achieve"));
        Assert.Equal(49, await page.Locator("#initiatives-table tbody tr").Locator("visible=true").CountAsync());
        Assert.False(await page.Locator("#initiative-filters").IsVisibleAsync());
    }
}
