using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MinatoSite.Planning;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Several reports in Chromium: axe on the new pages, the switcher by keyboard, search narrowed to one report, a moved page.</summary>
[Collection(ReportsBrowserCollection.Name)]
public sealed class ReportsBrowserTests(ReportsBrowserSite browser)
{
    /// <summary>The pages the real site does not have yet: the invented reports', the comparison and the list of reports.</summary>
    private IEnumerable<string> NewPages => browser.ContentPages.Where(p =>
        InventedReports.Ids.Any(id => p.Contains(Addresses.Of(browser.Site.Model.Report(id)!.Report), StringComparison.Ordinal))
        || p.Contains(Addresses.Reports, StringComparison.Ordinal) || p.Contains(Addresses.Search, StringComparison.Ordinal));

    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 900)]
    public async Task The_new_pages_have_no_axe_violations_and_do_not_scroll_sideways(int width, int height)
    {
        var problems = new List<string>();
        var pages = NewPages.ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        var (visited, foreign) = await browser.Visit(pages, width, height, async (page, path) =>
        {
            var result = await BrowserSite.Axe(page);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            lock (problems)
            {
                foreach (var violation in result.Violations)
                    problems.Add($"{path} at {width} px: {violation.Id}: {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
                if (overflow > 0) problems.Add($"{path} at {width} px: {overflow}px wider than the screen");
            }
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(pages.Count, visited);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_report_switcher_opens_and_leads_to_another_report_by_keyboard()
    {
        var (page, _) = await browser.NewPage();
        var model = browser.Site.Model;
        var older = Transcribed.Of(model);
        await page.GotoAsync(browser.Url(Addresses.FileOf(Addresses.Of(older.Report), null)));
        var summary = page.Locator(".report-switch summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var latest = page.Locator($".report-switch a[href='/{Addresses.Of(model.Latest.Report)}']");
        Assert.True(await latest.IsVisibleAsync());
        await latest.PressAsync("Enter");
        await page.WaitForFunctionAsync($"location.pathname === '/{Addresses.Of(model.Latest.Report)}' && document.readyState === 'complete'");
        Assert.Equal(0, await page.Locator(".notice--not-latest").CountAsync());
    }

    [Fact]
    public async Task Search_finds_an_initiative_in_each_report_and_narrows_to_one()
    {
        var (page, foreign) = await browser.NewPage();
        var model = browser.Site.Model;
        var yearEnd = model.Report(InventedReports.YearEnd)!;
        await page.GotoAsync(browser.Url("search/"));
        await page.FillAsync("#search-input", "防災リーダー");
        await page.PressAsync("#search-input", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        var everywhere = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Contains(everywhere, h => h.StartsWith("/" + Addresses.Of(Transcribed.Of(model).Report), StringComparison.Ordinal));
        Assert.Contains(everywhere, h => h.StartsWith("/" + Addresses.Of(yearEnd.Report), StringComparison.Ordinal));

        // Narrowed to the year-end evaluation, every result is of it and says so.
        var name = (await page.Locator("#search-report option").AllTextContentsAsync()).Single(t => t.Contains("自己評価", StringComparison.Ordinal));
        await page.SelectOptionAsync("#search-report", new SelectOptionValue { Label = name });
        await page.WaitForFunctionAsync("(() => { const links = [...document.querySelectorAll('#search-results li a')]; return links.length > 0 && links.every(a => new URL(a.href).pathname.startsWith('/" + Addresses.Of(yearEnd.Report) + "')); })()");
        var narrowed = await page.Locator("#search-results li").AllTextContentsAsync();
        Assert.NotEmpty(narrowed);
        Assert.All(narrowed, text => Assert.Contains(name, text));
        Assert.Contains("report=", page.Url);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_former_address_with_a_section_arrives_at_that_section_of_the_new_page()
    {
        var (page, _) = await browser.NewPage();
        await page.GotoAsync(browser.Url("strategies/2-1/") + "#initiative-2-1-3");
        await page.WaitForURLAsync("**/2021/midterm/strategies/2-1/#initiative-2-1-3");
        Assert.True(await page.Locator("#initiative-2-1-3").IsVisibleAsync());
    }
}
