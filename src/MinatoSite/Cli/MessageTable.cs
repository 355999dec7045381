using System.Text;
using MinatoSite.Diagnostics;

namespace MinatoSite.Cli;

/// <summary>
/// The table of every message, by section, for the editing guide: made from the catalogue, so that the guide lists
/// what the program says, word for word. Each value a message fills in is shown as 〈what it is〉.
/// </summary>
public static class MessageTable
{
    public const string Start = "<!-- messages:start -->";
    public const string End = "<!-- messages:end -->";

    public static string Markdown(MessageCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.AppendLine(Messages.GuideLegend().In(catalogue));
        foreach (var section in catalogue.Sections.Where(s => s.Id != MessageCatalogue.Section.Words))
        {
            text.AppendLine().AppendLine($"### {section.Title}").AppendLine();
            text.AppendLine($"| {Messages.GuideColumn().In(catalogue)} |").AppendLine("| --- |");
            foreach (var (_, template) in section.Messages)
                text.AppendLine($"| {Cell(MessageCatalogue.Fill(template, name => $"〈{catalogue.Placeholders[name]}〉"))} |");
        }
        return text.ToString();
    }

    /// <summary>
    /// The guide with its table replaced by <see cref="Markdown"/>; null when the guide has no place for it (the two
    /// marker lines).
    /// </summary>
    public static string? Replace(string guide, MessageCatalogue catalogue)
    {
        var start = guide.IndexOf(Start, StringComparison.Ordinal);
        var end = guide.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return guide[..(start + Start.Length)] + "\n" + Markdown(catalogue) + guide[end..];
    }

    /// <summary>A message as Markdown shows it: the characters Markdown would read as formatting are escaped.</summary>
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#') cell.Append('\\');
            cell.Append(c);
        }
        return cell.ToString();
    }
}
