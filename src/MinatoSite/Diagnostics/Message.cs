using System.Globalization;

namespace MinatoSite.Diagnostics;

/// <summary>
/// What the program tells the person who edits the site: a key of the message catalogue (<c>data/messages/</c>)
/// and its named values. It is put into words only when shown, in the language the reader chose, so that every
/// message exists once, in Japanese and in English, and the code never writes a sentence itself.
/// </summary>
/// <remarks>
/// A value is a text (a field name, a file, a code), a number, a list of texts (joined as the language joins
/// them) or another message (a phrase such as "the front matter", said in the same language).
/// </remarks>
public sealed class Message : IEquatable<Message>
{
    public Message(string key, params (string Name, object Value)[] values)
    {
        Key = key;
        Values = values;
    }

    public string Key { get; }
    public IReadOnlyList<(string Name, object Value)> Values { get; }

    private string? _english;

    /// <summary>
    /// The message in English: what the program's own logs and its tests compare, and what sorting and equality use.
    /// Made once; two threads that make it at once make the same text.
    /// </summary>
    public string English => _english ??= MessageCatalogue.English.Format(this);

    public string In(MessageCatalogue catalogue) => catalogue.Format(this);

    public override string ToString() => English;

    // Two messages are the same when they say the same: a list of values is compared by what it shows.
    public bool Equals(Message? other) => other is not null && Key == other.Key && English == other.English;

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode() => HashCode.Combine(Key, English);

    /// <summary>A value as text in a catalogue's language.</summary>
    // A null value is the program's mistake, not the reader's: it throws, so that the fuzzer and the tests see it.
    internal static string Show(object value, MessageCatalogue catalogue) => value switch
    {
        string text => text,
        Message phrase => catalogue.Format(phrase),
        IEnumerable<string> list => string.Join(catalogue.ListSeparator, list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
