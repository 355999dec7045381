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

    /// <summary>Its size in bytes: a page's at once, a data file's once it has been written (saved, copied or read into memory).</summary>
    public long? Length => Html is not null ? Utf8.GetByteCount(Html) : _length;
    private long? _length;

    /// <summary>A page's markup, kept as text for the link check; null for data files and assets.</summary>
    public string? Html { get; }

    public static OutputFile Page(string path, string html) => new(path, html, null);

    /// <param name="write">Writes the file's bytes; it may run more than once.</param>
    public static OutputFile Data(string path, Action<Stream> write) => new(path, null, write);

    /// <summary>A file whose bytes are known, such as one kept from the run before.</summary>
    public static OutputFile Bytes(string path, byte[] bytes) => new(path, null, stream => stream.Write(bytes)) { _length = bytes.Length };

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
        buffered.Flush();
        _length = stream.Length;
    }

    /// <summary>Writes the file's bytes into <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        if (Html is not null)
        {
            stream.Write(Utf8.GetBytes(Html));
            return;
        }
        var counting = new CountingStream(stream);
        _write!(counting);
        _length = counting.Count;
    }

    /// <summary>The file's bytes in memory, for the preview server.</summary>
    public byte[] ToBytes()
    {
        if (Html is not null) return Utf8.GetBytes(Html);
        var bytes = Written();
        _length = bytes.Length;
        return bytes;
    }

    private byte[] Written()
    {
        using var memory = new MemoryStream();
        _write!(memory);
        return memory.ToArray();
    }

    /// <summary>Passes writes on, counting the bytes: the size of a file written to a stream that does not keep it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Count;
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Count += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            Count += buffer.Length;
        }

        public override void WriteByte(byte value)
        {
            inner.WriteByte(value);
            Count++;
        }
    }
}
