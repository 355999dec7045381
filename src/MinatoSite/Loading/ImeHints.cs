using System.Text.RegularExpressions;
using MinatoSite.Diagnostics;

namespace MinatoSite.Loading;

/// <summary>
/// The YAML mistakes a Japanese input method makes easy, found on the line where they are, before the parser reads
/// the text: the parser would report them a line late, or in its own terms ("could not find expected ':'").
/// </summary>
internal static partial class ImeHints
{
    // A field name in the site's files is ASCII; what follows it decides whether YAML sees a field at all.
    [GeneratedRegex(@"^(?<indent>[ ]*(?:-[ ]+)?)(?<key>[A-Za-z][A-Za-z0-9]*)(?<after>[ \u3000]*)(?<colon>[:：])(?<space>.?)")]
    private static partial Regex Field();

    /// <summary>
    /// A field indented with a full-width space (<c>　progress: x</c>), which YAML reads as a field named
    /// "　progress": its 1-based column and what to do. Only a line that starts a field counts: inside a text, a
    /// full-width space at the start of a line is text.
    /// </summary>
    public static (int Column, Message Message)? Indentation(string line)
    {
        var trimmed = line.TrimStart(' ', '\u3000', '\t');
        var fullWidthIndent = line.AsSpan(0, line.Length - trimmed.Length).IndexOf('\u3000');
        if (fullWidthIndent < 0 || Field().Match(trimmed) is not { Success: true } field || field.Groups["colon"].Value != ":") return null;
        return (fullWidthIndent + 1, Messages.WideSpaceIndent());
    }

    /// <summary>
    /// The mistake on a line of YAML the parser could not read: its 1-based column and what to do; null when there is
    /// none. Not asked of text the parser read. In a list item only a half-width colon makes a field
    /// (<c>- text: "…"</c>): <c>- SNS：14件</c> is text.
    /// </summary>
    public static (int Column, Message Message)? Check(string line)
    {
        if (Indentation(line) is { } indentation) return indentation;
        var trimmed = line.TrimStart(' ', '\u3000', '\t');
        if (trimmed.Length == 0 || trimmed[0] == '#') return null;
        var field = Field().Match(line);
        if (!field.Success) return null;
        if (trimmed.StartsWith("- ", StringComparison.Ordinal) && (field.Groups["colon"].Value != ":" || field.Groups["after"].Length > 0)) return null;
        var key = field.Groups["key"].Value;
        if (field.Groups["colon"].Value == "：")
            return (field.Groups["colon"].Index + 1, Messages.WideColon(key));
        if (field.Groups["after"].Value.Contains('\u3000'))
            return (field.Groups["after"].Index + 1, Messages.WideSpaceBeforeColon(key));
        var space = field.Groups["space"].Value;
        if (space is "\u3000" or "\u00A0")
            return (field.Groups["space"].Index + 1, space == "\u3000" ? Messages.WideSpaceAfterColon(key) : Messages.NoBreakSpaceAfterColon(key));
        var value = line[(field.Index + field.Length - space.Length)..].TrimStart(' ');
        if (value.StartsWith('"') && StrayQuote(value) is { } stray)
            return (line.Length - value.Length + stray + 1, Messages.QuoteInQuotes(key));
        return null;
    }

    /// <summary>Whether a line (its indentation removed) starts a field: an ASCII name, then ':' and a space or the end.</summary>
    public static bool StartsField(string line) =>
        Field().Match(line) is { Success: true } field && field.Groups["colon"].Value == ":" && field.Groups["after"].Length == 0
        && field.Groups["space"].Value is "" or " ";

    /// <summary>Where a double-quoted value ends before its text does: the index of the early closing quote.</summary>
    private static int? StrayQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '\\') { i++; continue; }
            if (value[i] != '"') continue;
            var rest = value[(i + 1)..].Trim();
            return rest.Length == 0 || rest[0] == '#' ? null : i;
        }
        return null;
    }
}
