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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(System.IO.Path.Combine(root, relativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(relativePath, 0, $"the file could not be read ({ex.Message}); close it in other programs and save it again");
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
            var bad = offset < bytes.Length ? $" (byte 0x{bytes[offset]:X2})" : "";
            errors.Add(relativePath, line,
                $"the file is not UTF-8 text{bad}; save it with the encoding UTF-8 (Shift_JIS and other encodings are not allowed)");
            return null;
        }
        return new SourceFile(relativePath, NormalizeLineEndings(text));
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
