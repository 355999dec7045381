using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using MinatoSite.Diagnostics;
using MinatoSite.Model;

namespace MinatoSite.Rendering;

/// <summary>
/// The Liquid templates of <c>theme/</c>, parsed once and rendered by many threads. Every interface string
/// comes from the page language's catalogue through the <c>t</c> filter, which fails on an unknown key.
/// </summary>
public sealed class Theme
{
    private const string CatalogueKey = "catalogue";
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    // Japanese text stays as UTF-8 instead of character references: pages stay readable and three times smaller.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options;
    private readonly Dictionary<string, IFluidTemplate> _templates = [];

    private Theme(string themeRoot, IReadOnlyDictionary<string, string> partials)
    {
        Root = themeRoot;
        _options = new TemplateOptions
        {
            FileProvider = new PartialsProvider(partials),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        _options.Filters.AddFilter("t", Translate);
    }

    public string Root { get; }
    public string AssetsFolder => Path.Combine(Root, "assets");

    /// <summary>Parses every layout in <c>theme/layouts/</c>; syntax errors are content errors with file and line.</summary>
    public static Theme? Load(string root, ErrorList errors)
    {
        var themeRoot = Path.Combine(root, "theme");
        var layouts = Path.Combine(themeRoot, "layouts");
        if (!Directory.Exists(layouts))
        {
            errors.Add("theme/layouts", 0, "the folder of page templates is missing");
            return null;
        }
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        var partialsFolder = Path.Combine(themeRoot, "partials");
        foreach (var partial in Directory.Exists(partialsFolder) ? Directory.EnumerateFiles(partialsFolder, "*.liquid") : [])
        {
            var path = $"theme/partials/{Path.GetFileName(partial)}";
            var source = Loading.SourceFile.Read(root, path, errors);
            if (source is null) continue;
            if (Parser.TryParse(source.Text, out _, out var error)) partials[Path.GetFileName(partial)] = source.Text;
            else errors.Add(path, LineOf(error), $"template syntax error: {error}");
        }
        var theme = new Theme(themeRoot, partials);
        foreach (var file in Directory.EnumerateFiles(layouts, "*.liquid").Order(StringComparer.Ordinal))
        {
            var path = $"theme/layouts/{Path.GetFileName(file)}";
            var source = Loading.SourceFile.Read(root, path, errors);
            if (source is null) continue;
            if (Parser.TryParse(source.Text, out var template, out var error))
                theme._templates[Path.GetFileNameWithoutExtension(file)] = template;
            else
                errors.Add(path, LineOf(error), $"template syntax error: {error}");
        }
        return theme;
    }

    private static int LineOf(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\(\s*(\d+)\s*:\s*\d+\s*\)");
        return match.Success ? int.Parse(match.Groups[1].Value) : 0;
    }

    /// <summary>Renders a layout with the given variables; <paramref name="catalogue"/> serves the <c>t</c> filter.</summary>
    public string Render(string layout, Catalogue catalogue, IReadOnlyDictionary<string, object?> variables)
    {
        var buffer = RenderBuffer.OfThisThread;
        Render(layout, catalogue, variables, buffer.Start());
        return buffer.TakeText();
    }

    /// <summary>Renders a layout into <paramref name="writer"/>.</summary>
    public void Render(string layout, Catalogue catalogue, IReadOnlyDictionary<string, object?> variables, TextWriter writer)
    {
        if (!_templates.TryGetValue(layout, out var template))
            throw new InvalidOperationException($"theme/layouts/{layout}.liquid is missing");
        var context = new TemplateContext(_options);
        context.AmbientValues[CatalogueKey] = catalogue;
        foreach (var (name, value) in variables) context.SetValue(name, value);
        // Nothing in a theme waits (no file or network access), so rendering completes synchronously.
        var rendering = template.RenderAsync(writer, context, Encoder, isolateContext: true);
        if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
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
