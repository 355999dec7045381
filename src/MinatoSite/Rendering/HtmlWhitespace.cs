namespace MinatoSite.Rendering;

/// <summary>
/// Drops the indentation templates leave at the start of lines, which browsers ignore but phones still
/// download. Text inside <c>pre</c> and <c>textarea</c>, where spaces matter, is kept as it is.
/// </summary>
public static class HtmlWhitespace
{
    /// <summary>Dedents <paramref name="html"/> where it lies, and returns its new length.</summary>
    /// <remarks>
    /// Only ever removes characters, so the result can be written over the input as it is read. Text runs up to the
    /// next tag or line end are moved whole: looking at every character was a tenth of a large build's rendering.
    /// </remarks>
    public static int Dedent(Span<char> html)
    {
        var length = 0;
        var preserve = 0;
        var i = 0;
        while (i < html.Length)
        {
            if (preserve == 0)
            {
                while (i < html.Length && html[i] is ' ' or '\t') i++;
            }
            var run = html[i..].IndexOfAny('<', '\n');
            var end = run < 0 ? html.Length : i + run;
            html[i..end].CopyTo(html[length..]);
            length += end - i;
            // Each tag is looked at for pre and textarea, then copied with the text that follows it.
            for (i = end; i < html.Length && html[i] == '<'; i = end)
            {
                if (StartsTag(html, i, "pre") || StartsTag(html, i, "textarea")) preserve++;
                else if (preserve > 0 && (StartsTag(html, i, "/pre") || StartsTag(html, i, "/textarea"))) preserve--;
                run = html[(i + 1)..].IndexOfAny('<', '\n');
                end = run < 0 ? html.Length : i + 1 + run;
                html[i..end].CopyTo(html[length..]);
                length += end - i;
            }
            if (i < html.Length) html[length++] = html[i++];
        }
        return length;
    }

    private static bool StartsTag(ReadOnlySpan<char> html, int at, string name) =>
        html[(at + 1)..].StartsWith(name, StringComparison.Ordinal)
        && at + 1 + name.Length < html.Length
        && html[at + 1 + name.Length] is '>' or ' ' or '\n' or '\t';
}
