using MinatoSite.Diagnostics;

namespace MinatoSite.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line where each starts.</summary>
public sealed record FrontMatterDocument(SourceFile Source, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    public static FrontMatterDocument? Split(SourceFile source, ErrorList errors)
    {
        var text = source.Text;
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal) && text != Fence)
        {
            errors.Add(source.Path, 1,
                "no front matter: the file must start with a line '---', then the YAML fields, then a line '---'");
            return null;
        }
        var yamlStart = Fence.Length + 1;
        var lines = 1;
        var position = yamlStart;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            lines++;
            if (line.TrimEnd() is Fence or "...")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new FrontMatterDocument(source, text[yamlStart..position], 2, text[bodyStart..], lines + 1);
            }
            if (end < 0) break;
            position = end + 1;
        }
        errors.Add(source.Path, 1, "the front matter is not closed: add a line '---' after the last YAML field");
        return null;
    }
}
