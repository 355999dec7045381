using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using MinatoSite.Diagnostics;
using MinatoSite.Loading;
using MinatoSite.Model;

namespace MinatoSite.Rendering;

/// <summary>
/// The Liquid templates of <c>theme/</c>, parsed once and rendered by many threads. Every interface string
/// comes from the page language's catalogue through the <c>t</c> filter, which fails on an unknown key. The
/// templates are strict: a member the views do not have, or a filter that does not exist, fails the render
/// with the template file and line where it is written, instead of showing an empty string.
/// </summary>
public sealed class Theme
{
    private const string CatalogueKey = "catalogue";
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    // Japanese text stays as UTF-8 instead of character references: pages stay readable and three times smaller.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The most steps (outputs, tags, loop turns) one page's template may take. The largest page, the overview of a
    /// 10,000-initiative site, takes between 0.7 and 1 million; a loop of 10^8 turns is stopped about halfway.
    /// </summary>
    public const int MaxSteps = 50_000_000;

    private readonly TemplateOptions _options;
    private readonly Dictionary<string, IFluidTemplate> _templates = [];
    // Each template's text by its path (theme/layouts/strategy.liquid), to find where a failing name is written.
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    private Theme(string themeRoot, IReadOnlyDictionary<string, string> partials, IReadOnlyList<string> assets)
    {
        Root = themeRoot;
        Assets = assets;
        _options = new TemplateOptions
        {
            FileProvider = new PartialsProvider(partials),
            MemberAccessStrategy = new StrictMemberAccess(new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase }),
            StrictFilters = true,
            // A template that loops without end (a pull request may change templates) is stopped, not waited for.
            MaxSteps = MaxSteps,
        };
        _options.Filters.AddFilter("t", Translate);
        foreach (var (name, text) in partials) _sources[$"theme/partials/{name}"] = text;
    }

    public string Root { get; }

    /// <summary>The files of <c>theme/assets/</c>, relative to it with forward slashes, in order.</summary>
    public IReadOnlyList<string> Assets { get; }

    public string AssetPath(string asset) => Path.Combine(Root, "assets", asset);

    /// <summary>Parses every layout in <c>theme/layouts/</c>; syntax errors are content errors with file and line.</summary>
    public static Theme? Load(string root, ErrorList errors)
    {
        var themeRoot = Path.Combine(root, "theme");
        var layouts = Path.Combine(themeRoot, "layouts");
        if (!Directory.Exists(layouts))
        {
            errors.Add("theme/layouts", 0, Diagnostics.Messages.LayoutsMissing());
            return null;
        }
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates(root, "theme/partials", errors))
        {
            var source = Loading.SourceFile.Read(root, path, errors);
            if (source is not null && Parse(source, errors) is not null) partials[Path.GetFileName(path)] = source.Text;
        }
        // Only regular files inside theme/assets/ are published: a link is reported, never copied.
        const string assetsFolder = "theme/assets";
        var assets = Loading.SourceTree.Files(root, assetsFolder, errors, Model.SourcePath.IsHidden)
            .Select(f => f[(assetsFolder.Length + 1)..]).ToList();
        var theme = new Theme(themeRoot, partials, assets);
        foreach (var path in Templates(root, "theme/layouts", errors))
        {
            var file = path;
            var source = Loading.SourceFile.Read(root, path, errors);
            if (source is null || Parse(source, errors) is not { } template) continue;
            theme._templates[Path.GetFileNameWithoutExtension(file)] = template;
            theme._sources[path] = source.Text;
        }
        return theme;
    }

    /// <summary>The most numbers a range such as <c>(1..10)</c> may hold: Fluid makes the whole list before looping.</summary>
    public const int MaxRange = 10_000;

    /// <summary>The deepest nesting of block tags: the theme nests 4 deep; Fluid's parser recurses on each.</summary>
    public const int MaxNesting = 40;

    /// <summary>
    /// Parses a template, refusing a range larger than <see cref="MaxRange"/> and blocks nested deeper than
    /// <see cref="MaxNesting"/> (which would exhaust the parser's stack), each error at its line.
    /// </summary>
    private static IFluidTemplate? Parse(SourceFile source, ErrorList errors)
    {
        var valid = true;
        var lines = source.Text.Split('\n');
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(lines[i], @"\{%-?\s*(end)?(if|unless|for|case|capture|tablerow)\b"))
            {
                depth += tag.Groups[1].Success ? -1 : 1;
                if (depth <= MaxNesting) continue;
                errors.Add(source.Path, i + 1, Diagnostics.Messages.BlocksTooDeep(MaxNesting));
                return null;
            }
            foreach (System.Text.RegularExpressions.Match range in System.Text.RegularExpressions.Regex.Matches(lines[i], @"\(\s*(-?\d{1,18})\s*\.\.\s*(-?\d{1,18})\s*\)"))
            {
                if (Math.Abs((decimal)long.Parse(range.Groups[2].Value) - long.Parse(range.Groups[1].Value)) < MaxRange) continue;
                errors.Add(source.Path, i + 1, Diagnostics.Messages.RangeTooLarge(range.Value, $"{MaxRange:N0}"));
                valid = false;
            }
        }
        if (!Parser.TryParse(source.Text, out var template, out var error))
        {
            errors.Add(source.Path, LineOf(error), Diagnostics.Messages.TemplateSyntax(error));
            return null;
        }
        return valid ? template : null;
    }

    /// <summary>The templates directly in <paramref name="folder"/>, links reported and left out.</summary>
    private static IEnumerable<string> Templates(string root, string folder, ErrorList errors) =>
        Loading.SourceTree.Files(root, folder, errors, Model.SourcePath.IsHidden)
            .Where(f => f.EndsWith(".liquid", StringComparison.Ordinal) && f.Count(c => c == '/') == folder.Count(c => c == '/') + 1);

    private static int LineOf(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\(\s*(\d+)\s*:\s*\d+\s*\)");
        return match.Success ? int.Parse(match.Groups[1].Value) : 0;
    }

    /// <summary>Renders a layout with its view; <paramref name="catalogue"/> serves the <c>t</c> filter.</summary>
    public string Render(string layout, Catalogue catalogue, TemplateView view)
    {
        var buffer = RenderBuffer.OfThisThread;
        Render(layout, catalogue, view, buffer.Start());
        return buffer.TakeText();
    }

    /// <summary>Renders a layout into <paramref name="writer"/>; a failure is a <see cref="TemplateException"/> with its place.</summary>
    public void Render(string layout, Catalogue catalogue, TemplateView view, TextWriter writer)
    {
        if (!_templates.TryGetValue(layout, out var template))
            throw new TemplateException($"theme/layouts/{layout}.liquid", 0, Diagnostics.Messages.TemplateMissing($"theme/layouts/{layout}.liquid"));
        // The view's members are the template's variables: an unknown one fails through the member access.
        var context = new TemplateContext(view, _options);
        context.AmbientValues[CatalogueKey] = catalogue;
        try
        {
            // Nothing in a theme waits (no file or network access), so rendering completes synchronously.
            var rendering = template.RenderAsync(writer, context, Encoder, isolateContext: true);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not TemplateException)
        {
            throw Locate(layout, ex);
        }
    }

    /// <summary>
    /// Where the name a failure is about is written: in the layout first, then the frame, then the partials. Fluid
    /// keeps no positions in its syntax tree, so the name is looked for in the tags of the template texts.
    /// </summary>
    private TemplateException Locate(string layout, Exception ex)
    {
        var name = ex switch
        {
            UnknownMemberException unknown => unknown.Member,
            MissingStringException missing => missing.Key,
            _ when System.Text.RegularExpressions.Regex.Match(ex.Message, "Undefined filter '([^']+)'") is { Success: true } filter => filter.Groups[1].Value,
            _ => null,
        };
        var message = ex switch
        {
            UnknownMemberException member => Diagnostics.Messages.UnknownMember(member.Member, member.Type, member.Known),
            // Fluid says the same when a page takes more than MaxSteps steps and when partials nest too deep.
            _ when ex.Message.Contains("maximum level of recursion", StringComparison.Ordinal) =>
                Diagnostics.Messages.TooManySteps($"{MaxSteps:N0}"),
            MissingStringException missing => missing.Says,
            _ => Diagnostics.Messages.Detail(ex.Message),
        };
        var order = new[] { $"theme/layouts/{layout}.liquid", "theme/layouts/layout.liquid" }
            .Concat(_sources.Keys.Where(k => k.StartsWith("theme/partials/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        if (name is not null)
        {
            var pattern = new System.Text.RegularExpressions.Regex($@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(name)}(?![\w-])");
            foreach (var file in order)
            {
                if (!_sources.TryGetValue(file, out var text)) continue;
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if ((lines[i].Contains("{{", StringComparison.Ordinal) || lines[i].Contains("{%", StringComparison.Ordinal)) && pattern.IsMatch(lines[i]))
                        return new TemplateException(file, i + 1, message, ex);
                }
            }
        }
        return new TemplateException($"theme/layouts/{layout}.liquid", 0, message, ex);
    }

    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var catalogue = (Catalogue)context.AmbientValues[CatalogueKey];
        var text = catalogue[input.ToStringValue()];
        foreach (var name in arguments.Names)
            text = text.Replace("{" + name + "}", arguments[name].ToStringValue(), StringComparison.Ordinal);
        return new StringValue(text);
    }
}
