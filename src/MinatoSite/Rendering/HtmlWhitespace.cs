namespace MinatoSite.Rendering;

/// <summary>
/// Drops the indentation templates leave at the start of lines, which browsers ignore but phones still
/// download. Text inside <c>pre</c> and <c>textarea</c>, where spaces matter, is kept as it is.
/// </summary>
public static class HtmlWhitespace
{
    /// <summary>Dedents <paramref name="html"/> where it lies, and returns its new length.</summary>
    /// <remarks>Only ever removes characters, so the result can be written over the input as it is read.</remarks>
    public static int Dedent(Span<char> html)
    {
        var length = 0;
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
            html[length++] = c;
        }
        return length;
    }

    private static bool StartsTag(ReadOnlySpan<char> html, int at, string name) =>
        html[(at + 1)..].StartsWith(name, StringComparison.Ordinal)
        && at + 1 + name.Length < html.Length
        && html[at + 1 + name.Length] is '>' or ' ' or '\n' or '\t';
}
