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
    public static YamlMap? Parse(string file, string yaml, int firstLine, ErrorList errors, Message? what = null)
    {
        what ??= Messages.TheYaml();
        // YamlDotNet places a tab in the indentation at the start of the mapping: say where the tab is.
        if (yaml.Contains('\t') && TabIndentation(yaml) is { } tab)
        {
            errors.Add(file, tab.Line + firstLine - 1, Messages.TabIndent(tab.Line + firstLine - 1, tab.Column));
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
                errors.Add(file, open.Line + firstLine - 1, Messages.UnclosedBracket(open.Bracket.ToString(), open.Column, open.Line + firstLine - 1));
                return null;
            }
            // YamlDotNet reports a few malformed inputs without a position; the start of the YAML is then the best we have.
            var line = ex is YamlException positioned ? (int)positioned.Start.Line + firstLine - 1 : firstLine;
            // The parser's own words are never shown: a message it has that is not explained below gets the general advice.
            var reason = ex is YamlException known ? IndentedUnderValue(yaml, known) ?? Explain(known) : null;
            // The text ended inside quotes: say which quote, opened on the line the parser names.
            if (reason?.Key == nameof(Messages.UnexpectedEnd) && line - firstLine is var at && at >= 0 && yaml.Split('\n') is var lines && at < lines.Length)
            {
                var value = lines[at].TrimStart(' ', '-').Split(": ", 2)[^1].TrimStart();
                if (value.StartsWith('\'')) reason = Messages.UnclosedSingleQuote();
                else if (value.StartsWith('"')) reason = Messages.UnclosedDoubleQuote();
            }
            // Where the parser points at the character itself, its column is said too.
            if (reason is not null && ex is YamlException { Start.Column: > 1 } pointed && PointsAtCharacter.Contains(reason.Key))
                reason = Messages.AtColumn((int)pointed.Start.Column, reason);
            errors.Add(file, Math.Max(line, firstLine), reason is not null ? Messages.CannotBeReadHere(what, reason) : Messages.Malformed(what));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(file, firstLine, Messages.YamlEmpty(what));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, firstLine, Messages.YamlNotFields(what));
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
    private sealed class GuardedParser(IParser inner, string file, int firstLine, ErrorList errors, Message what) : IParser
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
                    Refuse(line, Messages.SecondDocument(what, line));
                    break;
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    Refuse(line, Messages.YamlAlias((int)current.Start.Column, alias.Value.Value));
                    break;
                case YamlDotNet.Core.Events.NodeEvent node:
                    if (!node.Anchor.IsEmpty)
                        Refuse(line, Messages.YamlAnchor((int)current.Start.Column, node.Anchor.Value));
                    if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                        Refuse(line, Messages.YamlTag((int)current.Start.Column, node.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)));
                    if (node is YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart && ++_depth > MaxDepth)
                        Refuse(line, Messages.NestedTooDeep(what, MaxDepth));
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }

        private void Refuse(int line, Message message)
        {
            errors.Add(file, line, message);
            throw new Refused();
        }
    }

    /// <summary>Reports what <paramref name="hint"/> finds on each line; true when it found something.</summary>
    private static bool Hints(string file, string yaml, int firstLine, ErrorList errors, Func<string, (int Column, Message Message)?> hint)
    {
        var found = false;
        var number = firstLine - 1;
        foreach (var text in yaml.Split('\n'))
        {
            number++;
            if (hint(text) is not { } mistake) continue;
            errors.Add(file, number, Messages.AtColumn(mistake.Column, mistake.Message));
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
    /// A field indented further than the field above it, which has a value of its own (<c>  outlook: achieve</c>, then
    /// <c>   progress: …</c>): YAML reads the line as the rest of that value and says "mapping values are not allowed",
    /// ("found invalid mapping"), which is true of the text but not of the mistake. Null for anything else.
    /// </summary>
    private static Message? IndentedUnderValue(string yaml, YamlException ex)
    {
        var said = ex.InnerException?.Message ?? ex.Message;
        if (!said.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) && !said.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = yaml.Split('\n');
        var at = (int)ex.Start.Line - 1;
        if (at <= 0 || at >= lines.Length) return null;
        static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
        static bool IsField(string line) => ImeHints.StartsField(line.TrimStart(' '));
        var above = at - 1;
        while (above >= 0 && lines[above].Trim().Length == 0) above--;
        if (above < 0 || !IsField(lines[at]) || !IsField(lines[above]) || Indent(lines[at]) <= Indent(lines[above])) return null;
        // The field above has its value on its own line: the line below it is read as that value's continuation.
        var value = lines[above][(lines[above].IndexOf(':') + 1)..].Trim();
        return value.Length == 0 ? null : Messages.IndentedUnderValue(Indent(lines[at]), Indent(lines[above]));
    }

    /// <summary>
    /// The parser's message in the words of someone editing the file: what is wrong on the line and what to write.
    /// Messages not in the list below are passed on, without the position the error already carries.
    /// </summary>
    /// <returns>The words, or null for a message of the parser's that is not in the list.</returns>
    private static Message? Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with the position, which the error already carries.
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = (paren >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(paren + 3)..] : message).TrimEnd('.');
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
            return Messages.DuplicateField(message["Duplicate key ".Length..]);
        foreach (var (parser, words) in ParserWords)
        {
            if (message.Contains(parser, StringComparison.OrdinalIgnoreCase)) return words();
        }
        return null;
    }

    // The parser's messages whose position is the character at fault: a value's first character, the ': ' inside it.
    private static readonly string[] PointsAtCharacter = [nameof(Messages.CannotStartValue), nameof(Messages.ColonInValue)];

    // What YamlDotNet says, and what it means on the line it names.
    private static readonly (string Parser, Func<Message> Words)[] ParserWords =
    [
        ("did not find expected key", Messages.ExpectedKey),
        ("could not find expected ':'", Messages.ExpectedColon),
        ("found character that cannot start any token", Messages.CannotStartValue),
        ("found invalid mapping", Messages.ColonInValue),
        ("mapping values are not allowed", Messages.ColonInValue),
        ("double-quoted scalar", Messages.UnclosedDoubleQuote),
        ("single-quoted scalar", Messages.UnclosedSingleQuote),
        ("did not find expected '-' indicator", Messages.ExpectedDash),
        ("found unexpected end of stream", Messages.UnexpectedEnd),
    ];

    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    public string FieldName(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public void Error(YamlNode? node, Message message) => Errors.Add(File, node is null ? Line : LineOf(node), message);

    /// <summary>The line of a field's name (where a list or a block of fields starts), or of the mapping when absent.</summary>
    public int KeyLine(string key)
    {
        foreach (var (name, _) in _node.Children)
        {
            if (name is YamlScalarNode { Value: var value } && value == key) return LineOf(name);
        }
        return Line;
    }

    public void ErrorAtKey(string key, Message message) => Errors.Add(File, KeyLine(key), message);

    public void WarnAtKey(string key, Message message) => Errors.Warn(File, KeyLine(key), message);

    public YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public bool Has(string key) => Get(key) is { } node && !IsEmpty(node);

    /// <summary>
    /// A value that says nothing: left empty, or YAML's null written out (<c>~</c>, <c>null</c>), which an editor's
    /// YAML support and the schemas read as no value, and the site so reads too.
    /// </summary>
    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>Reports fields that are not in <paramref name="allowed"/>: usually a typo that would otherwise be ignored silently.</summary>
    public void AllowOnly(IReadOnlyCollection<string> allowed, Message? why = null)
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                var nearest = why is null ? Nearest(name, allowed) : null;
                Error(key, why is not null ? Messages.FieldNotAllowed(FieldName(name), why)
                    : name.IndexOfAny(['\u3000', '\u00A0']) >= 0
                        ? nearest is null ? Messages.FieldNameWideSpace(FieldName(name)) : Messages.FieldNameWideSpaceNearest(FieldName(name), nearest)
                    : nearest is not null ? Messages.UnknownFieldNearest(FieldName(name), nearest, allowed)
                    : Messages.UnknownField(FieldName(name), allowed));
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
        if (node is null || IsEmpty(node))
        {
            if (required) Error(node, Messages.FieldMissing(FieldName(key)));
            return null;
        }
        var text = ScalarText(node, FieldName(key));
        // "" and a line of spaces (a full-width one from the IME too) say nothing: a title that shows as blank.
        if (text is not null && text.Trim().Length == 0)
        {
            Error(node, required ? Messages.FieldEmptyRequired(FieldName(key)) : Messages.FieldEmptyOptional(FieldName(key)));
            return null;
        }
        return text;
    }

    public int? Int(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), Messages.NotWholeNumber(FieldName(key), text, FullWidthDigits(text)));
        return null;
    }

    public decimal? Decimal(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Get(key), Messages.NotDecimal(FieldName(key), text, FullWidthDigits(text)));
        return null;
    }

    /// <summary>A hint when a number was typed with the input method's full-width digits (５５, ３．５).</summary>
    private static Message FullWidthDigits(string text) =>
        text.Any(c => c is >= '０' and <= '９' or '．' or '，')
            ? Messages.FullWidthDigits(new string(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c).Where(c => c != '，').ToArray()))
            : Messages.Nothing();

    public YamlMap? Map(string key, bool required)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) Error(null, Messages.FieldMissing(FieldName(key)));
            return null;
        }
        return AsMap(node, FieldName(key));
    }

    /// <summary>A list field; a missing optional list is empty.</summary>
    public IReadOnlyList<YamlNode>? List(string key, bool required)
    {
        var node = Get(key);
        if (node is null || IsEmpty(node))
        {
            if (required) Error(node, Messages.FieldMissing(FieldName(key)));
            return required ? null : [];
        }
        if (node is YamlSequenceNode sequence) return sequence.Children.ToList();
        Error(node, Messages.NotList(FieldName(key)));
        return null;
    }

    /// <summary>A value that must be one text; <paramref name="item"/> when it is an item of the list <paramref name="field"/>.</summary>
    public string? ScalarText(YamlNode node, string field, bool item = false)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        var shown = item ? Messages.ItemOf(field) : Messages.Field(field);
        Error(node, node is YamlSequenceNode ? Messages.NotSingleValueList(shown) : Messages.NotSingleValueFields(shown));
        return null;
    }

    /// <summary>A set of fields, whose own fields are named <c>{field}.{name}</c>; <paramref name="item"/> when it is an item of the list <paramref name="field"/>.</summary>
    public YamlMap? AsMap(YamlNode node, string field, bool item = false)
    {
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, File, _lineOffset, field, Errors);
        Error(node, Messages.NotFieldSet(item ? Messages.ItemOf(field) : Messages.Field(field)));
        return null;
    }
}
