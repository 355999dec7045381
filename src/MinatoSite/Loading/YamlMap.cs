using System.Globalization;
using MinatoSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>
/// A YAML mapping read with its source position, so that every field error names the file and line. The typed
/// accessors report a missing field or a wrong type and return null, letting the caller go on to find more errors.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly string _path;

    private YamlMap(YamlMappingNode node, string file, int lineOffset, string path, ErrorList errors)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        _path = path;
        Errors = errors;
    }

    public string File { get; }
    public ErrorList Errors { get; }
    public int Line => LineOf(_node);
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Parses a YAML text whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlMap? Parse(string file, string yaml, int firstLine, ErrorList errors, string what = "the YAML")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports a few malformed inputs without a position; the start of the YAML is then the best we have.
            var line = ex is YamlException positioned ? (int)positioned.Start.Line + firstLine - 1 : firstLine;
            var reason = ex is YamlException known ? Explain(known) : "the structure could not be read";
            errors.Add(file, Math.Max(line, firstLine),
                $"{what} is malformed: {reason} (check the indentation, the '- ' of list items, and put text containing ': ' or starting with a symbol in double quotes)");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(file, firstLine, $"{what} is empty");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, firstLine, $"{what} must be a list of 'field: value' lines");
            return null;
        }
        return new YamlMap(root, file, firstLine - 1, "", errors);
    }

    private static string Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with the position, which the error already carries.
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return (paren >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(paren + 3)..] : message).TrimEnd('.');
    }

    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    public string FieldName(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public void Error(YamlNode? node, string message) => Errors.Add(File, node is null ? Line : LineOf(node), message);

    /// <summary>The line of a field's name (where a list or a block of fields starts), or of the mapping when absent.</summary>
    public int KeyLine(string key)
    {
        foreach (var (name, _) in _node.Children)
        {
            if (name is YamlScalarNode { Value: var value } && value == key) return LineOf(name);
        }
        return Line;
    }

    public void ErrorAtKey(string key, string message) => Errors.Add(File, KeyLine(key), message);

    public YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public bool Has(string key) => Get(key) is not null and not YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain };

    /// <summary>Reports fields that are not in <paramref name="allowed"/>: usually a typo that would otherwise be ignored silently.</summary>
    public void AllowOnly(IReadOnlyCollection<string> allowed, string? why = null)
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Error(key, why is null
                    ? $"unknown field '{FieldName(name)}'; allowed here: {string.Join(", ", allowed)}"
                    : $"'{FieldName(name)}' {why}");
            }
        }
    }

    public string? String(string key, bool required)
    {
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain })
        {
            if (required) Error(node, $"{FieldName(key)} is missing: it is required");
            return null;
        }
        return ScalarText(node, FieldName(key));
    }

    public int? Int(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), $"{FieldName(key)} must be a whole number such as 3, not '{text}'");
        return null;
    }

    public decimal? Decimal(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), $"{FieldName(key)} must be a number written with digits and an optional decimal point, such as 55 or 12.9 (no commas or units), not '{text}'");
        return null;
    }

    public YamlMap? Map(string key, bool required)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) Error(null, $"{FieldName(key)} is missing: it is required");
            return null;
        }
        return AsMap(node, FieldName(key));
    }

    /// <summary>A list field; a missing optional list is empty.</summary>
    public IReadOnlyList<YamlNode>? List(string key, bool required)
    {
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain })
        {
            if (required) Error(node, $"{FieldName(key)} is missing: it is required");
            return required ? null : [];
        }
        if (node is YamlSequenceNode sequence) return sequence.Children.ToList();
        Error(node, $"{FieldName(key)} must be a list, one item per line starting with '- '");
        return null;
    }

    public string? ScalarText(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        Error(node, $"{field} must be a single text value, not a {(node is YamlSequenceNode ? "list" : "set of fields")}");
        return null;
    }

    public YamlMap? AsMap(YamlNode node, string field)
    {
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, File, _lineOffset, field, Errors);
        Error(node, $"{field} must be a set of 'field: value' lines");
        return null;
    }
}
