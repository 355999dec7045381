using System.Text;

namespace MinatoSite.Rendering;

/// <summary>
/// A file of the built site: its path under the output folder, and either a page's markup or what writes its bytes.
/// Nothing is held as bytes until the file is saved, so that a large data file goes straight to the disk.
/// </summary>
public sealed class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Action<Stream>? _write;

    private OutputFile(string path, string? html, Action<Stream>? write)
    {
        Path = path;
        Html = html;
        _write = write;
    }

    public string Path { get; }

    /// <summary>A page's markup, kept as text for the link check; null for data files and assets.</summary>
    public string? Html { get; }

    public static OutputFile Page(string path, string html) => new(path, html, null);

    /// <param name="write">Writes the file's bytes; it may run more than once.</param>
    public static OutputFile Data(string path, Action<Stream> write) => new(path, null, write);

    /// <summary>Writes the file at <paramref name="fullPath"/>, a page as UTF-8 without a byte-order mark.</summary>
    public void Save(string fullPath)
    {
        // The framework encodes text a slice at a time into a pooled buffer: no second copy of a large page.
        if (Html is not null)
        {
            File.WriteAllText(fullPath, Html, Utf8);
            return;
        }
        // Writers emit small pieces; the file stream underneath is left unbuffered.
        using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var buffered = new BufferedStream(stream, 64 * 1024);
        _write!(buffered);
    }

    /// <summary>Writes the file's bytes into <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        if (Html is not null) stream.Write(Utf8.GetBytes(Html));
        else _write!(stream);
    }

    /// <summary>The file's bytes in memory, for the preview server.</summary>
    public byte[] ToBytes()
    {
        if (Html is not null) return Utf8.GetBytes(Html);
        using var memory = new MemoryStream();
        _write!(memory);
        return memory.ToArray();
    }
}
