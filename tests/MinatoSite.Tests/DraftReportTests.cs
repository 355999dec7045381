using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// A report being written (<c>draft: true</c>) is shown by the preview and a pull request's build, not by the
/// published site; what it still lacks is a warning until it is published, then an error. The draft is an invented
/// report kept in <c>Fixtures/reports/</c>, copied beside the real one: it is never published.
/// </summary>
public sealed class DraftReportTests : ScratchSiteTests
{
    private const string Draft = "2022-midterm";
    private const string Unwritten = $"input/{Draft}/2-1/2-1-2.md";

    public DraftReportTests()
    {
        var fixture = Repository.Fixture($"reports/{Draft}");
        SiteCopy.CopyDirectory(Path.Combine(fixture, "data"), Site.PathOf($"data/reports/{Draft}"));
        SiteCopy.CopyDirectory(Path.Combine(fixture, "input"), Site.PathOf($"input/{Draft}"));
        // Only the draft beside the real report: the published year-end evaluation would change the published site.
    }

    [Fact]
    public void What_a_draft_still_lacks_is_a_warning_at_its_line_in_both_languages()
    {
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Check(Site.Root, errors) is not null, string.Join("\n", errors.Sorted()));
        Assert.Empty(errors.Sorted());
        var lacks = errors.Warnings().Where(w => w.File == Unwritten).ToList();
        // The placeholders new wrote and the two status codes not chosen yet.
        Assert.Equal(4, lacks.Count);
        Assert.Equal([7, 9, 11, 12], lacks.Select(w => w.Line).Order());
        Assert.All(lacks, w => Assert.Contains("下書きの報告なので、今は警告です", w.Text.In(MessageCatalogue.Japanese)));
        Assert.All(lacks, w => Assert.Contains("the report is a draft", w.Text.In(MessageCatalogue.English)));
    }

    [Fact]
    public void Once_published_what_it_lacks_is_an_error()
    {
        Site.Replace($"data/reports/{Draft}/report.yml", "draft: true", "draft: false");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Equal([7, 9, 11, 12], errors.Sorted().Where(e => e.File == Unwritten).Select(e => e.Line).Order());
        Assert.DoesNotContain(errors.Sorted(), e => e.Message.Contains("the report is a draft", StringComparison.Ordinal));
    }

    [Fact]
    public void The_published_site_is_the_same_with_a_draft_beside_it()
    {
        using var without = new SiteCopy();
        var published = Build(without.Root, drafts: false);
        var withDraft = Build(Site.Root, drafts: false);
        Assert.Equal(published.Keys.Order(StringComparer.Ordinal), withDraft.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in published) Assert.True(bytes.SequenceEqual(withDraft[path]), $"{path} differs with a draft beside the report");
        Assert.DoesNotContain(withDraft.Values, b => System.Text.Encoding.UTF8.GetString(b).Contains("テスト用", StringComparison.Ordinal));
    }

    [Fact]
    public void With_drafts_the_draft_is_shown_without_what_it_lacks()
    {
        var site = Build(Site.Root, drafts: true);
        var overview = System.Text.Encoding.UTF8.GetString(site["index.html"]);
        Assert.Contains("（テスト用の架空の報告）令和4年度", overview);
        var strategy = System.Text.Encoding.UTF8.GetString(site["2022/midterm/strategies/2-1/index.html"]);
        Assert.Contains("id=\"initiative-2-1-1\"", strategy);
        Assert.DoesNotContain("id=\"initiative-2-1-2\"", strategy);
    }

    [Fact]
    public void A_site_of_drafts_alone_publishes_nothing_and_says_why()
    {
        Site.Replace("data/reports/2021-midterm/report.yml", "stage: midterm", "stage: midterm\ndraft: true");
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal("data/reports", error.File);
        Assert.Contains("--drafts", error.Text.In(MessageCatalogue.Japanese));
        Assert.False(Directory.Exists(Output["_site"]));
    }

    private Dictionary<string, byte[]> Build(string root, bool drafts)
    {
        var output = Output[$"{Guid.NewGuid():N}/_site"];
        var errors = new ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(root, output) { Drafts = drafts }, errors) is not null, string.Join("\n", errors.Sorted()));
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);
    }
}
