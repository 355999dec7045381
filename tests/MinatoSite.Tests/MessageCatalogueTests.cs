using System.Reflection;
using System.Text.RegularExpressions;
using MinatoSite.Diagnostics;
using MinatoSite.Tests.Support;

namespace MinatoSite.Tests;

/// <summary>
/// Every message the program can show has its words in every language, fills exactly the values it is given, and is
/// used by the program; the catalogues hold nothing else.
/// </summary>
public sealed class MessageCatalogueTests
{
    private static readonly MessageCatalogue[] Catalogues = [MessageCatalogue.Japanese, MessageCatalogue.English];

    /// <summary>Each method of <see cref="Messages"/>, called with a value per parameter that names it.</summary>
    public static IEnumerable<(string Key, Message Message, string[] Names)> All() =>
        typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Message))
            .Select(m =>
            {
                var parameters = m.GetParameters();
                var message = (Message)m.Invoke(null, parameters.Select(Sample).ToArray())!;
                return (m.Name, message, parameters.Select(p => p.Name!.TrimStart('@')).ToArray());
            });

    private static object Sample(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(string) ? $"<{parameter.Name}>"
        : parameter.ParameterType == typeof(int) ? 7
        : parameter.ParameterType == typeof(decimal) ? 1.5m
        : parameter.ParameterType == typeof(Message) ? Messages.Detail($"<{parameter.Name}>")
        : parameter.ParameterType == typeof(IEnumerable<string>) ? new[] { "a", "b" }
        : throw new InvalidOperationException($"no sample for {parameter.ParameterType}");

    [Fact]
    public void Every_message_has_its_words_in_every_language_and_the_catalogues_nothing_else()
    {
        var keys = All().Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(keys.Count > 200, $"{keys.Count} messages");
        foreach (var catalogue in Catalogues)
            Assert.Equal(keys, catalogue.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_message_fills_exactly_the_values_it_is_given_in_every_language()
    {
        foreach (var (key, message, names) in All())
        {
            Assert.Equal(key, message.Key);
            Assert.Equal(names, message.Values.Select(v => v.Name));
            foreach (var catalogue in Catalogues)
            {
                var template = catalogue.Template(key)!;
                Assert.True(names.Order().SequenceEqual(MessageCatalogue.NamesIn(template).Distinct().Order()),
                    $"{catalogue.Language}: {key} fills {{{string.Join("}, {", MessageCatalogue.NamesIn(template))}}}, the program gives {string.Join(", ", names)}");
                var text = message.In(catalogue);
                foreach (var name in names)
                {
                    // Every value shows (a phrase given as a value shows its own words).
                    var shown = message.Values.First(v => v.Name == name).Value switch
                    {
                        string s => s,
                        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Message m => m.In(catalogue),
                        IEnumerable<string> list => string.Join(catalogue.ListSeparator, list),
                        _ => throw new InvalidOperationException(),
                    };
                    Assert.Contains(shown, text);
                }
            }
        }
    }

    [Fact]
    public void Every_value_name_is_explained_for_the_guide_in_every_language()
    {
        var names = All().SelectMany(m => m.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var catalogue in Catalogues)
        {
            Assert.Equal([], names.Where(n => !catalogue.Placeholders.ContainsKey(n)).Order(StringComparer.Ordinal));
            Assert.Equal([], catalogue.Placeholders.Keys.Where(n => !names.Contains(n)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_japanese_words_are_japanese()
    {
        // A message copied from English and not translated: only the ones that are a value as it is are not.
        string[] asTheyAre = ["Detail", "Field", "Nothing", "TheYaml"];
        var untranslated = MessageCatalogue.Japanese.Keys
            .Where(k => !asTheyAre.Contains(k) && !Regex.IsMatch(MessageCatalogue.Japanese.Template(k)!, @"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}]"))
            .ToList();
        Assert.Empty(untranslated);
        var copied = MessageCatalogue.Japanese.Keys.Where(k => !asTheyAre.Contains(k) && MessageCatalogue.Japanese.Template(k) == MessageCatalogue.English.Template(k));
        Assert.Equal([], copied);
    }

    [Fact]
    public void Every_message_is_said_somewhere_in_the_program()
    {
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/MinatoSite"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "Messages.cs")
            .Select(File.ReadAllText));
        var unused = All().Select(m => m.Key).Where(k => !Regex.IsMatch(source, $@"\bMessages\.{k}\b")).ToList();
        Assert.Empty(unused);
    }

    [Theory]
    [InlineData("a {{b}} {c}", "a {b} C")]
    [InlineData("{c}{c}", "CC")]
    [InlineData("{unknown} {", "{unknown} {")]
    public void A_template_fills_its_values_and_keeps_doubled_braces_as_braces(string template, string expected) =>
        Assert.Equal(expected, MessageCatalogue.Fill(template, name => name == "c" ? "C" : null));
}

/// <summary>
/// The mistakes staff make, each said on its own line in both languages: what is wrong, and what to type instead.
/// </summary>
public sealed class MistakesInBothLanguagesTests : ScratchSiteTests
{
    private const string File213 = "input/2021-midterm/2-1/2-1-3.md";

    [Theory]
    [InlineData("  progress:", "\u3000 progress:", "progress:",
        "indented with a full-width space", "行頭の字下げが全角スペースです。YAML の字下げは半角スペースです。")]
    [InlineData("title: ", "title：", "title：",
        "the ':' after 'title' is a full-width '：'", "「title」の後の「：」が全角です。半角の「:」と半角スペースを書いてください。")]
    [InlineData("title: ", "title:\u3000", "title:",
        "the space after 'title:' is a full-width space", "「title:」の後のスペースが全角です。")]
    [InlineData("title: ", "title:\u00A0", "title:",
        "the space after 'title:' is a no-break space", "「title:」の後のスペースが特殊なスペース（ノーブレークスペース）です。")]
    [InlineData("  progress:", "\tprogress:", "progress:",
        "is indented with a tab at column 1", "タブで字下げしています。YAML の字下げは半角スペースだけです。")]
    [InlineData("progress: behind-schedule", "progress: 取組予定通り進捗していない", "progress:",
        "is the label the site shows; write its code instead → behind-schedule", "は、サイトに表示される言葉です。代わりにコードを書いてください → behind-schedule")]
    [InlineData("achievements:", "achievments:", "achievments:",
        "did you mean 'achievements'?", "「achievements」の書き間違いではありませんか。")]
    [InlineData("number: 3", "number: ３", "number:",
        "write them half-width, as 3", "数字が全角です。半角で 3 と書いてください。")]
    [InlineData("title: 津波", "title: 津\u200B波", "title:",
        "column 9 holds the invisible zero-width character U+200B", "9文字目に、目に見えない幅ゼロの文字（U+200B）があります。")]
    [InlineData("title: 津波避難ビルの確保", "title: [津波避難ビルの確保", "title:",
        "the '[' at column 8 of line", "文字目の「[」が閉じられていません。")]
    [InlineData("title: 津波避難ビルの確保", "title: \"津波\"避難\"ビル\"の確保\"", "title:",
        "write that quote as \\\"", "中の \" は \\\" と書くか、「」に置き換えてください。")]
    [InlineData("title: 津波避難ビルの確保", "title: \"津波避難ビルの確保", "title:",
        "a text opened with '\"' is not closed on its line", "\" で始めた文が、その行で閉じられていません。")]
    [InlineData("title: 津波避難ビルの確保", "title: '津波避難ビルの確保", "title:",
        "a text opened with ' is not closed on its line", "' で始めた文が、その行で閉じられていません。")]
    [InlineData("  progress: behind-schedule", "   progress: behind-schedule", "progress:",
        "this line starts with 3 spaces and the field above it with 2", "この行は行頭の半角スペースが 3 個、上の項目の行は 2 個です。")]
    [InlineData("  - text: 新たに指定した津波避難ビルの数：1箇所", "  - text: \"新たに指定した\"津波避難ビル\"の数：1箇所\"", "- text:",
        "the text of 'text' has a '\"' inside its double quotes", "「text」の値を囲む \" の中に、もう1つ \" があるため")]
    [InlineData("title: 津波避難ビルの確保", "title 津波避難ビルの確保", "title 津波",
        "this line is not a 'field: value' line", "「項目名: 値」の行になっていません。")]
    [InlineData("title: 津波避難ビルの確保", "title: 津波: 避難ビルの確保", "title:",
        "the value holds ': '", "値の中に「: 」があり、YAML は別の項目の始まりと読みます。")]
    [InlineData("title: 津波避難ビルの確保", "title: 津波避難ビルの確保\ntitle: 二重", "title: 二重",
        "the field 'title' is written twice", "項目「title」が2回書かれています。")]
    [InlineData("progress: behind-schedule", "progress:", "progress:",
        "status.progress has no code yet: write one of on-schedule, behind-schedule, implementing after 'progress: '",
        "status.progress のコードがまだ書かれていません。「progress: 」の後に、次のどれかを書いてください: on-schedule、behind-schedule、implementing")]
    public void A_mistake_is_said_on_its_line_in_japanese_and_in_english(string from, string to, string line, string english, string japanese)
    {
        Site.Frozen().Replace(File213, from, to);
        var errors = new ErrorList();
        Assert.Null(SiteBuilder.Check(Site.Root, errors));
        var expectedLine = 1 + Site.Read(File213).Split('\n').ToList().FindIndex(l => l.Contains(line, StringComparison.Ordinal));
        var error = Assert.Single(errors.Sorted(), e => e.Line == expectedLine);
        Assert.Contains(english, error.Text.In(MessageCatalogue.English));
        Assert.Contains(japanese, error.Text.In(MessageCatalogue.Japanese));
        // No parser jargon and no English left in the Japanese words but the codes and the file's own text.
        Assert.DoesNotContain("While ", error.Text.In(MessageCatalogue.Japanese));
        Assert.DoesNotContain(" is ", error.Text.In(MessageCatalogue.Japanese));
    }
}
