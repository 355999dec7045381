using System.Text;

namespace MinatoSite.Rendering;

/// <summary>
/// Drops the indentation templates leave at the start of lines, which browsers ignore but phones still
/// download. Text inside <c>pre</c> and <c>textarea</c>, where spaces matter, is kept as it is.
/// </summary>
public static class HtmlWhitespace
{
    public static string Dedent(string html)
    {
        var result = new StringBuilder(html.Length);
        var preserve = 0;
        var lineStart = true;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                if (StartsTag(html, i, "pre") || StartsTag(html, i, "textarea")) preserve++;
                else if (preserve > 0 && (StartsTag(html, i, "/pre") || StartsTag(html, i, "/textarea"))) preserve--;
            }
            if (lineStart && preserve == 0 && (c == ' ' || c == '\t')) continue;
            lineStart = c == '\n';
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool StartsTag(string html, int at, string name) =>
        string.CompareOrdinal(html, at + 1, name, 0, name.Length) == 0
        && at + 1 + name.Length < html.Length
        && html[at + 1 + name.Length] is '>' or ' ' or '\n' or '\t';
}
