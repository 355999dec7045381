using System.Diagnostics;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using MinatoSite.Model;
using MinatoSite.Planning;
using MinatoSite.Rendering.Data;
using MinatoSite.Tests.Support;
using NJsonSchema;

namespace MinatoSite.Tests;

/// <summary>
/// The open data by Japan's conventions, on the built site: tidy CSVs whose every row says whose report it is, the
/// files valid against the schemas the site publishes beside them, the DCAT catalogue and the Atom feeds.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class OpenDataTests(BuiltSite site)
{
    private SiteModel Model => site.Model;

    private IEnumerable<(PlannedFile File, OpenDataFile Data)> Distributions()
    {
        var errors = new Diagnostics.ErrorList();
        var plan = SiteBuilder.Plan(new BuildOptions(Repository.Root, site.Output), errors);
        Assert.True(plan is not null, string.Join("\n", errors.Sorted()));
        return OpenData.Distributions(plan!).ToList();
    }

    /// <summary>A CSV read as strictly as a reader can: a BOM, CRLF records, every record as wide as the header, no bad quoting.</summary>
    private static (string[] Header, List<string[]> Rows) StrictCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            DetectColumnCountChanges = true,
            BadDataFound = args => throw new InvalidDataException($"bad data at row {args.Context.Parser?.Row}: {args.RawRecord}"),
        };
        using var reader = new CsvReader(new StringReader(text), configuration);
        Assert.True(reader.Read());
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, header.Length).Select(i => reader.GetField(i)!).ToArray());
        // Outside quoted cells, every line break is a record's CRLF.
        Assert.DoesNotMatch(@"(?<!\r)\n(?=(?:[^""]*""[^""]*"")*[^""]*$)", text);
        return (header, rows);
    }

    [Fact]
    public void Every_csv_is_tidy_and_every_row_says_whose_report_it_is()
    {
        var checkedRows = 0;
        foreach (var (file, data) in Distributions().Where(d => d.Data.Table is not null))
        {
            var table = data.Table!;
            var (header, rows) = StrictCsv(site.Bytes(file.Path));
            Assert.Equal(OpenDataCsv.Headers(table, file.Language!, Model), header);
            var columns = table.Columns(Model);
            Assert.Equal(data.Set.Reports.Sum(r => ExpectedRows(table, Model.Report(r.Id)!)), rows.Count);
            foreach (var row in rows)
            {
                Assert.Equal(Model.Settings.Municipality.Code, row[0]);
                Assert.Equal(Model.Settings.Municipality.Name, row[1]);
                var report = Model.Report(row[2])!;
                Assert.Contains(report.Id, data.Set.Reports.Select(r => r.Id));
                Assert.Equal((report.Report.FiscalYear.ToString(CultureInfo.InvariantCulture), report.Report.Stage), (row[3], row[4]));
                for (var i = 0; i < row.Length; i++)
                {
                    // One datum per cell: a line break only inside a narrative, which is Markdown.
                    if (!columns[i].MultiLine) Assert.DoesNotContain('\n', row[i]);
                    Assert.DoesNotContain('\r', row[i]);
                    Assert.Equal(row[i].Trim(), row[i]);
                }
                checkedRows++;
            }
        }
        Assert.True(checkedRows > 0);
    }

    /// <summary>How many rows a table has for a report, from the model: an item per row.</summary>
    private static int ExpectedRows(DataTable table, ReportContent report) => table.Name switch
    {
        "challenges" => report.Challenges.Count,
        "strategies" => report.Strategies.Count(),
        "initiatives" => report.Initiatives.Count(),
        "achievements" => report.Initiatives.Sum(i => i.Achievements.Count),
        "targets" => report.Initiatives.Sum(i => i.Targets.Count),
        "narratives" => report.Initiatives.Count(i => !i.Narrative.IsEmpty),
        _ => throw new Xunit.Sdk.XunitException($"no expectation for the table {table.Name}"),
    };

    /// <summary>A text as the CSV holds it: one that a spreadsheet would take for a formula starts with a quote.</summary>
    internal static string InCsv(string text) => text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text;

    [Fact]
    public void The_tables_hold_the_values_of_the_model()
    {
        foreach (var language in Model.Languages)
        foreach (var report in Model.Reports)
        {
            string[][] Rows(DataTable table) => StrictCsv(site.Bytes(language.Prefix + Addresses.DataOf(report.Report) + table.Name + ".csv")).Rows.ToArray();
            var initiatives = Rows(DataTables.Initiatives);
            Assert.Equal(report.Initiatives.Select(i => i.Id), initiatives.Select(r => r[5]));
            Assert.Equal(report.Initiatives.Select(i => InCsv(i.Title.In(language))), initiatives.Select(r => r[9]));
            var note = DataTables.Initiatives.Columns(Model).Select(c => c.Name).ToList().IndexOf("targets_note");
            Assert.Equal(report.Initiatives.Select(i => i.TargetsNote is null ? "" : InCsv(i.TargetsNote.In(language))), initiatives.Select(r => r[note]));
            var achievements = Rows(DataTables.Achievements);
            Assert.Equal(report.Initiatives.SelectMany(i => i.Achievements.Select((a, n) => (i.Id, n + 1, InCsv(a.In(language))))),
                achievements.Select(r => (r[5], int.Parse(r[6], CultureInfo.InvariantCulture), r[7])));
            var targets = Rows(DataTables.Targets);
            Assert.Equal(report.Initiatives.SelectMany(i => i.Targets.Select(t => (i.Id, InCsv(t.Text.In(language)), t.Threshold?.Value, t.Threshold?.Unit))),
                targets.Select(r => (r[5], r[7], r[8].Length == 0 ? (decimal?)null : decimal.Parse(r[8], CultureInfo.InvariantCulture), r[9].Length == 0 ? null : r[9])));
            var narratives = Rows(DataTables.Narratives);
            Assert.Equal(report.Initiatives.Where(i => !i.Narrative.IsEmpty).Select(i => (i.Id, InCsv(i.Narrative.In(language)))), narratives.Select(r => (r[5], r[6])));
            Assert.Equal(report.Challenges.Select(c => InCsv(c.Title.In(language))), Rows(DataTables.Challenges).Select(r => r[7]));
            Assert.Equal(report.Challenges.SelectMany(c => c.Strategies).Select(s => s.Id), Rows(DataTables.Strategies).Select(r => r[5]));
        }
    }

    [Theory]
    [InlineData("27107", '1')] // 大阪市港区: 2×6 + 7×5 + 1×4 + 0×3 + 7×2 = 65, remainder 10, 11 − 10 = 1
    [InlineData("13000", '1')] // 東京都: 21, remainder 10
    [InlineData("01100", '2')] // 札幌市: 9, remainder 9
    [InlineData("01101", '1')] // 札幌市中央区: 11, remainder 0, 11 − 0 = 11, its last digit 1
    [InlineData("01107", '0')] // 札幌市南区: 23, remainder 1, 11 − 1 = 10, its last digit 0
    public void The_municipality_code_check_digit_follows_the_national_rule(string fiveDigits, char checkDigit)
    {
        Assert.Equal(checkDigit, Municipality.CheckDigit(fiveDigits));
        Assert.True(Municipality.IsValidCode(fiveDigits + checkDigit));
        Assert.False(Municipality.IsValidCode(fiveDigits + (char)('0' + (checkDigit - '0' + 1) % 10)));
        Assert.False(Municipality.IsValidCode(fiveDigits));
    }

    [Fact]
    public void The_site_names_its_municipality_by_a_code_with_its_check_digit()
    {
        Assert.True(Municipality.IsValidCode(Model.Settings.Municipality.Code));
        Assert.False(string.IsNullOrWhiteSpace(Model.Settings.Municipality.Name));
    }

    [Fact]
    public async Task Every_json_validates_against_its_published_schema_and_its_records_have_absolute_stable_uris()
    {
        var checkedFiles = 0;
        foreach (var (file, data) in Distributions().Where(d => d.Data.Table is null))
        {
            var schema = await JsonSchema.FromJsonAsync(site.Text(Addresses.FileOf(DataSchemas.JsonSchema, file.Language)));
            var text = site.Text(file.Path);
            Assert.Empty(schema.Validate(text));
            var json = JsonNode.Parse(text)!;
            Assert.Equal(Model.Settings.Municipality.Code, (string?)json["municipality"]!["code"]);
            Assert.Equal(data.Set.Reports.SelectMany(r => r.Initiatives).Select(i => (i.Id, i.TargetsNote?.In(file.Language!))),
                json["initiatives"]!.AsArray().Select(i => ((string)i!["id"]!, (string?)i["targetsNote"])));
            var uris = json["initiatives"]!.AsArray().Select(i => (string)i!["url"]!)
                .Concat(json["strategies"]!.AsArray().Select(s => (string)s!["url"]!))
                .Concat(json["challenges"]!.AsArray().Select(c => (string)c!["url"]!)).ToList();
            Assert.Equal(data.Set.Reports.Sum(r => r.Initiatives.Count() + r.Strategies.Count() + r.Challenges.Count), uris.Count);
            Assert.Equal(uris.Count, uris.Distinct().Count());
            foreach (var uri in uris)
            {
                Assert.StartsWith(Model.Settings.SiteUrl + "/", uri);
                var local = "/" + uri[(Model.Settings.SiteUrl.Length + 1)..];
                var page = site.FileOf(local)!;
                Assert.True(site.Exists(page), uri);
                if (uri.Split('#') is [_, var fragment]) Assert.NotNull(site.Page(page).GetElementById(fragment));
            }
            checkedFiles++;
        }
        Assert.Equal(Model.Languages.Count * (Model.Reports.Count + 1), checkedFiles);
    }

    [Fact]
    public void Every_csv_validates_against_its_published_table_schema_and_package()
    {
        var checkedFiles = 0;
        foreach (var group in Distributions().Where(d => d.Data.Table is not null).GroupBy(d => (d.Data.Set, d.File.Language)))
        {
            var folder = Addresses.FileOf(group.Key.Set.Folder, group.Key.Language)[..^"index.html".Length];
            var package = JsonNode.Parse(site.Text(folder + OpenDataFile.PackageName))!;
            // A plain data package: the folder's JSON is in it beside the tables, which a tabular-data-package would refuse.
            Assert.Equal("data-package", (string?)package["profile"]);
            var resources = package["resources"]!.AsArray().ToDictionary(r => (string)r!["name"]!, r => r!);
            var tables = new Dictionary<string, (JsonObject Schema, string[] Header, List<string[]> Rows)>();
            foreach (var (file, data) in group)
            {
                var resource = resources[data.Table!.Name];
                Assert.Equal(data.FileName, (string?)resource["path"]);
                Assert.Equal("tabular-data-resource", (string?)resource["profile"]);
                var schemaUrl = (string)resource["schema"]!;
                Assert.StartsWith(Model.Settings.SiteUrl + "/", schemaUrl);
                var schema = JsonNode.Parse(site.Text(schemaUrl[(Model.Settings.SiteUrl.Length + 1)..]))!.AsObject();
                var (header, rows) = StrictCsv(site.Bytes(file.Path));
                TableSchemaValidator.Validate(schema, header, rows, file.Path);
                tables[data.Table.Name] = (schema, header, rows);
                checkedFiles++;
            }
            foreach (var (name, table) in tables) TableSchemaValidator.ValidateForeignKeys(table.Schema, table.Header, table.Rows, n => (tables[n].Header, tables[n].Rows), name);
        }
        Assert.Equal(Model.Languages.Count * (Model.Reports.Count + 1) * DataTables.All.Count, checkedFiles);
    }

    [Fact]
    public void A_row_that_breaks_its_table_schema_is_found()
    {
        // The validator the tests use finds what it must: a wrong type, a missing required value, a code not allowed.
        var schema = DataSchemas.TableSchema(DataTables.Targets, Model.SourceLanguage, Model);
        var (header, rows) = StrictCsv(site.Bytes(Addresses.DataOf(site.Transcribed.Report) + "targets.csv"));
        TableSchemaValidator.Validate(schema, header, rows, "targets.csv");
        // A number with its unit, a missing municipality code, a unit not in data/units.yml, a whole number with a
        // decimal point, and a row that repeats another's key.
        foreach (var breakIt in new Action<List<string[]>>[] { r => r[0][8] = "55%", r => r[0][0] = "", r => r[0][9] = "x" + string.Concat(Model.Units), r => r[0][6] = "1.5", r => r[1] = r[0] })
        {
            var broken = rows.Select(r => r.ToArray()).ToList();
            breakIt(broken);
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TableSchemaValidator.Validate(schema, header, broken, "targets.csv"));
        }
        var unknown = schema.DeepClone().AsObject();
        unknown["fields"]![0]!["constraints"]!["minLength"] = 1;
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TableSchemaValidator.Validate(unknown, header, rows, "targets.csv"));
    }

    [Fact]
    public void The_catalogue_is_json_ld_listing_every_distribution_with_its_size_and_no_other()
    {
        var catalog = site.Text(Addresses.DataCatalog);
        // A real JSON-LD processor reads it without fetching anything: every statement, as N-Quads.
        var quads = JsonLd.ToNQuads(catalog);
        const string dcat = "http://www.w3.org/ns/dcat#";
        var distributions = quads.Where(q => q.Predicate == dcat + "distribution").Select(q => q.Object).ToHashSet();
        var expected = Distributions().Select(d => Model.Settings.SiteUrl + "/" + d.File.Path).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), distributions.Order(StringComparer.Ordinal));
        foreach (var distribution in distributions)
        {
            var path = distribution[(Model.Settings.SiteUrl.Length + 1)..];
            var size = quads.Single(q => q.Subject == distribution && q.Predicate == dcat + "byteSize").Object;
            Assert.Equal($"\"{new FileInfo(Path.Combine(site.Output, path)).Length}\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>", size);
            Assert.Single(quads, q => q.Subject == distribution && q.Predicate == dcat + "mediaType");
            Assert.Single(quads, q => q.Subject == distribution && q.Predicate == dcat + "downloadURL" && q.Object == distribution);
            Assert.Single(quads, q => q.Subject == distribution && q.Predicate == "http://purl.org/dc/terms/license");
        }
        var datasets = quads.Where(q => q.Predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && q.Object == dcat + "Dataset").Select(q => q.Subject).ToList();
        Assert.Equal(Model.Reports.Count + 1, datasets.Count);
        foreach (var dataset in datasets)
            foreach (var property in new[] { "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/description", "http://purl.org/dc/terms/publisher", "http://purl.org/dc/terms/issued", "http://purl.org/dc/terms/modified", "http://purl.org/dc/terms/license" })
                Assert.Contains(quads, q => q.Subject == dataset && q.Predicate == property);
    }

    [Fact]
    public void The_data_page_gives_the_same_datasets_as_schema_org()
    {
        foreach (var language in Model.Languages)
        {
            var script = site.Page(language.Prefix + "about-data/index.html").QuerySelector("head script[type='application/ld+json']")!;
            var graph = JsonNode.Parse(script.TextContent)!["@graph"]!.AsArray();
            Assert.All(graph, d => Assert.Equal("Dataset", (string?)d!["@type"]));
            var downloads = graph.SelectMany(d => d!["distribution"]!.AsArray().Select(x => (string)x!["contentUrl"]!)).Order(StringComparer.Ordinal);
            Assert.Equal(Distributions().Where(d => d.File.Language == language).Select(d => Model.Settings.SiteUrl + "/" + d.File.Path).Order(StringComparer.Ordinal), downloads);
        }
    }

    [Fact]
    public void Each_language_has_an_atom_feed_linked_from_every_page_whose_entries_resolve()
    {
        foreach (var language in Model.Languages)
        {
            var path = Addresses.FileOf(Addresses.Feed, language);
            using var reader = XmlReader.Create(new StringReader(site.Text(path)));
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader));
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            Assert.Equal(Model.Settings.SiteUrl + "/" + path, feed.Id);
            var entries = feed.Items.ToList();
            // An entry per published report at least, the newest first.
            Assert.True(entries.Count >= Model.Reports.Count);
            Assert.Equal(entries.OrderByDescending(e => e.LastUpdatedTime).Select(e => e.Id), entries.Select(e => e.Id));
            foreach (var entry in entries)
            {
                var link = entry.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString();
                var page = site.FileOf("/" + link[(Model.Settings.SiteUrl.Length + 1)..])!;
                Assert.True(site.Exists(page), link);
                if (link.Split('#') is [_, var fragment]) Assert.NotNull(site.Page(page).GetElementById(fragment));
            }
        }
        foreach (var page in site.ContentPages)
        {
            var language = Model.Languages.Last(l => page.StartsWith(l.Prefix, StringComparison.Ordinal));
            Assert.Equal("/" + Addresses.FileOf(Addresses.Feed, language), site.Page(page).QuerySelector("head link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_sitemap_gives_each_page_the_date_its_content_last_changed()
    {
        var xml = new XmlDocument();
        xml.LoadXml(site.Text(Addresses.Sitemap));
        var names = new XmlNamespaceManager(xml.NameTable);
        names.AddNamespace("s", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var urls = xml.SelectNodes("//s:url", names)!.Cast<XmlNode>().ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
            Assert.Matches("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", url.SelectSingleNode("s:lastmod", names)?.InnerText ?? "");
        var home = urls.Single(u => u.SelectSingleNode("s:loc", names)!.InnerText == Model.Settings.SiteUrl + "/");
        Assert.Equal(Model.LatestDate().Iso, home.SelectSingleNode("s:lastmod", names)!.InnerText);
    }
}

/// <summary>Reads JSON-LD with jsonld.js, the reference processor (npm jsonld), offline: every statement as an N-Quad.</summary>
internal static class JsonLd
{
    public sealed record Quad(string Subject, string Predicate, string Object);

    public static List<Quad> ToNQuads(string document)
    {
        var module = Path.Combine(Repository.Root, "node_modules", "jsonld");
        if (!Directory.Exists(module))
            throw new InvalidOperationException($"jsonld.js is not installed ({module} is missing): run 'npm ci' in the repository (bash scripts/test.sh does it).");
        var input = Path.GetTempFileName();
        File.WriteAllText(input, document);
        try
        {
            // No document loader: a context that would have to be fetched is an error, as is anything jsonld.js
            // would drop (safe mode).
            var script = "const jsonld=require(process.argv[1]);const doc=JSON.parse(require('fs').readFileSync(process.argv[2],'utf8'));" +
                "jsonld.toRDF(doc,{format:'application/n-quads',safe:true,documentLoader:u=>{throw new Error('no fetching: '+u)}})" +
                ".then(q=>process.stdout.write(q)).catch(e=>{console.error(e.message);process.exit(1)})";
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-e", script, module, input }) start.ArgumentList.Add(argument);
            var (exit, output) = Programs.Run(start, TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, "jsonld.js could not read the document: " + output);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static Quad Parse(string line)
    {
        var match = Regex.Match(line, @"^(<[^>]*>|_:\S+) <([^>]*)> (<[^>]*>|_:\S+|""(?:[^""\\]|\\.)*""(?:\^\^<[^>]*>|@[A-Za-z-]+)?) \.$");
        Assert.True(match.Success, "not an N-Quad: " + line);
        static string Node(string term) => term.StartsWith('<') ? term[1..^1] : term;
        return new Quad(Node(match.Groups[1].Value), match.Groups[2].Value, Node(match.Groups[3].Value));
    }
}

/// <summary>
/// Checks a CSV against a Frictionless Table Schema (specs.frictionlessdata.io/table-schema): the header equals the
/// fields' names in order, each cell casts to its field's type, the constraints hold, the primary key is unique.
/// Only what the site's schemas use is known; any other key of the schema fails, so nothing is silently skipped.
/// </summary>
internal static class TableSchemaValidator
{
    private static readonly HashSet<string> SchemaKeys = ["fields", "missingValues", "primaryKey", "foreignKeys"];
    private static readonly HashSet<string> FieldKeys = ["name", "description", "type", "format", "constraints"];
    private static readonly HashSet<string> ConstraintKeys = ["required", "enum", "pattern"];

    public static void Validate(JsonObject schema, string[] header, List<string[]> rows, string file)
    {
        Assert.All(schema.Select(p => p.Key), key => Assert.Contains(key, SchemaKeys));
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(fields.Select(f => (string)f["name"]!), header);
        var missing = schema["missingValues"]!.AsArray().Select(v => (string)v!).ToHashSet();
        for (var c = 0; c < fields.Count; c++)
        {
            var field = fields[c];
            Assert.All(field.Select(p => p.Key), key => Assert.Contains(key, FieldKeys));
            var constraints = field["constraints"]?.AsObject() ?? [];
            Assert.All(constraints.Select(p => p.Key), key => Assert.Contains(key, ConstraintKeys));
            var type = (string)field["type"]!;
            var format = (string?)field["format"] ?? "default";
            Assert.Equal("default", format);
            var required = (bool?)constraints["required"] ?? false;
            var allowed = constraints["enum"]?.AsArray().Select(v => (string)v!).ToHashSet();
            var pattern = (string?)constraints["pattern"] is { } p ? new Regex($"^(?:{p})$") : null;
            for (var r = 0; r < rows.Count; r++)
            {
                var cell = rows[r][c];
                var where = $"{file}, row {r + 2}, {header[c]}: '{cell}'";
                if (missing.Contains(cell))
                {
                    Assert.False(required, where + " is required");
                    continue;
                }
                Assert.True(type switch
                {
                    "string" => true,
                    "integer" => Regex.IsMatch(cell, "^[+-]?[0-9]+$"),
                    "number" => Regex.IsMatch(cell, @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"),
                    "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    _ => throw new Xunit.Sdk.XunitException($"{file}: the type '{type}' is not one this validator knows"),
                }, where + " is not of type " + type);
                if (allowed is not null) Assert.True(allowed.Contains(cell), where + " is not one of " + string.Join(", ", allowed));
                if (pattern is not null) Assert.True(pattern.IsMatch(cell), where + " does not match " + pattern);
            }
        }
        var key = schema["primaryKey"]!.AsArray().Select(k => Array.IndexOf(header, (string)k!)).ToList();
        Assert.DoesNotContain(-1, key);
        var keys = rows.Select(row => string.Join("\u001f", key.Select(i => row[i]))).ToList();
        Assert.True(keys.Count == keys.Distinct().Count(), $"{file}: the primary key is not unique");
    }

    public static void ValidateForeignKeys(JsonObject schema, string[] header, List<string[]> rows, Func<string, (string[] Header, List<string[]> Rows)> resource, string file)
    {
        foreach (var foreign in schema["foreignKeys"]?.AsArray() ?? [])
        {
            var own = foreign!["fields"]!.AsArray().Select(f => Array.IndexOf(header, (string)f!)).ToList();
            var (parentHeader, parentRows) = resource((string)foreign["reference"]!["resource"]!);
            var theirs = foreign["reference"]!["fields"]!.AsArray().Select(f => Array.IndexOf(parentHeader, (string)f!)).ToList();
            var existing = parentRows.Select(r => string.Join("\u001f", theirs.Select(i => r[i]))).ToHashSet();
            foreach (var row in rows)
                Assert.True(existing.Contains(string.Join("\u001f", own.Select(i => row[i]))), $"{file}: {string.Join(", ", own.Select(i => row[i]))} is not in {foreign["reference"]!["resource"]}");
        }
    }
}

/// <summary>The municipality's code in <c>data/site.yml</c> is refused at its line when its check digit is missing or wrong.</summary>
public sealed class MunicipalityCodeTests : ScratchSiteTests
{
    [Theory]
    [InlineData("\"27107\"", "271071")]
    [InlineData("\"271072\"", "271071")]
    [InlineData("２７１０７１", "six-digit")]
    public void A_code_without_its_right_check_digit_is_refused_at_its_line(string written, string said)
    {
        // The code line, however staff wrote it (quoted or not), replaced with a mistake.
        var lines = File.ReadAllLines(Path.Combine(Site.Root, "data/site.yml"));
        var line = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^\s+code:")) + 1;
        Assert.True(line > 0, "data/site.yml has no municipality code");
        lines[line - 1] = "  code: " + written;
        File.WriteAllLines(Path.Combine(Site.Root, "data/site.yml"), lines);
        var errors = new Diagnostics.ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "data/site.yml" && e.Line == line && e.Message.Contains(said, StringComparison.Ordinal));
    }
}

/// <summary>
/// The ward office's contacts in <c>data/site.yml</c>: each one given is shown in every page's footer and on the
/// accessibility page; a number or address typed as it cannot be dialled or written to is refused at its line.
/// </summary>
public sealed class OfficeContactTests : ScratchSiteTests
{
    private int OfficeLine()
    {
        var lines = File.ReadAllLines(Path.Combine(Site.Root, "data/site.yml"));
        var line = Array.FindIndex(lines, l => l.StartsWith("office:", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, "data/site.yml has no office");
        return line;
    }

    [Fact]
    public void Each_contact_given_is_shown_in_the_footer_and_on_the_accessibility_page()
    {
        Site.Replace("data/site.yml", "office:\n", "office:\n  telephone: 06-1234-5678\n  email: info@example.jp\n  contactUrl: https://example.jp/form\n");
        var errors = new Diagnostics.ErrorList();
        Assert.True(SiteBuilder.Build(new BuildOptions(Site.Root, Output["_site"]), errors) is not null, string.Join("\n", errors.Sorted()));
        var model = SiteBuilder.Check(Site.Root, errors)!;
        var office = model.Settings.Office;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var language in model.Languages)
        {
            var name = model.Catalogues[language.Code]["office.name"];
            foreach (var page in new[] { "index.html", "accessibility/index.html" })
            {
                var document = parser.ParseDocument(File.ReadAllText(Output["_site/" + language.Prefix + page]));
                var scope = page == "index.html" ? document.QuerySelector("footer")! : document.GetElementById("contact")!.ParentElement!;
                Assert.Contains(name, scope.TextContent);
                var links = scope.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
                Assert.Contains(office.Url, links);
                Assert.Contains("tel:" + office.Telephone, links);
                Assert.Contains("mailto:" + office.Email, links);
                Assert.Contains(office.ContactUrl, links);
            }
        }
    }

    [Theory]
    [InlineData("telephone: ０６-１２３４-５６７８", "06-1234-5678")]
    [InlineData("telephone: 06（1234）5678", "06-1234-5678")]
    [InlineData("email: info＠example.jp", "info@example.jp")]
    [InlineData("contactUrl: www.example.jp", "https://")]
    public void A_contact_that_cannot_be_used_is_refused_at_its_line(string written, string said)
    {
        var line = OfficeLine();
        Site.Replace("data/site.yml", "office:\n", "office:\n  " + written + "\n");
        var errors = new Diagnostics.ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        Assert.Contains(errors.Sorted(), e => e.File == "data/site.yml" && e.Line == line + 1 && e.Message.Contains(said, StringComparison.Ordinal));
    }
}
