using System.Text;

namespace MinatoSite.Rendering;

/// <summary>
/// The text one thread renders pages into, kept from page to page: a page would otherwise grow, copy and throw
/// away several buffers of its own size, which for ten thousand pages is most of what a build allocates.
/// </summary>
public sealed class RenderBuffer
{
    // Large enough for any page but the overview of a big site; a buffer grown past it is let go after use.
    private const int KeptCapacity = 1 << 17;

    [ThreadStatic] private static RenderBuffer? _ofThisThread;
    private readonly StringBuilder _text = new(KeptCapacity);
    private char[] _chars = new char[KeptCapacity];

    public static RenderBuffer OfThisThread => _ofThisThread ??= new RenderBuffer();

    /// <summary>
    /// Empties the buffer and returns a writer into it: a new one each time, as Fluid closes the writers it is
    /// given. Emptied here rather than only after use, as a template that failed halfway left its text behind.
    /// </summary>
    public TextWriter Start()
    {
        Clear();
        return new StringWriter(_text);
    }

    /// <summary>What was written, which empties the buffer.</summary>
    public string TakeText()
    {
        var text = _text.ToString();
        Clear();
        return text;
    }

    /// <summary>What was written, with indentation dropped (see <see cref="HtmlWhitespace"/>); empties the buffer.</summary>
    public string TakeDedented()
    {
        if (_chars.Length < _text.Length) _chars = new char[_text.Length];
        var chars = _chars.AsSpan(0, _text.Length);
        _text.CopyTo(0, chars, chars.Length);
        var html = new string(chars[..HtmlWhitespace.Dedent(chars)]);
        if (_chars.Length > KeptCapacity) _chars = new char[KeptCapacity];
        Clear();
        return html;
    }

    private void Clear()
    {
        _text.Clear();
        if (_text.Capacity > KeptCapacity) _text.Capacity = KeptCapacity;
    }
}
