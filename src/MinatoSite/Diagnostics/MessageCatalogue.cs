using System.Text;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Diagnostics;

/// <summary>
/// The words of every message in one language, from <c>data/messages/{language}.yml</c>, which the program carries
/// inside itself: a message is shown even when the site's own files cannot be read. A template names its values in
/// braces (<c>{field}</c>); <c>{{</c> and <c>}}</c> are a brace.
/// </summary>
public sealed class MessageCatalogue
{
    private readonly IReadOnlyList<string> _keys;
    private readonly IReadOnlyDictionary<string, string> _templates;

    private MessageCatalogue(string language, string listSeparator, IReadOnlyList<string> keys, IReadOnlyDictionary<string, string> templates, IReadOnlyDictionary<string, string> placeholders)
    {
        Language = language;
        ListSeparator = listSeparator;
        _keys = keys;
        _templates = templates;
        Placeholders = placeholders;
    }

    /// <summary>The languages messages are written in, the default first.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ja", "en"];

    public static MessageCatalogue Japanese { get; } = Load("ja");
    public static MessageCatalogue English { get; } = Load("en");

    /// <summary>The catalogue of a language code (ja, en, case-insensitive), or null.</summary>
    public static MessageCatalogue? For(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "ja" => Japanese,
        "en" => English,
        _ => null,
    };

    public string Language { get; }
    public string ListSeparator { get; }

    /// <summary>Every key, in the catalogue's order: the messages grouped as the guide lists them.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>What each named value is, in words, for the guide's table of messages.</summary>
    public IReadOnlyDictionary<string, string> Placeholders { get; }

    public string? Template(string key) => _templates.GetValueOrDefault(key);

    public string Format(Message message)
    {
        // A key missing here is a gap the catalogue test reports; the reader still gets the English words.
        var template = _templates.GetValueOrDefault(message.Key)
            ?? (this != English ? English.Template(message.Key) : null);
        if (template is null)
            return message.Key + string.Concat(message.Values.Select(v => $" {v.Name}={Message.Show(v.Value, this)}"));
        return Fill(template, name =>
        {
            foreach (var (valueName, value) in message.Values)
                if (valueName == name) return Message.Show(value, this);
            return null;
        });
    }

    /// <summary>A template with each <c>{name}</c> replaced by what <paramref name="value"/> gives (kept when null).</summary>
    public static string Fill(string template, Func<string, string?> value)
    {
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }
            var end = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end > i + 1 && value(template[(i + 1)..end]) is { } filled)
            {
                text.Append(filled);
                i = end;
                continue;
            }
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>The names a template fills, in order.</summary>
    public static IReadOnlyList<string> NamesIn(string template)
    {
        var names = new List<string>();
        Fill(template, name => { names.Add(name); return ""; });
        return names;
    }

    private static MessageCatalogue Load(string language)
    {
        using var stream = typeof(MessageCatalogue).Assembly.GetManifestResourceStream($"messages.{language}.yml")
            ?? throw new InvalidOperationException($"the message catalogue messages.{language}.yml is not in the program");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        YamlNode Field(YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)];
        List<(string Key, YamlNode Value)> Pairs(YamlNode map) =>
            ((YamlMappingNode)map).Children.Select(p => (((YamlScalarNode)p.Key).Value!, p.Value)).ToList();
        string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
        var titles = Pairs(Field(root, "sections")).ToDictionary(s => s.Key, s => Text(s.Value), StringComparer.Ordinal);
        var sections = Pairs(Field(root, "messages"))
            .Select(s => new Section(s.Key, titles[s.Key], Pairs(s.Value).Select(m => (m.Key, Text(m.Value))).ToList())).ToList();
        var messages = sections.SelectMany(s => s.Messages).ToList();
        return new MessageCatalogue(Text(Field(root, "language")), Text(Field(root, "listSeparator")),
            messages.Select(m => m.Key).ToList(), messages.ToDictionary(m => m.Key, m => m.Text, StringComparer.Ordinal),
            Pairs(Field(root, "placeholders")).ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal))
        {
            Sections = sections,
            Form = Flatten(Field(root, "form"), ""),
        };
    }

    // A nested mapping as dotted keys: form: { help: { id: … } } is "help.id".
    private static Dictionary<string, string> Flatten(YamlNode node, string prefix)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)node).Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode map)
                foreach (var pair in Flatten(map, name + ".")) texts.Add(pair.Key, pair.Value);
            else
                texts.Add(name, ((YamlScalarNode)value).Value ?? "");
        }
        return texts;
    }

    /// <summary>
    /// The words of the editing form (<c>form:</c>): its title, the name (<c>labels.{field}</c>) and help
    /// (<c>help.{field}</c>) of each field, its commit messages (<c>commit.{action}</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Form { get; private init; } = new Dictionary<string, string>();

    /// <summary>A group of messages as the editing guide lists them, with its title in the catalogue's language.</summary>
    public sealed record Section(string Id, string Title, IReadOnlyList<(string Key, string Text)> Messages)
    {
        /// <summary>The words that are parts of other messages and of a pull request's summary: not listed on their own.</summary>
        public const string Words = "words";
    }

    /// <summary>The messages by section, in the catalogue's order.</summary>
    public IReadOnlyList<Section> Sections { get; private init; } = [];

}
