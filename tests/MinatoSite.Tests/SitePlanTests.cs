using AngleSharp.Html.Parser;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Output;
using MinatoSite.Planning;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>The site plan is the one list of what the site publishes, and what is derived from it agrees with the built site.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SitePlanTests(BuiltSite site)
{
    private static SitePlan Plan(string root)
    {
        var errors = new ErrorList();
        return SiteBuilder.Plan(new BuildOptions(root, Path.Combine(root, "_site")) { Form = true }, errors) ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
    }

    [Fact]
    public void The_build_writes_exactly_the_planned_files()
    {
        var plan = Plan(Repository.Root);
        var written = Folders.Files(site.Output).Where(f => f != SiteWriter.Marker && !f.StartsWith(Addresses.SearchIndex, StringComparison.Ordinal));
        Assert.Equal(plan.Files.Select(f => f.Path).Order(StringComparer.Ordinal), written);
    }

    [Fact]
    public void Each_page_names_its_other_languages_as_the_plan_has_them()
    {
        var plan = Plan(Repository.Root);
        var parser = new HtmlParser();
        foreach (var file in plan.Files.Where(f => f.Format.IsPage))
        {
            var document = parser.ParseDocument(site.Text(file.Path));
            var hreflangs = document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!).ToList();
            var expected = plan.Alternates(file).Select(a => a.Language!.HtmlLang).ToList();
            if (expected.Count > 0) expected.Add("x-default");
            Assert.Equal(expected, hreflangs);
        }
    }

    [Fact]
    public void The_sitemap_lists_the_listed_pages_of_the_plan()
    {
        var plan = Plan(Repository.Root);
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Text(Addresses.Sitemap));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).Order(StringComparer.Ordinal).ToList();
        var expected = plan.ListedPages.Select(p => "/" + p.Path[..^"index.html".Length]).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
        Assert.DoesNotContain("/404.html", listed);
    }

    [Fact]
    public void Pages_are_html_and_assets_are_served_as_their_extension_says()
    {
        var plan = Plan(Repository.Root);
        foreach (var file in plan.Files)
        {
            Assert.Equal(file.Path.EndsWith(".html", StringComparison.Ordinal), file.Format.IsPage);
            if (file.Path.StartsWith(Addresses.Assets, StringComparison.Ordinal)) Assert.Equal(OutputFormat.ForAsset(file.Path), file.Format);
        }
        Assert.Equal("text/css; charset=utf-8", plan["assets/site.css"]!.Format.MediaType);
    }

    /// <summary>A page type that plans a file where another already goes.</summary>
    private sealed class Clashing : IFileType
    {
        public string Name => "clashing page";

        public IEnumerable<PlannedFile> Plan(SiteModel model) =>
            [new PlannedFile(Addresses.FileOf(Addresses.Search, model.SourceLanguage), Addresses.Search, model.SourceLanguage, OutputFormat.Html, Reads.Nothing, "a test's page type", this)];
    }

    [Fact]
    public void Two_files_with_one_path_are_an_error_naming_both()
    {
        var model = SiteBuilder.Check(Repository.Root, new ErrorList())!;
        var errors = new ErrorList();
        Assert.Null(SitePlan.Make(model, [new MinatoSite.Rendering.Pages.SearchPage(), new Clashing()], [], errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal("a test's page type", error.File);
        Assert.Contains("search/index.html would be written twice", error.Message);
        Assert.Contains("the site's search page (search page)", error.Message);
        Assert.Contains("a test's page type (clashing page)", error.Message);
    }
}

/// <summary>Names a page of input/ may not take, because the plan or another step of the site uses them.</summary>
public sealed class ReservedNameTests : IDisposable
{
    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("input/pagefind.md")]
    [InlineData("input/404.md")]
    [InlineData("input/sitemap.md")]
    [InlineData("input/assets.md")]
    [InlineData("input/challenges.md")]
    [InlineData("input/data.md")]
    public void A_page_may_not_take_a_name_the_site_publishes_or_serves(string path)
    {
        _site.Write(path, "---\ntitle: x\n---\ntext\n");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(_site.Root, errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal(path, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("which the site uses itself", error.Message);
    }

    [Fact]
    public void A_new_page_with_a_free_name_is_published_in_every_language()
    {
        _site.Write("input/contact.md", "---\ntitle: お問い合わせ\n---\n港区役所\n");
        var plan = SiteBuilder.Plan(new BuildOptions(_site.Root, Path.Combine(_site.Root, "_site")), new ErrorList())!;
        Assert.NotNull(plan["contact/index.html"]);
        Assert.NotNull(plan["en/contact/index.html"]);
    }
}
