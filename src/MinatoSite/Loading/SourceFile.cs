using System.Text;
using MinatoSite.Diagnostics;

namespace MinatoSite.Loading;

/// <summary>A text file of the site's sources, decoded and with line endings normalised.</summary>
/// <param name="Path">Path relative to the site root, forward slashes: what error messages show.</param>
public sealed record SourceFile(string Path, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file as UTF-8. Windows editors add a byte-order mark and CRLF line endings: both are accepted and
    /// removed. A file in another encoding (Shift_JIS is the usual one) is reported with the line of its first
    /// bad byte, and null is returned.
    /// </summary>
    public static SourceFile? Read(string root, string relativePath, ErrorList errors)
    {
        if (SourceTree.Problem(root, relativePath) is { } problem)
        {
            errors.Add(relativePath, 0, problem);
            return null;
        }
        byte[] bytes;
        try
        {
            var full = System.IO.Path.Combine(root, relativePath);
            var length = new FileInfo(full).Length;
            if (length > SourceTree.MaxFileBytes)
            {
                errors.Add(relativePath, 0, Messages.FileTooLarge($"{length / 1024:N0}", $"{SourceTree.MaxFileBytes / 1024:N0}"));
                return null;
            }
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(relativePath, 0, Messages.FileUnreadable(ex.Message));
            return null;
        }
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            errors.Add(relativePath, line, offset < bytes.Length ? Messages.NotUtf8($"0x{bytes[offset]:X2}") : Messages.NotUtf8AtEnd());
            return null;
        }
        text = NormalizeLineEndings(text);
        return CheckCharacters(relativePath, text, errors) ? new SourceFile(relativePath, text) : null;
    }

    /// <summary>
    /// Lines of at most <see cref="SourceTree.MaxLineLength"/> characters, and no invisible control characters:
    /// NUL and the other C0 and C1 controls (tab aside), and the bidirectional overrides and isolates that make text
    /// display in another order than it is written (a right-to-left override can disguise a link or a number).
    /// Every such place of the file is reported, with its line and column.
    /// </summary>
    private static bool CheckCharacters(string path, string text, ErrorList errors)
    {
        var valid = true;
        var line = 1;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var content = text.AsSpan(start, end - start);
            if (content.Length > SourceTree.MaxLineLength)
            {
                errors.Add(path, line, Messages.LineTooLong(line, $"{content.Length:N0}", $"{SourceTree.MaxLineLength:N0}"));
                valid = false;
            }
            for (var at = content.IndexOfAny(Forbidden); at >= 0; at = NextForbidden(content, at))
            {
                var zeroWidth = content[at] is '\u200B' or '\u2060' or '\uFEFF';
                var code = $"{(int)content[at]:X4}";
                errors.Add(path, line, zeroWidth ? Messages.ZeroWidthCharacter(at + 1, code) : Messages.ControlCharacter(at + 1, code));
                valid = false;
            }
            start = end + 1;
        }
        return valid;
    }

    private static int NextForbidden(ReadOnlySpan<char> line, int after)
    {
        var next = line[(after + 1)..].IndexOfAny(Forbidden);
        return next < 0 ? -1 : after + 1 + next;
    }

    // The C0 controls but tab and line feed, DEL and the C1 controls, the bidirectional embeddings, overrides and
    // isolates (U+202A–U+202E, U+2066–U+2069), and the zero-width space, word joiner and a byte-order mark inside
    // the text (U+200B, U+2060, U+FEFF), which web pages and office programs leave in copied text.
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n')
            .Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1))
            .Concat(Enumerable.Range(0x202A, 5))
            .Concat(Enumerable.Range(0x2066, 4))
            .Concat([0x200B, 0x2060, 0xFEFF])
            .Select(c => (char)c).ToArray());

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
