using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MinatoSite.Planning;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>Pages as residents print them on A4: no page left half empty before its time, and downloads with their address.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSite browser)
{
    // A4 with 15 mm margins, in CSS pixels (96 to the inch).
    private const double Millimetre = 96 / 25.4;
    private const double ContentWidth = (210 - 30) * Millimetre;
    private const double ContentHeight = (297 - 30) * Millimetre;

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PdfPage();

    /// <summary>
    /// A strategy or challenge page takes no more sheets than its content fills, and a tenth: sections run on rather
    /// than being held back whole to the next sheet, which left the first sheet half empty (5 sheets for 3.2). (The overview is
    /// not measured so: its long tables repeat their header rows on every sheet, as they should.)
    /// </summary>
    [Fact]
    public async Task Strategy_and_challenge_pages_print_on_as_few_sheets_as_their_content_fills()
    {
        var (page, _) = await browser.NewPage(width: (int)ContentWidth, height: 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var report = Transcribed.Of(browser.Site.Model);
        var problems = new List<string>();
        var paths = report.Strategies.Select(s => Addresses.FileOf(Addresses.Of(s), null))
            .Concat(report.Challenges.Select(c => Addresses.FileOf(Addresses.Of(c), null))).ToList();
        foreach (var path in paths)
        {
            await page.GotoAsync(browser.Url(path));
            var height = await page.EvaluateAsync<double>("document.documentElement.scrollHeight");
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Margin = new Margin { Top = "15mm", Bottom = "15mm", Left = "15mm", Right = "15mm" } });
            var sheets = PdfPage().Matches(Encoding.Latin1.GetString(pdf)).Count;
            // What the content fills, with a tenth for what cannot be cut (a row, a heading kept with its text).
            var filled = (int)Math.Ceiling(height * 1.1 / ContentHeight);
            Assert.True(sheets > 0, $"{path}: no page in the PDF");
            if (sheets > filled) problems.Add($"{path}: {sheets} sheets for content that fills {height / ContentHeight:0.00}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A printed link to a data file says where the file is.</summary>
    [Fact]
    public async Task Download_links_print_with_their_address()
    {
        var (page, _) = await browser.NewPage(width: (int)ContentWidth, height: 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var report = Transcribed.Of(browser.Site.Model);
        await page.GotoAsync(browser.Url(Addresses.FileOf(Addresses.Of(report.Strategies.First()), null)));
        var links = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('.downloads a[href]')].map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])");
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l[0], l[1]));
    }
}
