using System.Text.Json;
using Microsoft.Playwright;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The charts as residents see them: text they can read on the smallest phone, and, in forced colours of either
/// palette, labels in the reader's contrast and one pattern per status that the legend matches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserSite browser)
{
    /// <summary>Every page with a chart, in every language.</summary>
    private List<string> ChartPages
    {
        get
        {
            var pages = browser.ContentPages.Where(p => browser.Site.Page(p).QuerySelector(".chart") is not null).ToList();
            Assert.NotEmpty(pages);
            return pages;
        }
    }

    // The contrast of each label and count of the page's charts with what is behind it, and its size in CSS px.
    private const string ReadText = """
        () => {
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          const luminance = c => { const [r, g, b] = c.match(/[\d.]+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
          const behind = e => {
            for (; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor, parts = c.match(/[\d.]+/g).map(Number);
              if (parts.length < 4 || parts[3] > 0) return c;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          return [...document.querySelectorAll('.chart__label, .chart__count, .chart__legend li')].map(e => {
            const a = luminance(getComputedStyle(e).color), b = luminance(behind(e));
            return { text: e.textContent.trim(), contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), size: parseFloat(getComputedStyle(e).fontSize) };
          });
        }
        """;

    // Each chart's segments and legend swatches: their status's tone and what they are filled with.
    private const string ReadFills = """
        () => [...document.querySelectorAll('.chart')].map(chart => {
          const fill = e => { const s = getComputedStyle(e); return s.backgroundColor + ' ' + s.backgroundImage; };
          const tone = (e, kind) => [...e.classList].find(c => c.startsWith(kind + '--')).slice(kind.length + 2);
          return {
            id: chart.id,
            page: getComputedStyle(document.body).backgroundColor + ' none',
            segments: [...chart.querySelectorAll('.chart__segment')].map(e => [tone(e, 'chart__segment'), fill(e)]),
            swatches: [...chart.querySelectorAll('.chart__swatch')].map(e => [tone(e, 'chart__swatch'), fill(e)]),
          };
        })
        """;

    private sealed record Text(string text, double contrast, double size);
    private sealed record Fills(string id, string page, string[][] segments, string[][] swatches);

    [Theory]
    [InlineData(320, "")]
    [InlineData(375, "dark")]
    [InlineData(1280, "light")]
    public async Task Chart_text_is_readable_and_each_status_has_its_own_pattern_the_legend_repeats(int width, string forcedColours)
    {
        var (page, _) = await browser.NewPage(width: width, height: 800);
        if (forcedColours != "") await page.EmulateMediaAsync(BrowserSite.ForcedColours(forcedColours));
        var problems = new List<string>();
        foreach (var path in ChartPages)
        {
            await page.GotoAsync(browser.Url(path));
            if (forcedColours != "")
            {
                // The emulated palette is the one asked for: dark text on light, or light on dark.
                var body = await page.EvaluateAsync<double>("() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number); return (r + g + b) / 765; }");
                Assert.True(forcedColours == "dark" ? body < 0.2 : body > 0.8, $"{path}: the {forcedColours} palette's background has lightness {body:0.00}");
            }
            var texts = JsonSerializer.Deserialize<List<Text>>(await page.EvaluateAsync<JsonElement>(ReadText))!;
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                if (text.contrast < 4.5) problems.Add($"{path}: '{text.text}' has contrast {text.contrast:0.0}:1");
                if (text.size < 14) problems.Add($"{path}: '{text.text}' is {text.size} px");
            }
            foreach (var chart in JsonSerializer.Deserialize<List<Fills>>(await page.EvaluateAsync<JsonElement>(ReadFills))!)
            {
                Assert.True(chart.segments.Length > 0, $"{path} {chart.id} has no segments");
                var byTone = chart.segments.GroupBy(s => s[0]).ToDictionary(g => g.Key, g => g.Select(s => s[1]).Distinct().ToList());
                foreach (var (tone, fills) in byTone)
                {
                    if (fills.Count != 1) problems.Add($"{path} {chart.id}: the {tone} segments are filled {fills.Count} ways");
                    if (fills.Contains(chart.page)) problems.Add($"{path} {chart.id}: the {tone} segments are filled like the page");
                }
                if (byTone.Values.Select(f => f[0]).Distinct().Count() != byTone.Count)
                    problems.Add($"{path} {chart.id}: two statuses are filled alike: {string.Join(", ", byTone.Select(t => $"{t.Key} {t.Value[0]}"))}");
                foreach (var swatch in chart.swatches)
                    if (byTone.TryGetValue(swatch[0], out var fills) && fills[0] != swatch[1])
                        problems.Add($"{path} {chart.id}: the legend's {swatch[0]} swatch ({swatch[1]}) is not filled as its segments ({fills[0]})");
                Assert.Equal(byTone.Keys.Order(), chart.swatches.Select(s => s[0]).Distinct().Order());
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
