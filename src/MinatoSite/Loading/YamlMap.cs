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
        // YamlDotNet places a tab in the indentation at the start of the mapping: say where the tab is.
        if (yaml.Contains('\t') && TabIndentation(yaml) is { } tab)
        {
            errors.Add(file, tab.Line + firstLine - 1, $"line {tab.Line + firstLine - 1} is indented with a tab at column {tab.Column}; YAML indents with spaces only: replace the tab with spaces");
            return null;
        }
        // A field indented with a full-width space parses, as a field of another name: said before anything else.
        if (yaml.Contains('\u3000') && Hints(file, yaml, firstLine, errors, ImeHints.Indentation)) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedParser(new Parser(new StringReader(yaml)), file, firstLine, errors, what));
        }
        catch (GuardedParser.Refused)
        {
            return null;
        }
        // YamlDotNet's loader says some malformed structures with an ArgumentException ("unsupported type").
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // An input method's full-width colon or space, or a stray quote: the parser would say it a line late and
            // in its own terms.
            if (Hints(file, yaml, firstLine, errors, ImeHints.Check)) return null;
            // An unclosed '[' or '{' is reported where the text ends, or not placed at all: say where it opens.
            if (UnclosedBracket(yaml) is { } open)
            {
                errors.Add(file, open.Line + firstLine - 1, $"the '{open.Bracket}' at column {open.Column} of line {open.Line + firstLine - 1} is never closed; YAML reads '[' and '{{' at the start of a value as a list or a set of fields: close it, or put the whole value in double quotes");
                return null;
            }
            // YamlDotNet reports a few malformed inputs without a position; the start of the YAML is then the best we have.
            var line = ex is YamlException positioned ? (int)positioned.Start.Line + firstLine - 1 : firstLine;
            var (reason, plain) = ex is YamlException known ? Explain(known) : ("the structure could not be read", false);
            errors.Add(file, Math.Max(line, firstLine), plain
                ? $"{what} cannot be read here: {reason}"
                : $"{what} is malformed: {reason} (check the indentation, the '- ' of list items, and put text containing ': ' or starting with a symbol in double quotes)");
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

    /// <summary>The deepest nesting of lists and fields: the real files nest 4 deep at most.</summary>
    public const int MaxDepth = 8;

    /// <summary>
    /// The parser, watched while the YAML is loaded, in that one pass: what the site's files never need and a pull
    /// request could abuse is refused at its line and column before the loader acts on it: a second document,
    /// anchors and aliases (an alias bomb expands without bound), explicit tags (<c>!!binary</c> turns a title into
    /// base64), and nesting deeper than <see cref="MaxDepth"/>.
    /// </summary>
    private sealed class GuardedParser(IParser inner, string file, int firstLine, ErrorList errors, string what) : IParser
    {
        /// <summary>Stops the loading once the refusal is reported.</summary>
        public sealed class Refused : Exception;

        private int _documents;
        private int _depth;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current!;
            var line = (int)current.Start.Line + firstLine - 1;
            switch (current)
            {
                case YamlDotNet.Core.Events.DocumentStart when ++_documents > 1:
                    Refuse(line, $"{what} holds a second YAML document from line {line} ('---'); a file holds one: remove that line, or merge what follows it into the fields above");
                    break;
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    Refuse(line, $"column {current.Start.Column}: '*{alias.Value}' is a YAML alias, which the site's files do not use: write the value itself");
                    break;
                case YamlDotNet.Core.Events.NodeEvent node:
                    if (!node.Anchor.IsEmpty)
                        Refuse(line, $"column {current.Start.Column}: '&{node.Anchor}' is a YAML anchor, which the site's files do not use: remove it");
                    if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                        Refuse(line, $"column {current.Start.Column}: '{node.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}' is a YAML tag, which the site's files do not use: remove it and write the value as plain text");
                    if (node is YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart && ++_depth > MaxDepth)
                        Refuse(line, $"{what} is nested more than {MaxDepth} levels deep here; the site's fields nest at most {MaxDepth}: check the indentation and the brackets");
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }

        private void Refuse(int line, string message)
        {
            errors.Add(file, line, message);
            throw new Refused();
        }
    }

    /// <summary>Reports what <paramref name="hint"/> finds on each line; true when it found something.</summary>
    private static bool Hints(string file, string yaml, int firstLine, ErrorList errors, Func<string, (int Column, string Message)?> hint)
    {
        var found = false;
        var number = firstLine - 1;
        foreach (var text in yaml.Split('\n'))
        {
            number++;
            if (hint(text) is not { } mistake) continue;
            errors.Add(file, number, $"column {mistake.Column}: {mistake.Message}");
            found = true;
        }
        return found;
    }

    /// <summary>The first line (1-based, and the column) whose indentation holds a tab.</summary>
    private static (int Line, int Column)? TabIndentation(string yaml)
    {
        var line = 1;
        foreach (var text in yaml.Split('\n'))
        {
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.AsSpan(0, indent).IndexOf('\t');
            // A tab before a comment or on an empty line changes nothing.
            if (tab >= 0 && indent < text.Length && text[indent] != '#') return (line, tab + 1);
            line++;
        }
        return null;
    }

    /// <summary>
    /// Where a flow list or mapping opens that is never closed: a '[' or '{' that starts a value (after ': ', '- ' or
    /// another opener), outside quotes and comments, with no matching bracket before the end of the text.
    /// </summary>
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string yaml)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var lines = yaml.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var text = lines[l];
            var quote = '\0';
            var valueStart = open.Count > 0;
            var indentation = true;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var leading = indentation;
                if (c != ' ') indentation = false;
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                    continue;
                }
                if (c == '#' && (i == 0 || text[i - 1] == ' ')) break;
                if (c is '"' or '\'' && (open.Count > 0 || valueStart)) { quote = c; continue; }
                if (c is '[' or '{' && (valueStart || open.Count > 0)) open.Push((l + 1, i + 1, c));
                else if (c is ']' or '}' && open.Count > 0) open.Pop();
                if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' ')) valueStart = true;
                else if (c == '-' && leading && (i + 1 == text.Length || text[i + 1] == ' ')) valueStart = true;
                else if (c != ' ' && c is not ('[' or '{' or ',')) valueStart = false;
                else if (c is ',') valueStart = true;
            }
        }
        return open.Count > 0 ? open.Reverse().First() : null;
    }

    /// <summary>
    /// The parser's message in the words of someone editing the file: what is wrong on the line and what to write.
    /// Messages not in the list below are passed on, without the position the error already carries.
    /// </summary>
    /// <returns>The words, and whether they are the site's own (else the parser's, passed on).</returns>
    private static (string Words, bool Plain) Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with the position, which the error already carries.
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = (paren >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(paren + 3)..] : message).TrimEnd('.');
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
            return ($"the field '{message["Duplicate key ".Length..]}' is written twice: keep one of the two lines", true);
        foreach (var (parser, words) in ParserWords)
        {
            if (message.Contains(parser, StringComparison.OrdinalIgnoreCase)) return (words, true);
        }
        return (message, false);
    }

    // What YamlDotNet says, and what it means on the line it names.
    private static readonly (string Parser, string Words)[] ParserWords =
    [
        ("did not find expected key", "this line is not a 'field: value' line at the indentation of the fields around it: write ': ' after the field name, and indent it as the lines above"),
        ("could not find expected ':'", "this line is not a 'field: value' line: write ': ' after the field name, or put a text that runs over several lines in double quotes"),
        ("found character that cannot start any token", "a value cannot start with this character (such as @, % or a backquote): put the whole value in double quotes"),
        ("found invalid mapping", "the value holds ': ', which YAML reads as the start of another field: put the whole value in double quotes"),
        ("mapping values are not allowed", "the value holds ': ', which YAML reads as the start of another field: put the whole value in double quotes"),
        ("double-quoted scalar", "a text opened with '\"' is not closed on its line: add the closing '\"' (a '\"' inside the text is written \\\")"),
        ("single-quoted scalar", "a text opened with ' is not closed on its line: add the closing ' (a ' inside the text is written '')"),
        ("did not find expected '-' indicator", "an item of the list does not start with '- ' at the indentation of the other items"),
    ];

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

    public void WarnAtKey(string key, string message) => Errors.Warn(File, KeyLine(key), message);

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
                var nearest = why is null ? Nearest(name, allowed) : null;
                Error(key, why is not null ? $"'{FieldName(name)}' {why}"
                    : name.IndexOfAny(['\u3000', '\u00A0']) >= 0 ? $"the field name '{FieldName(name)}' holds a full-width (全角) or no-break space: remove it{(nearest is null ? "" : $", to write '{nearest}'")}"
                    : nearest is not null ? $"unknown field '{FieldName(name)}': did you mean '{nearest}'? Allowed here: {string.Join(", ", allowed)}"
                    : $"unknown field '{FieldName(name)}'; allowed here: {string.Join(", ", allowed)}");
            }
        }
    }

    /// <summary>The allowed field a misspelt one most likely means: at most two letters apart, or the same but for case.</summary>
    private static string? Nearest(string name, IEnumerable<string> allowed) =>
        allowed.Select(a => (Field: a, Distance: Distance(name.ToLowerInvariant(), a.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, c.Field.Length / 3)))
            .OrderBy(c => c.Distance).Select(c => c.Field).FirstOrDefault();

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions from one text to the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    public string? String(string key, bool required)
    {
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain })
        {
            if (required) Error(node, $"{FieldName(key)} is missing: it is required");
            return null;
        }
        var text = ScalarText(node, FieldName(key));
        // "" and a line of spaces (a full-width one from the IME too) say nothing: a title that shows as blank.
        if (text is not null && text.Trim().Length == 0)
        {
            Error(node, required ? $"{FieldName(key)} is empty: write its text" : $"{FieldName(key)} is empty: write its text, or remove the line");
            return null;
        }
        return text;
    }

    public int? Int(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), $"{FieldName(key)} must be a whole number such as 3, not '{text}'{FullWidthDigits(text)}");
        return null;
    }

    public decimal? Decimal(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), $"{FieldName(key)} must be a number written with digits and an optional decimal point, such as 55 or 12.9 (no commas or units), not '{text}'{FullWidthDigits(text)}");
        return null;
    }

    /// <summary>A hint when a number was typed with the input method's full-width digits (５５, ３．５).</summary>
    private static string FullWidthDigits(string text) =>
        text.Any(c => c is >= '０' and <= '９' or '．' or '，')
            ? $"; its digits are full-width (全角): write them half-width, as {new string(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c).Where(c => c != '，').ToArray())}"
            : "";

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
