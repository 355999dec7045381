using Microsoft.Playwright;
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
