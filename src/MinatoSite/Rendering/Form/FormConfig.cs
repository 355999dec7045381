using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;
using MinatoSite.Planning;
using MinatoSite.Rendering.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Rendering.Form;

/// <summary>
/// The editing form's configuration (<c>admin/config.yml</c>, in Sveltia CMS's terms), made at every build from the
/// same lists the loader checks against, so that it cannot drift from them: one collection per report, the
/// strategies of its <c>plan.yml</c>, the axes and codes of its stage with their Japanese labels, the units of
/// <c>data/units.yml</c>, and the words and help of <c>data/messages/</c>. The form writes files as <c>check</c>
/// reads them: the front matter's keys in the order of <see cref="Fields"/>, translations beside their source
/// file (<c>2-1-3.en.md</c>) with only the texts that translate, and every save a pull request.
/// </summary>
public static partial class FormConfig
{
    /// <summary>How the form writes YAML: two spaces, lists indented, text plain unless YAML needs quotes.</summary>
    public static readonly IReadOnlyDictionary<string, object> YamlOutput = new Dictionary<string, object>
    {
        ["indent_size"] = 2,
        ["indent_sequences"] = true,
        ["quote"] = "none",
    };

    /// <summary>The configuration as YAML; <paramref name="reports"/> are every report, drafts included.</summary>
    public static string Write(SiteModel model, IReadOnlyList<ReportContent> reports, UrlBuilder urls)
    {
        var words = Words(model);
        var config = new Dictionary<string, object?>
        {
            ["backend"] = Backend(model.Settings, words),
            // Every save is a branch and a pull request, whose checks and preview apply as to any other change;
            // the form never writes to the published branch.
            ["publish_mode"] = "editorial_workflow",
            ["app_title"] = words.Form["title"],
            ["site_url"] = urls.Absolute(model.SourceLanguage, Addresses.Overview),
            ["logo"] = new Dictionary<string, object?> { ["src"] = urls.Asset("favicon.svg") },
            // The site has no uploads: the narrative's editor offers no images. The option is required all the same,
            // and names the folder the form's file library shows and writes: one the build never reads, so that the
            // library can neither replace nor delete a file of the site (the theme's assets least of all).
            ["media_folder"] = SourcePath.FormUploadsFolder,
            ["public_folder"] = "/" + SourcePath.FormUploadsFolder,
            ["i18n"] = new Dictionary<string, object?>
            {
                ["structure"] = "multiple_files",
                ["locales"] = model.Languages.Select(l => l.Code).ToList(),
                ["default_locale"] = model.SourceLanguage.Code,
                // 2-1-3.md is the source language's, 2-1-3.en.md its translation: as the loader pairs them.
                ["omit_default_locale_from_file_path"] = true,
            },
            ["output"] = new Dictionary<string, object?>
            {
                ["omit_empty_optional_fields"] = true,
                ["yaml"] = YamlOutput,
            },
            // The newest report first: the one staff are most likely to be working on.
            ["collections"] = reports.Reverse().Select(r => Collection(model, r, words)).ToList(),
        };
        return $"# {words.Form["header"]}\n" + Yaml(config);
    }

    /// <summary>
    /// The configuration's tree of dictionaries, lists and values as YAML. Through YamlDotNet's node model, not its
    /// reflection-based serializer, so that the native program builds the same file.
    /// </summary>
    private static string Yaml(object config)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(Node(config))).Save(new Emitter(writer, new EmitterSettings().WithIndentedSequences()), assignAnchors: false);
        // The emitter ends the document with "...", which the CMS does not need.
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private static YamlNode Node(object? value) => value switch
    {
        null => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
        string text => new YamlScalarNode(text) { Style = ReadsAsOtherThanText(text) ? ScalarStyle.SingleQuoted : ScalarStyle.Any },
        bool flag => new YamlScalarNode(flag ? "true" : "false") { Style = ScalarStyle.Plain },
        int or long or double => new YamlScalarNode(Convert.ToString(value, CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain },
        // Every map of the configuration is a Dictionary, which keeps its keys in the order they were added.
        System.Collections.IDictionary map => new YamlMappingNode(map.Keys.Cast<string>().Select(k => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(k), Node(map[k])))),
        System.Collections.IEnumerable list => new YamlSequenceNode(list.Cast<object?>().Select(Node)),
        _ => throw new ArgumentException($"no YAML for {value.GetType()}", nameof(value)),
    };

    /// <summary>Text that a YAML reader would take for a number, a boolean, null or a date when written plain.</summary>
    private static bool ReadsAsOtherThanText(string text) => NonText().IsMatch(text);

    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\.?[0-9][0-9_.,:]*(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$")]
    private static partial Regex NonText();

    /// <summary>The form's words: those of the catalogue in the content's source language, which staff read and write.</summary>
    public static MessageCatalogue Words(SiteModel model) => MessageCatalogue.For(model.SourceLanguage.Code) ?? MessageCatalogue.Japanese;

    private static Dictionary<string, object?> Backend(SiteSettings settings, MessageCatalogue words) => new()
    {
        ["name"] = "github",
        ["repo"] = Repository(settings.Repository),
        ["branch"] = settings.Branch,
        // Each member of staff signs in with a token of their own GitHub account (docs/editing-guide.md): signing in
        // through GitHub's OAuth needs a server of the ward's own to hold the app's secret, which the site has not.
        ["auth_methods"] = new[] { "token" },
        ["commit_messages"] = new[] { "create", "update", "delete", "uploadMedia", "deleteMedia", "openAuthoring" }
            .ToDictionary(action => action, action => words.Form[$"commit.{action}"]),
    };

    /// <summary><c>owner/name</c> of the repository's address in <c>data/site.yml</c>.</summary>
    public static string Repository(string address)
    {
        var path = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.AbsolutePath : address;
        path = path.Trim('/');
        return path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path;
    }

    private static Dictionary<string, object?> Collection(SiteModel model, ReportContent report, MessageCatalogue words)
    {
        var labels = model.Catalogues[model.SourceLanguage.Code];
        var name = labels.ReportName(report.Report);
        return new Dictionary<string, object?>
        {
            ["name"] = report.Id,
            ["label"] = report.Report.Draft ? $"{name}（{words.Form["draft"]}）" : name,
            ["label_singular"] = words.Form["initiative"],
            ["description"] = report.Report.Title.Source,
            ["folder"] = SourcePath.ReportFolder(report.Id),
            // input/2021-midterm/2-1/2-1-3.md: the strategy's folder and the id, as SourcePath.InitiativeFile.
            ["path"] = "{{strategy}}/{{slug}}",
            ["slug"] = "{{id}}",
            ["identifier_field"] = "id",
            ["summary"] = "{{id}} {{title}}",
            ["extension"] = "md",
            ["format"] = "yaml-frontmatter",
            ["i18n"] = true,
            // Removing an initiative is a decision about the report, made in a pull request by hand.
            ["delete"] = false,
            // A change is published by merging its pull request on GitHub, once its checks pass and it is reviewed:
            // the form moves it through the workflow's stages but has no button that merges it.
            ["publish"] = false,
            ["fields"] = Fields(model, report, words),
        };
    }

    /// <summary>
    /// The fields of an initiative, in the order its front matter is written. Only the texts translate (the
    /// loader's <see cref="Vocabulary.TranslatableFields"/>); ids, numbers and codes are edited in the source language.
    /// </summary>
    public static List<Dictionary<string, object?>> Fields(SiteModel model, ReportContent report, MessageCatalogue words)
    {
        var labels = model.Catalogues[model.SourceLanguage.Code];
        var strategies = report.Strategies.ToList();
        var ids = Schemas.InitiativeIdPattern(strategies.Select(s => s.Id));
        var anyId = Schemas.InitiativeIdPattern(model.Strategies.Select(s => s.Id).Distinct());
        Dictionary<string, object?> Field(string name, string widget, bool required = true) => new()
        {
            ["name"] = name,
            ["label"] = words.Form[$"labels.{name}"],
            ["widget"] = widget,
            ["required"] = required,
            ["hint"] = words.Form[$"help.{name}"],
        };
        Dictionary<string, object?> With(Dictionary<string, object?> field, params (string Key, object? Value)[] options)
        {
            foreach (var (key, value) in options) field[key] = value;
            if (field["name"] is string name && (Vocabulary.TranslatableFields.Contains(name) || name is "text" or "body"))
            {
                field["i18n"] = true;
                // Required in the source language only: a translation may come later (check then warns of it).
                if (field["required"] is true) field["required"] = new[] { model.SourceLanguage.Code };
            }
            return field;
        }
        var fields = new List<Dictionary<string, object?>>
        {
            With(Field("id", "string"), ("pattern", new[] { ids, words.Form["help.id"] })),
            With(Field("strategy", "select"), ("options", strategies.Select(s => Option(s.Challenge.Number is null ? s.Title.Source : $"{s.Id} {s.Title.Source}", s.Id)).ToList())),
            With(Field("number", "number"), ("value_type", "int"), ("min", 1)),
            With(Field("title", "string")),
            With(Field("continues", "string", required: false), ("pattern", new[] { anyId, words.Form["help.continues"] })),
            With(Field("repostOf", "string", required: false), ("pattern", new[] { anyId, words.Form["help.repostOf"] })),
            With(Field("achievements", "list", required: false)),
            With(Field("targetsNote", "text", required: false)),
            With(Field("targets", "list", required: false), ("fields", new List<Dictionary<string, object?>>
            {
                With(Field("text", "text")),
                With(Field("threshold", "object", required: false), ("fields", new List<Dictionary<string, object?>>
                {
                    With(Field("value", "number"), ("value_type", "float"), ("min", 0)),
                    With(Field("unit", "select"), ("options", model.Units.ToList())),
                    With(Field("comparison", "select", required: false), ("options", Vocabulary.Comparisons.Select(c => Option(labels.Format($"threshold.{c}", ("amount", "")), c)).ToList())),
                    With(Field("outOf", "number", required: false), ("value_type", "float"), ("min", 0)),
                })),
            })),
        };
        // A stage with axes judges each initiative on each; a re-post has none of its own, so the block is optional
        // and check says when it is missing.
        var axes = model.Stages[report.Report.Stage];
        if (axes.Count > 0)
            fields.Add(With(Field("status", "object", required: false), ("fields", axes.Select(axis => new Dictionary<string, object?>
            {
                ["name"] = axis.Id,
                ["label"] = labels[axis.LabelKey],
                ["widget"] = "select",
                ["options"] = axis.Codes.Select(c => Option(labels[c.LabelKey], c.Code)).ToList(),
            }).ToList())));
        fields.Add(With(Field("updated", "datetime", required: false), ("type", "date")));
        fields.Add(With(Field("body", "markdown", required: false), ("editor_components", Array.Empty<string>())));
        return fields;
    }

    private static Dictionary<string, object?> Option(string label, string value) => new() { ["label"] = label, ["value"] = value };
}
