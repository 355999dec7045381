using System.Text.Encodings.Web;
using System.Text.Json;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Pages;

/// <summary>The search page of each language, which loads the Pagefind index the build writes beside the site.</summary>
public sealed class SearchPage : HtmlPageType
{
    public override string Name => "search page";

    public override IEnumerable<PlannedFile> Plan(SiteModel model) =>
        model.Languages.Select(language => Page(model, null, language, Addresses.Search, new Reads(new HashSet<string>(), Everything: true, SiteDate: true), "the site's search page"));

    protected override PageContent Content(PlannedFile file, SiteRenderer site, ViewBuilder view)
    {
        var title = view.Catalogue["search.title"];
        return new PageContent("search", title, [new LinkView(title, site.Urls.Page(file.Language!, file.Address))], page => new SearchLayout
        {
            Page = page,
            BundleUrl = site.Urls.BasePath + Addresses.SearchIndex,
            BasePath = site.Urls.BasePath,
            Reports = view.Reports,
            Badges = Badges(site, file.Language!),
            StatusesJson = Statuses(site, file.Language!),
        })
        { Searchable = false };
    }

    private static List<StatusView> Badges(SiteRenderer site, Language language) =>
        site.Model.Reports.SelectMany(r => site.Views(r, language).Initiatives.SelectMany(i => i.Statuses))
            .DistinctBy(s => (s.Axis, s.Code)).ToList();

    private static string Statuses(SiteRenderer site, Language language)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            foreach (var initiative in site.Model.Reports.SelectMany(r => site.Views(r, language).Initiatives).Where(i => i.Statuses.Count > 0).DistinctBy(i => i.Url))
            {
                json.WriteStartArray(initiative.Url);
                foreach (var status in initiative.Statuses) json.WriteStringValue($"{status.Axis}:{status.Code}");
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(memory.ToArray());
    }
}
