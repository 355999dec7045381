using MinatoSite.Diagnostics;

namespace MinatoSite.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body (trimmed), with the line where each starts.</summary>
public sealed record FrontMatterDocument(SourceFile Source, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    private static int BlankLinesBefore(string body)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0 || body.AsSpan(start, end - start).Trim().Length > 0) return count;
            count++;
            start = end + 1;
        }
    }

    public static FrontMatterDocument? Split(SourceFile source, ErrorList errors)
    {
        var text = source.Text;
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.TrimEnd() != Fence)
        {
            errors.Add(source.Path, 1, firstLine.Trim().Length == 0
                ? Messages.NoFrontMatterEmptyLine()
                : Messages.NoFrontMatter(firstLine.Length > 40 ? firstLine[..40] + "…" : firstLine));
            return null;
        }
        var yamlStart = firstLineEnd < 0 ? text.Length : firstLineEnd + 1;
        var lines = 1;
        var position = yamlStart;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            lines++;
            if (line.TrimEnd() is Fence or "...")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                // The body is used trimmed: its first line is the first one with text, for link errors.
                var body = text[bodyStart..];
                return new FrontMatterDocument(source, text[yamlStart..position], 2, body.Trim(), lines + 1 + BlankLinesBefore(body));
            }
            if (end < 0) break;
            position = end + 1;
        }
        errors.Add(source.Path, 1, Messages.FrontMatterNotClosed());
        return null;
    }
}
