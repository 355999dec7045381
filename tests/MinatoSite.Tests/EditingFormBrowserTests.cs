using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MinatoSite.Diagnostics;
using MinatoSite.Model;
using MinatoSite.Planning;
using MinatoSite.Rendering.Form;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// The editing form at <c>/admin/</c> in Chromium, working on a copy of the repository through Sveltia CMS's own
/// local mode ("ローカルリポジトリで作業"), which reads and writes a folder through the browser's File System Access
/// API. The folder is the browser's private file system, filled with a copy of the repository's files, because a
/// headless browser has no dialog to pick a folder of the disk with; what the form writes there is copied back to
/// the copy on disk, which <c>check</c> and <c>build</c> then read as they read a pull request.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditingFormBrowserTests(BrowserSite browser)
{
    // The CMS's own words in Japanese, from the locale file of the pinned package: its interface is its own.
    private static readonly JsonObject Ui = JsonNode.Parse(File.ReadAllText(EditingFormTests.CmsFile("locales/ja.json")))!.AsObject();

    private static string Word(string key) => (string)Ui[key]!;

    private static MessageCatalogue Words => MessageCatalogue.Japanese;

    /// <summary>A field of the form by its label (the CMS names each "「label」フィールド", with isolation marks).</summary>
    /// <summary>
    /// Does <paramref name="act"/>, then again every 3 s, until <paramref name="done"/> holds; fails with
    /// <paramref name="failure"/> after 15 s. The form redraws a block it is still setting up, losing what was done
    /// to it meanwhile.
    /// </summary>
    private static async Task Until(Func<Task<bool>> done, Func<Task> act, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var acted = TimeSpan.MinValue;
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), failure);
            if (acted == TimeSpan.MinValue || waited.Elapsed - acted > TimeSpan.FromSeconds(3))
            {
                await act();
                acted = waited.Elapsed;
            }
            await Task.Delay(100);
        }
    }

    private static ILocator FieldGroup(IPage page, string label) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"「.?{Regex.Escape(label)}.?」") });

    private sealed record Session(IPage Page, List<string> Problems, List<string> Foreign) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
    }

    /// <summary>
    /// The form in a browser that asks for English, signed in to the local mode on the files of <paramref name="root"/>
    /// (<c>input/</c> and <c>data/</c>). Console errors, uncaught exceptions and requests to other hosts are recorded.
    /// </summary>
    private async Task<Session> SignIn(string root, int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-US",
        });
        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == browser.Address.Host && url.Port == browser.Address.Port) await route.ContinueAsync();
            // The CMS shows GitHub's incidents on its sign-in page: answered here as a quiet day, not fetched.
            else if (url.Host == "www.githubstatus.com") await route.FulfillAsync(new() { ContentType = "application/json", Body = """{"status":{"indicator":"none"}}""" });
            else
            {
                lock (foreign) foreign.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await context.AddInitScriptAsync("window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (problems) problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => { lock (problems) problems.Add($"uncaught: {error}"); };

        // The files go into the browser's file system from a page of the same site, before the form opens.
        await page.GotoAsync(browser.Url(Addresses.Robots));
        var files = new[] { "input", "data" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Select(f => new[] { Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f) }).ToArray();
        await page.EvaluateAsync("""
            async files => {
              const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
              await root.getDirectoryHandle('.git', { create: true });
              for (const [path, text] of files) {
                const parts = path.split('/');
                let folder = root;
                for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name, { create: true });
                const writable = await (await folder.getFileHandle(parts.at(-1), { create: true })).createWritable();
                await writable.write(text);
                await writable.close();
              }
            }
            """, files);
        await page.GotoAsync(browser.Url(Addresses.Form));
        // The browser asks for English: the button is found by the CMS's Japanese words, so the form speaks Japanese.
        await page.GetByRole(AriaRole.Button, new() { Name = Word("work_with_local_repo") }).ClickAsync();
        // Signed in, the form shows its first collection.
        await page.WaitForURLAsync(new Regex("#/collections"));
        return new Session(page, problems, foreign);
    }

    /// <summary>The text files under <c>input/</c> of the form's folder, by path.</summary>
    private static async Task<Dictionary<string, string>> Files(IPage page) =>
        (await page.EvaluateAsync<Dictionary<string, string>>("""
            async () => {
              const files = {};
              async function walk(folder, path) {
                for await (const [name, handle] of folder.entries()) {
                  if (handle.kind === 'directory') await walk(handle, `${path}${name}/`);
                  else files[`${path}${name}`] = await (await handle.getFile()).text();
                }
              }
              const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
              await walk(await root.getDirectoryHandle('input'), 'input/');
              return files;
            }
            """))!;

    /// <summary>Saves the entry and waits until the form has written <paramref name="path"/> anew.</summary>
    private static async Task<Dictionary<string, string>> Save(IPage page, string path, string? before)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = Word("save"), Exact = true }).ClickAsync();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var files = await Files(page);
            if (files.TryGetValue(path, out var text) && text != before) return files;
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                var picture = Path.Combine(BrowserSite.ScreenshotFolder, "editing-form-not-saved.png");
                await page.ScreenshotAsync(new() { Path = picture, FullPage = true });
                Assert.Fail($"the form did not write {path} within 20 seconds of saving; the form as it was: {picture}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The file as the form writes it after the <paramref name="changes"/> (see <c>Support/form-format.mjs</c>).</summary>
    private static string FormFormat(string file, object[][] changes)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "MinatoSite.Tests", "Support", "form-format.mjs"));
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(JsonSerializer.Serialize(changes));
        var (exit, output) = Programs.Run(start, TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"node form-format.mjs failed (is Node.js installed, and the yaml package with 'npm ci'?): {output}");
        return output;
    }

    [Fact]
    public async Task The_form_opens_in_japanese_and_lists_every_initiative_of_every_report()
    {
        await using var session = await SignIn(Repository.Root);
        var page = session.Page;
        // Every report of the repository, drafts included: staff carry a draft to publication in the form too.
        var errors = new ErrorList();
        var all = Loading.SiteLoader.Load(Repository.Root, errors) ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
        Assert.Contains(Words.Form["title"], await page.TitleAsync());
        foreach (var report in all.Reports)
        {
            var name = all.Catalogues[all.SourceLanguage.Code].ReportName(report.Report);
            await page.GotoAsync(browser.Url(Addresses.Form) + $"#/collections/{report.Id}");
            // The collection names the report and counts the files it read: every initiative, none refused.
            var collection = page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true });
            await Microsoft.Playwright.Assertions.Expect(collection).ToHaveTextAsync(new Regex($"{Regex.Escape(name)}.*\\b{report.Initiatives.Count()}\\s*$"));
            // The list shows each by its number and title; the first screen shows the first ones.
            foreach (var initiative in report.Initiatives.Take(5))
                await Microsoft.Playwright.Assertions.Expect(page.GetByText($"{initiative.Id} {initiative.Title.Source}", new() { Exact = true })).ToBeVisibleAsync();
        }
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
        Assert.Empty(session.Foreign);
    }

    [Fact]
    public async Task Changing_the_progress_and_adding_an_achievement_changes_exactly_those_lines()
    {
        using var copy = new SiteCopy();
        var initiative = Transcribed.Of(browser.Site.Model).Initiatives.First(i => i.Id == "1-1-1");
        var axis = Transcribed.Of(browser.Site.Model).Axes.First(a => a.Id == "progress");
        var labels = browser.Site.Model.Catalogues[browser.Site.Model.SourceLanguage.Code];
        var before = initiative.Status!.Codes.Single(c => c.Axis == axis.Id);
        var after = axis.Codes.First(c => c != before);
        const string achievement = "地域の見守り活動の説明会：3回";
        var path = initiative.SourcePath;
        var translation = SourcePath.TranslationFile(path, browser.Site.Model.Languages.First(l => !l.IsSource));

        await using var session = await SignIn(copy.Root);
        var page = session.Page;
        var unchanged = await Files(page);
        await page.GotoAsync(browser.Url(Addresses.Form) + $"#/collections/{Transcribed.Id}");
        await page.GetByText($"{initiative.Id} {initiative.Title.Source}", new() { Exact = true }).ClickAsync();
        var status = FieldGroup(page, Words.Form["labels.status"]);
        await status.ScrollIntoViewIfNeededAsync();
        await status.GetByRole(AriaRole.Radio, new() { Name = labels[after.LabelKey], Exact = true }).CheckAsync();
        var achievements = FieldGroup(page, Words.Form["labels.achievements"]);
        await achievements.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(Regex.Escape(Word("add_x").Replace("{$name}", "\u2068" + Words.Form["labels.achievements"] + "\u2069"))) }).ClickAsync();
        await achievements.GetByRole(AriaRole.Textbox).Last.FillAsync(achievement);
        var saved = await Save(page, path, unchanged[path]);

        // The Japanese file has exactly the two changes, in the project's format; its translation and every other file
        // are as they were, read through the same format.
        Assert.Equal(FormFormat(copy.PathOf(path), [["set", new[] { "status", axis.Id }, after.Code], ["push", new[] { "achievements" }, achievement]]), saved[path]);
        Assert.Equal(FormFormat(copy.PathOf(translation), []), saved[translation]);
        foreach (var (file, text) in unchanged.Where(f => f.Key != path && f.Key != translation))
            Assert.True(saved[file] == text, $"{file} was rewritten");
        Assert.Equal(unchanged.Keys.Order(), saved.Keys.Order());
        // Where the copy was in the form's format already (as the repository is kept), only the edited lines differ.
        var lines = copy.Read(path).Split('\n');
        if (FormFormat(copy.PathOf(path), []) == copy.Read(path))
        {
            // In the order of the front matter: the achievements, then the status.
            Assert.Equal([$"  - {achievement}", $"  {axis.Id}: {after.Code}"], saved[path].Split('\n').Except(lines));
            Assert.Equal([$"  {axis.Id}: {before.Code}"], lines.Except(saved[path].Split('\n')));
        }
        copy.Write(path, saved[path]);
        copy.Write(translation, saved[translation]);

        var errors = new ErrorList();
        Assert.True(SiteBuilder.Check(copy.Root, errors) is not null && !errors.HasErrors, string.Join("\n", errors.Sorted()));
        using var output = new TempFolder();
        Assert.NotNull(SiteBuilder.Build(new BuildOptions(copy.Root, output["_site"]), errors));
        var strategy = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output["_site"], Addresses.FileOf(Addresses.Of(initiative.Strategy), browser.Site.Model.SourceLanguage))));
        var section = strategy.GetElementById(initiative.Anchor)!;
        Assert.Contains(labels[after.LabelKey], section.QuerySelectorAll(".initiative__status .status").Select(BuiltSite.StatusLabel));
        Assert.Contains(achievement, section.TextContent);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
        Assert.Empty(session.Foreign);
    }

    [Fact]
    public async Task A_new_initiative_made_in_the_form_passes_check_once_its_status_is_chosen()
    {
        using var copy = new SiteCopy();
        var report = Transcribed.Of(browser.Site.Model);
        var labels = browser.Site.Model.Catalogues[browser.Site.Model.SourceLanguage.Code];
        var strategy = report.Strategies.First(s => s.Challenge.Number is not null);
        var number = strategy.Initiatives.Max(i => i.Number) + 1;
        var id = $"{strategy.Id}-{number}";
        var path = SourcePath.InitiativeFile(report.Id, strategy.Id, id);

        await using var session = await SignIn(copy.Root);
        var page = session.Page;
        await page.GotoAsync(browser.Url(Addresses.Form) + $"#/collections/{report.Id}/new");
        await FieldGroup(page, Words.Form["labels.id"]).GetByRole(AriaRole.Textbox).FillAsync(id);
        var choice = FieldGroup(page, Words.Form["labels.strategy"]).GetByRole(AriaRole.Combobox);
        await choice.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"{strategy.Id} {strategy.Title.Source}", Exact = true }).ClickAsync();
        await FieldGroup(page, Words.Form["labels.number"]).GetByRole(AriaRole.Spinbutton).FillAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FieldGroup(page, Words.Form["labels.title"]).GetByRole(AriaRole.Textbox).FillAsync("地域の見守り活動の充実");
        var saved = await Save(page, path, null);

        // Without a status check refuses the file at its place, saying which codes to choose.
        copy.Write(path, saved[path]);
        var errors = new ErrorList();
        SiteBuilder.Check(copy.Root, errors);
        Assert.Contains(errors.Sorted(), e => e.File == path && !e.IsWarning);

        // Saving closed the editor: the entry is opened again from the list, as staff would.
        await page.GotoAsync(browser.Url(Addresses.Form) + $"#/collections/{report.Id}");
        await page.GetByText($"{id} 地域の見守り活動の充実", new() { Exact = true }).ClickAsync();
        // The editor is ready once it shows the saved entry; a box ticked before that is drawn again unticked.
        await Microsoft.Playwright.Assertions.Expect(FieldGroup(page, Words.Form["labels.title"]).GetByRole(AriaRole.Textbox)).ToHaveValueAsync("地域の見守り活動の充実");
        var status = FieldGroup(page, Words.Form["labels.status"]);
        await status.ScrollIntoViewIfNeededAsync();
        var firstAxis = FieldGroup(page, labels[report.Axes[0].LabelKey]);
        await Until(() => firstAxis.IsVisibleAsync(), () => status.GetByRole(AriaRole.Checkbox).CheckAsync(), "ticking the status box did not show its axes");
        // A choice made while the new status block is still being set up can be shown ticked and not kept: each is
        // confirmed in the form's preview of the entry, and made again (through another code) when it was lost.
        var preview = page.GetByLabel(Word("content_preview"));
        foreach (var axis in report.Axes)
        {
            var group = FieldGroup(page, labels[axis.LabelKey]);
            var wanted = labels[axis.Codes[0].LabelKey];
            var tried = false;
            await Until(async () => (await preview.TextContentAsync() ?? "").Contains(wanted, StringComparison.Ordinal), async () =>
            {
                if (tried) await group.GetByRole(AriaRole.Radio, new() { Name = labels[axis.Codes[1].LabelKey], Exact = true }).CheckAsync();
                await group.GetByRole(AriaRole.Radio, new() { Name = wanted, Exact = true }).CheckAsync();
                tried = true;
            }, $"choosing '{wanted}' did not show in the entry's preview");
        }
        saved = await Save(page, path, saved[path]);
        copy.Write(path, saved[path]);
        errors = new ErrorList();
        var model = SiteBuilder.Check(copy.Root, errors);
        Assert.True(model is not null && !errors.HasErrors, string.Join("\n", errors.Sorted()));
        var made = model!.Initiatives.Single(i => i.SourcePath == path);
        Assert.Equal(report.Axes.Select(a => a.Codes[0].Code), made.Status!.Codes.Select(c => c.Code));
        Assert.Equal(FormFormat(copy.PathOf(path), []), saved[path]);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Axe_finds_nothing_the_configuration_could_fix(int width)
    {
        await using var session = await SignIn(Repository.Root, width);
        var page = session.Page;
        var initiative = Transcribed.Of(browser.Site.Model).Initiatives.First();
        var options = new AxeRunOptions { RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa") };
        var found = new List<string>();
        foreach (var view in new[] { $"#/collections/{Transcribed.Id}", $"#/collections/{Transcribed.Id}/entries/{initiative.Id}" })
        {
            await page.GotoAsync(browser.Url(Addresses.Form) + view);
            await page.WaitForTimeoutAsync(1000);
            var result = await page.RunAxe(options);
            Assert.NotEmpty(result.Passes);
            found.AddRange(result.Violations.Select(v => $"{view} at {width} px: {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }
        Console.WriteLine(string.Join("\n", found));
        // What the configuration gives the page: its language, its title, and the name of every field.
        Assert.DoesNotContain(found, f => Regex.IsMatch(f, @": (html-has-lang|html-lang-valid|document-title|label|select-name|aria-input-field-name) "));
    }
}
