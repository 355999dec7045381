using MinatoSite.Planning;
using System.Text.Json;
using AngleSharp.Dom;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The real content, built: pages, sections, counts, links and open data.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SiteOutputTests(BuiltSite site)
{
    /// <summary>
    /// Initiatives outside the numbered challenges (the 市政改革プラン items) are named by their number, as the source
    /// numbers them, not by their id, and their pages do not call them a strategy or a challenge.
    /// </summary>
    [Fact]
    public void Unnumbered_sections_name_their_initiatives_by_number_and_not_as_a_strategy()
    {
        var unnumbered = site.Model.Reports.SelectMany(r => r.Strategies).Where(s => s.Challenge.Number is null).ToList();
        Assert.NotEmpty(unnumbered);
        foreach (var strategy in unnumbered)
            foreach (var language in site.Model.Languages)
            {
                var catalogue = site.Model.Catalogues[language.Code];
                var page = site.Page(language.Prefix + Addresses.FileOf(Addresses.Of(strategy), null));
                foreach (var initiative in strategy.Initiatives)
                    Assert.Equal(catalogue.Format("label.initiative", ("id", initiative.Number)), page.GetElementById(initiative.Anchor + "-title")!.QuerySelector(".initiative__label")!.TextContent);
                Assert.Equal(catalogue["strategy.summary-unnumbered"], page.GetElementById("summary")!.TextContent);
                Assert.DoesNotContain(catalogue["strategy.summary"], page.QuerySelector("main")!.TextContent);
                var challenge = site.Page(language.Prefix + Addresses.FileOf(Addresses.Of(strategy.Challenge), null));
                Assert.Equal(catalogue["challenge.summary-unnumbered"], challenge.GetElementById("summary")!.TextContent);
            }
    }

    /// <summary>
    /// A sentence that opens an initiative's targets (its targetsNote) is a paragraph under the targets heading, before
    /// the list of targets and not one of them, in every language; an initiative without one has no such paragraph.
    /// </summary>
    [Fact]
    public void A_targets_note_is_a_paragraph_before_the_targets_and_not_one_of_them()
    {
        Assert.Contains(site.Model.Initiatives, i => i.TargetsNote is not null);
        foreach (var strategy in site.Model.Reports.SelectMany(r => r.Strategies))
            foreach (var language in site.Model.Languages)
            {
                var page = site.Page(language.Prefix + Addresses.FileOf(Addresses.Of(strategy), null));
                foreach (var initiative in strategy.Initiatives.Where(i => i.RepostOfId is null))
                {
                    var section = page.GetElementById(initiative.Anchor)!;
                    var note = section.QuerySelector("p.targets-note");
                    Assert.Equal(initiative.Targets.Count, section.QuerySelectorAll("ul.targets > li").Length);
                    if (initiative.TargetsNote is null)
                    {
                        Assert.Null(note);
                        continue;
                    }
                    Assert.NotNull(note);
                    Assert.Equal(initiative.TargetsNote.In(language), BuiltSite.Clean(note));
                    Assert.Equal("H3", note.PreviousElementSibling!.TagName);
                    Assert.Same(section.QuerySelector("ul.targets"), note.NextElementSibling);
                }
            }
    }

    /// <summary>
    /// A link pasted into LINE, X or Facebook shows the page's title and summary and its report's picture: every page
    /// says so in Open Graph, the picture is a file of the site, and it says what the report's overview says.
    /// </summary>
    [Fact]
    public void Every_page_shares_its_title_summary_and_its_reports_picture()
    {
        var siteUrl = site.Model.Settings.SiteUrl;
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            string Meta(string name) => page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content")
                ?? throw new Xunit.Sdk.XunitException($"{path}: no {name}");
            Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta("og:description"));
            Assert.StartsWith(Meta("og:title"), page.Title);
            Assert.Equal("summary_large_image", Meta("twitter:card"));
            Assert.Equal(page.DocumentElement.GetAttribute("lang"), Meta("og:locale")[..2]);
            if (page.QuerySelector("link[rel=canonical]") is { } canonical) Assert.Equal(canonical.GetAttribute("href"), Meta("og:url"));
            var image = Meta("og:image");
            Assert.StartsWith(siteUrl, image);
            var file = site.FileOf(image[siteUrl.Length..]);
            Assert.True(file is not null && site.Exists(file), $"{path}: its picture {image} is not a file of the site");
            Assert.False(string.IsNullOrWhiteSpace(Meta("og:image:alt")));
        }
    }

    /// <summary>The picture of each report in each language: its name, and each status's count as its overview gives it.</summary>
    [Fact]
    public void A_reports_picture_shows_its_name_and_its_key_figures()
    {
        var checkedFigures = 0;
        foreach (var report in site.Model.Reports)
            foreach (var language in site.Model.Languages)
            {
                var overview = site.Page(BuiltSite.FileIn(report, prefix: language.Prefix));
                var picture = System.Xml.Linq.XDocument.Parse(site.Text(BuiltSite.FileIn(report, "share.svg", language.Prefix)));
                var texts = picture.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
                Assert.Contains(overview.QuerySelector("h1")!.TextContent, texts);
                Assert.Equal(overview.DocumentElement.GetAttribute("lang"), picture.Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
                foreach (var item in overview.QuerySelectorAll(".key-figures__item"))
                {
                    var label = BuiltSite.StatusLabel(item.QuerySelector(".status")!);
                    var count = item.QuerySelector(".key-figures__count")!.FirstChild!.TextContent;
                    var at = texts.IndexOf(label);
                    Assert.True(at > 0 && texts[at - 1] == count, $"{language.Code}: the picture should show {count} before '{label}'");
                    checkedFigures++;
                }
                // Its words, for whatever reads the picture itself; a page's og:image:alt names it without the counts.
                var words = picture.Root.Attribute("aria-label")!.Value;
                Assert.All(overview.QuerySelectorAll(".key-figures__item .status").Select(BuiltSite.StatusLabel), label => Assert.Contains(label, words));
                Assert.Contains(overview.QuerySelector("h1")!.TextContent, overview.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
            }
        Assert.True(checkedFigures >= 10, $"only {checkedFigures} figures were compared");
        // Its status colours are the stylesheet's.
        var css = File.ReadAllText(Path.Combine(Repository.Root, "theme/assets/site.css"));
        foreach (var (tone, (line, text, fill)) in MinatoSite.Rendering.Data.ShareImage.Tones)
            foreach (var (part, colour) in new[] { ("line", line), ("fg", text), ("bg", fill) })
                Assert.Contains($"--{tone}-{part}: {colour};", css);
    }

    [Fact]
    public void The_site_is_not_empty()
    {
        Assert.Equal(49, site.Model.Initiatives.Count());
        Assert.True(site.Pages.Count >= 2 * (1 + 20 + 7), $"only {site.Pages.Count} pages were built");
    }

    [Fact]
    public void Every_strategy_has_a_page_with_every_initiative_its_title_and_status()
    {
        var ja = site.Model.SourceLanguage;
        var catalogue = site.Model.Catalogues[ja.Code];
        foreach (var strategy in site.Model.Strategies)
        {
            var page = site.Page(BuiltSite.FileIn(site.Model.ReportOf(strategy.Challenge), $"strategies/{strategy.Id}/"));
            Assert.Contains(strategy.Title.Source, BuiltSite.Clean(page.QuerySelector("h1")!));
            Assert.Equal(strategy.Initiatives.Count, page.QuerySelectorAll("section.initiative").Length);
            foreach (var initiative in strategy.Initiatives)
            {
                var section = page.GetElementById($"initiative-{initiative.Id}");
                Assert.NotNull(section);
                Assert.Equal("section", section!.LocalName);
                Assert.Contains(initiative.Title.Source, BuiltSite.Clean(section.QuerySelector("h2")!));
                var status = initiative.EffectiveStatus!;
                var chips = section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel);
                Assert.Equal(status.Codes.Select(c => catalogue[c.LabelKey]), chips);
                foreach (var achievement in initiative.Achievements)
                    Assert.Contains(section.QuerySelectorAll(".achievements li"), li => BuiltSite.Clean(li) == achievement.Source);
                foreach (var target in initiative.Targets)
                    Assert.Contains(section.QuerySelectorAll(".targets li"), li => BuiltSite.Clean(li).StartsWith(target.Text.Source, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Every_challenge_has_a_page_listing_its_strategies()
    {
        foreach (var challenge in site.Model.Challenges)
        {
            var report = site.Model.ReportOf(challenge);
            var page = site.Page(BuiltSite.FileIn(report, $"challenges/{challenge.Id}/"));
            Assert.Contains(challenge.Title.Source, BuiltSite.Clean(page.QuerySelector("h1")!));
            foreach (var strategy in challenge.Strategies)
                Assert.NotNull(page.QuerySelector($"a[href='/{Addresses.Of(strategy)}']"));
        }
    }

    [Fact]
    public void The_overview_counts_equal_the_model()
    {
        var report = site.Transcribed;
        var page = site.Page(BuiltSite.FileIn(report));
        var withStatus = report.Initiatives.Where(i => i.Status is not null).ToList();
        Assert.Equal(48, withStatus.Count);

        var footer = page.QuerySelector("table.breakdown tfoot tr")!.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)).ToList();
        var expected = new List<int> { withStatus.Count };
        foreach (var axis in report.Axes) expected.AddRange(axis.Codes.Select(c => withStatus.Count(i => i.Status![axis.Id] == c)));
        Assert.Equal(expected, footer);
        Assert.Equal([48, 45, 3, 40, 5, 3], footer);

        foreach (var strategy in report.Strategies.Where(s => s.Challenge.Number is not null))
        {
            var row = page.QuerySelector($"table.breakdown a[href='/2021/midterm/strategies/{strategy.Id}/']")!.Closest("tr")!;
            var cells = row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)).ToList();
            var statuses = strategy.Initiatives.Where(i => i.Status is not null).Select(i => i.Status!).ToList();
            Assert.Equal(statuses.Count, cells[0]);
            Assert.Equal(statuses.Count(s => s["outlook"]!.Code == "not-achieve"), cells[2]);
            Assert.Equal(statuses.Count(s => s["progress"]!.Code == "behind-schedule"), cells[4]);
        }
    }

    [Fact]
    public void The_overview_lists_every_initiative_linking_to_its_section()
    {
        foreach (var report in site.Model.Reports)
        {
            var rows = site.Page(BuiltSite.FileIn(report)).QuerySelectorAll("#initiatives-table tbody tr");
            Assert.Equal(report.Initiatives.Select(i => "/" + Addresses.Of(i)), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        }
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves_to_a_file_and_an_element()
    {
        var checkedLinks = site.AssertInternalLinksResolve();
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void Every_page_has_a_language_a_title_one_h1_and_one_main()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")), $"{path} has no lang");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Single(page.QuerySelectorAll("main"));
        }
        Assert.Equal("ja", site.Page("2021/midterm/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Status_is_text_with_an_icon_hidden_from_screen_readers_not_colour_alone()
    {
        foreach (var chip in site.Page("2021/midterm/strategies/2-1/index.html").QuerySelectorAll(".status"))
        {
            Assert.Equal("true", chip.QuerySelector(".status__icon")!.GetAttribute("aria-hidden"));
            Assert.False(string.IsNullOrWhiteSpace(chip.ChildNodes.Last().TextContent));
        }
    }

    [Fact]
    public void Strategy_pages_link_to_their_neighbours_and_have_breadcrumbs()
    {
        var page = site.Page("2021/midterm/strategies/2-1/index.html");
        Assert.Equal("/2021/midterm/strategies/1-3/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/2021/midterm/strategies/2-2/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var crumbs = page.QuerySelectorAll("nav[aria-label='現在位置'] li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/2021/midterm/", "/2021/midterm/challenges/2/", "/2021/midterm/strategies/2-1/"], crumbs);
        Assert.Null(site.Page("2021/midterm/strategies/1-1/index.html").QuerySelector("a[rel=prev]"));
        Assert.Null(site.Page("2021/midterm/strategies/reform/index.html").QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void A_relisted_initiative_shows_the_original_status_and_links_to_it()
    {
        var section = site.Page("2021/midterm/strategies/3-3/index.html").GetElementById("initiative-3-3-1")!;
        Assert.NotNull(section.QuerySelector("a[href='/2021/midterm/strategies/3-1/#initiative-3-1-2']"));
        Assert.Contains("具体的取組3-1-2の再掲", section.TextContent);
        Assert.Equal(["目標達成見込", "取組予定通り進捗している"],
            section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel));
    }

    [Fact]
    public void The_json_lists_every_initiative_in_official_order_with_its_fields()
    {
        using var json = JsonDocument.Parse(site.Bytes("data/initiatives.json"));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(site.Model.Initiatives.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
        var first = items[0];
        Assert.Equal("1", first.GetProperty("challenge").GetString());
        Assert.Equal("1-1", first.GetProperty("strategy").GetString());
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("achieve", first.GetProperty("outlook").GetString());
        Assert.Equal("/2021/midterm/strategies/1-1/#initiative-1-1-1", first.GetProperty("url").GetString());
        Assert.Equal(55m, first.GetProperty("targets")[0].GetProperty("threshold").GetProperty("value").GetDecimal());
        Assert.Equal("at-least", first.GetProperty("targets")[0].GetProperty("threshold").GetProperty("comparison").GetString());
        var repost = items.Single(i => i.GetProperty("id").GetString() == "3-3-1");
        Assert.Equal(JsonValueKind.Null, repost.GetProperty("outlook").ValueKind);
        Assert.Equal(JsonValueKind.Null, repost.GetProperty("progress").ValueKind);
        Assert.Equal("3-1-2", repost.GetProperty("repostOf").GetString());
        foreach (var item in items)
        {
            var file = site.FileOf(item.GetProperty("url").GetString()!)!;
            Assert.NotNull(site.Page(file).GetElementById(item.GetProperty("url").GetString()!.Split('#')[1]));
        }
    }

    [Fact]
    public void Nothing_is_loaded_from_another_host()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            foreach (var element in page.QuerySelectorAll("link[href], script[src], img[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var rel = element.GetAttribute("rel") ?? "";
                if (rel is "canonical" or "alternate" or "license") continue;
                Assert.StartsWith("/", url);
            }
        }
    }
}

/// <summary>A page of the site is in the main navigation unless its front matter says <c>nav: false</c>.</summary>
public sealed class PageNavigationTests : ScratchSiteTests
{
    [Fact]
    public void A_page_with_nav_false_is_published_but_not_in_the_navigation()
    {
        Site.Write("input/contact-detail.md", "---\ntitle: 詳細\nnav: false\n---\n本文\n");
        Site.Write("input/contact-visible.md", "---\ntitle: 表示\n---\n本文\n");
        var errors = new Diagnostics.ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors) is not null, string.Join("\n", errors.Sorted()));
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Output["_site/index.html"]));
        var nav = home.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/contact-visible/", nav);
        Assert.DoesNotContain("/contact-detail/", nav);
        Assert.True(File.Exists(Output["_site/contact-detail/index.html"]));
    }

    [Fact]
    public void Nav_is_true_or_false_and_said_at_its_line()
    {
        Site.Write("input/contact-detail.md", "---\ntitle: 詳細\nnav: いいえ\n---\n本文\n");
        var errors = new Diagnostics.ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "input/contact-detail.md" && e.Line == 3 && e.Message.Contains("true", StringComparison.Ordinal));
    }
}

/// <summary>
/// Every legend (each chart's, each table of counts, the key figures) links to the page that explains the statuses,
/// in the page's language, when the site has one; without it, no legend links to a missing page.
/// </summary>
public sealed class StatusExplanationTests : ScratchSiteTests
{
    private List<(string Path, AngleSharp.Html.Dom.IHtmlDocument Page)> Build()
    {
        var errors = new Diagnostics.ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors) is not null, string.Join("\n", errors.Sorted()));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        return Folders.Files(Output["_site"]).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith(Addresses.Form, StringComparison.Ordinal))
            .Select(f => (f, parser.ParseDocument(File.ReadAllText(Path.Combine(Output["_site"], f))))).ToList();
    }

    [Fact]
    public void Every_legend_links_to_the_explanation_of_the_statuses()
    {
        Site.Write($"input/{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}.md", "---\ntitle: 見方\nnav: false\n---\n本文\n");
        var legends = 0;
        foreach (var (path, page) in Build())
        {
            var prefix = page.DocumentElement.GetAttribute("lang") == "ja" ? "" : page.DocumentElement.GetAttribute("lang") + "/";
            foreach (var legend in page.QuerySelectorAll(".chart, .counts, .key-figures"))
            {
                var links = legend.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
                Assert.True(links.Contains($"/{prefix}{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}/"), $"{path}: a {legend.ClassName} without a link to the explanation");
                legends++;
            }
        }
        Assert.True(legends > 20, $"only {legends} legends");
    }

    [Fact]
    public void Without_the_explanation_no_legend_links_to_it()
    {
        File.Delete(Site.PathOf($"input/{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}.md"));
        File.Delete(Site.PathOf($"input/{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}.en.md"));
        // Pages that link to it by name lose that line too, as staff removing the page would (the build says where).
        foreach (var file in Directory.EnumerateFiles(Site.PathOf("input"), "*.md", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            var kept = lines.Where(l => !l.Contains($"{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}.md", StringComparison.Ordinal)).ToArray();
            if (kept.Length != lines.Length) File.WriteAllLines(file, kept);
        }
        var pages = Build();
        Assert.NotEmpty(pages);
        Assert.DoesNotContain(pages, p => p.Page.QuerySelector($"a[href*='/{MinatoSite.Rendering.Pages.MarkdownPage.HowToReadSlug}/']") is not null);
    }
}
