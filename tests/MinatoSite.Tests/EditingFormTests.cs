using System.Text.Json.Nodes;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;
using MinatoSite.Rendering.Form;
using MinatoSite.Tests.Support;
using NJsonSchema;

namespace MinatoSite.Tests;

/// <summary>
/// The editing form at <c>/admin/</c> as the build publishes it: its configuration is valid for Sveltia CMS and says
/// what <c>data/</c> and the message catalogue say, and the rest of the site neither links to it nor grows by it.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EditingFormTests(BuiltSite site)
{
    private JsonObject Config => YamlJson.Convert(site.Text(EditingForm.Config))!.AsObject();

    /// <summary>Every report of the repository, drafts included, as the loader reads them.</summary>
    private static SiteModel Repository()
    {
        var errors = new ErrorList();
        return SiteLoader.Load(Support.Repository.Root, errors) ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
    }

    /// <summary>A file of the pinned Sveltia CMS package, which the tests read its schema and its words from.</summary>
    internal static string CmsFile(string relative)
    {
        var path = Path.Combine(Support.Repository.Root, "node_modules", "@sveltia", "cms", relative);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Sveltia CMS is not installed ({path} is missing): run 'npm ci' in the repository (bash scripts/test.sh does it).");
        return path;
    }

    [Fact]
    public async Task The_configuration_is_valid_for_the_pinned_sveltia_cms()
    {
        var schema = await JsonSchema.FromFileAsync(CmsFile("schema/sveltia-cms.json"));
        var errors = schema.Validate(Config.ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Each_report_is_a_collection_of_its_initiative_files_with_its_strategies_and_codes()
    {
        var model = Repository();
        var labels = model.Catalogues[model.SourceLanguage.Code];
        var collections = Config["collections"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(model.Reports.Select(r => r.Id).Order(), collections.Select(c => (string)c["name"]!).Order());
        foreach (var report in model.Reports)
        {
            var collection = collections.Single(c => (string)c["name"]! == report.Id);
            var fields = Fields(collection);
            // Where the form reads and writes an initiative is where the loader looks for it.
            foreach (var initiative in report.Initiatives)
                Assert.Equal(initiative.SourcePath, $"{collection["folder"]}/{initiative.Strategy.Id}/{initiative.Id}.{collection["extension"]}");
            Assert.Equal("{{strategy}}/{{slug}}", (string)collection["path"]!);
            Assert.Equal("{{id}}", (string)collection["slug"]!);
            Assert.Equal(report.Strategies.Select(s => s.Id), Options(fields["strategy"]).Select(o => o.Value));
            Assert.Equal(model.Units, fields["targets"]["fields"]!.AsArray().Single(f => (string)f!["name"]! == "threshold")!["fields"]!.AsArray()
                .Single(f => (string)f!["name"]! == "unit")!["options"]!.AsArray().Select(o => (string)o!));
            var axes = model.Stages[report.Report.Stage];
            if (axes.Count == 0)
            {
                Assert.False(fields.ContainsKey("status"));
                continue;
            }
            var status = fields["status"]["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
            Assert.Equal(axes.Select(a => a.Id), status.Select(f => (string)f["name"]!));
            foreach (var axis in axes)
            {
                var field = status.Single(f => (string)f["name"]! == axis.Id);
                Assert.Equal(labels[axis.LabelKey], (string)field["label"]!);
                // The Japanese label is shown, the code is stored: 取組予定通り進捗していない → behind-schedule.
                Assert.Equal(axis.Codes.Select(c => (labels[c.LabelKey], c.Code)), Options(field).Select(o => (o.Label, o.Value)));
            }
        }
    }

    [Fact]
    public void Only_texts_translate_and_every_field_is_explained_in_the_message_catalogue()
    {
        var model = Repository();
        var words = FormConfig.Words(model);
        var collection = Config["collections"]![0]!.AsObject();
        Assert.Equal(model.SourceLanguage.Code, (string)Config["i18n"]!["default_locale"]!);
        Assert.Equal(model.Languages.Select(l => l.Code), Config["i18n"]!["locales"]!.AsArray().Select(l => (string)l!));
        Assert.True((bool)Config["i18n"]!["omit_default_locale_from_file_path"]!);
        // Every save is a pull request, which the form cannot merge; staff sign in with a token, no server needed.
        Assert.Equal("editorial_workflow", (string)Config["publish_mode"]!);
        // The form's file library writes where the build reads nothing: it can neither replace nor delete a file of the site.
        var uploads = (string)Config["media_folder"]!;
        Assert.DoesNotContain(uploads.Split('/')[0], new[] { SourcePath.InputFolder, SourcePath.DataFolder, SourcePath.ThemeFolder });
        Assert.False(Directory.Exists(Path.Combine(Support.Repository.Root, uploads)), $"{uploads} holds files, which the site would not publish");
        Assert.All(Config["collections"]!.AsArray(), c => Assert.False((bool)c!["publish"]!));
        Assert.Equal(["token"], Config["backend"]!["auth_methods"]!.AsArray().Select(m => (string)m!));
        foreach (var field in AllFields(collection["fields"]!.AsArray()))
        {
            var name = (string)field["name"]!;
            if (field["hint"] is { } hint)
            {
                Assert.Equal(words.Form[$"help.{name}"], (string)hint!);
                Assert.Equal(words.Form[$"labels.{name}"], (string)field["label"]!);
            }
            var translates = field["i18n"] is { } i18n && (bool)i18n;
            var text = Vocabulary.TranslatableFields.Contains(name) || name is "text" or "body";
            Assert.True(text == translates, $"{name}: translates {translates}");
        }
        // The front matter's fields, in the order the form writes them, are those the loader allows.
        Assert.Equal(Vocabulary.InitiativeFields.Order(), Fields(collection).Keys.Where(k => k != "body").Order());
        Assert.Equal(MessageCatalogue.Japanese.Form.Keys.Order(), MessageCatalogue.English.Form.Keys.Order());
    }

    [Fact]
    public void The_form_is_kept_out_of_the_sitemap_search_and_robots()
    {
        var page = site.Page(EditingForm.Page);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        Assert.Contains(site.ContentPages, p => site.Page(p).QuerySelector("[data-pagefind-body]") is not null);
        Assert.DoesNotContain("/admin/", site.Text(Addresses.Sitemap));
        Assert.Contains("\nDisallow: /admin/\n", site.Text(Addresses.Robots));
        Assert.Equal(site.Model.SourceLanguage.HtmlLang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void No_other_page_links_to_the_form_or_loads_its_program()
    {
        foreach (var path in site.Pages)
        {
            var document = site.Page(path);
            var references = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            Assert.DoesNotContain(references, r => r.Contains("/admin/", StringComparison.Ordinal));
        }
        // The form's page loads its program and nothing of the site's but the icon.
        var form = site.Page(EditingForm.Page);
        Assert.Equal(["/admin/cms/cms.js"], form.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Empty(form.QuerySelectorAll("link[rel=stylesheet]"));
    }

    [Fact]
    public void Without_the_form_every_other_file_is_the_same()
    {
        using var output = new TempFolder();
        var errors = new ErrorList();
        var built = SiteBuilder.Build(new BuildOptions(Support.Repository.Root, output["_site"]) { Search = true }, errors);
        Assert.True(built is not null, string.Join("\n", errors.Sorted()));
        var with = Folders.Files(site.Output).ToHashSet();
        var without = Folders.Files(output["_site"]).ToHashSet();
        Assert.Empty(without.Except(with));
        Assert.All(with.Except(without), f => Assert.StartsWith(Addresses.Form, f));
        foreach (var file in without)
            Assert.True(site.Bytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output["_site"], file))), $"{file} differs with the form");
    }

    private static Dictionary<string, JsonObject> Fields(JsonObject collection) =>
        collection["fields"]!.AsArray().Select(f => f!.AsObject()).ToDictionary(f => (string)f["name"]!);

    private static IEnumerable<JsonObject> AllFields(JsonArray fields)
    {
        foreach (var field in fields.Select(f => f!.AsObject()))
        {
            yield return field;
            if (field["fields"] is JsonArray inner)
                foreach (var nested in AllFields(inner)) yield return nested;
        }
    }

    private static IEnumerable<(string Label, string Value)> Options(JsonObject field) =>
        field["options"]!.AsArray().Select(o => ((string)o!["label"]!, (string)o["value"]!));
}
