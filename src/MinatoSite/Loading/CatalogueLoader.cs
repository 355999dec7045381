using MinatoSite.Diagnostics;
using MinatoSite.Model;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>
/// Reads one catalogue of interface strings per language and checks they have the same keys, so that no page
/// can show an empty label in one language. A counted phrase (a unit's label) is a map of one form per plural
/// category of the language (<see cref="PluralRules"/>), which each language has its own set of.
/// </summary>
public static class CatalogueLoader
{
    public static IReadOnlyDictionary<string, Catalogue>? Load(string root, IReadOnlyList<Language> languages, ErrorList errors)
    {
        var catalogues = new Dictionary<string, Catalogue>();
        foreach (var language in languages)
        {
            var path = $"data/strings/{language.Code}.yml";
            var map = DataLoader.ReadYaml(root, path, errors);
            if (map is null) continue;
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            Flatten(map, "", strings, keyLines);
            catalogues[language.Code] = new Catalogue(language, path, strings, keyLines);
        }
        if (catalogues.Count != languages.Count) return null;

        // Languages are compared by phrase: unit.件 is one phrase, whose forms (unit.件.one, unit.件.other) are
        // those of its language's plural categories, which differ between languages.
        var phrases = catalogues.Values.ToDictionary(c => c, c => c.Strings.Keys
            .GroupBy(PluralRules.PhraseOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        var allPhrases = phrases.Values.SelectMany(p => p.Keys).ToHashSet(StringComparer.Ordinal);
        var counted = phrases.Values.SelectMany(p => p).Where(p => p.Value.Any(k => k != p.Key)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var catalogue in catalogues.Values)
        {
            foreach (var phrase in allPhrases.Where(k => !phrases[catalogue].ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var other = catalogues.Values.First(c => phrases[c].ContainsKey(phrase));
                var keys = phrases[other][phrase];
                errors.Add(catalogue.Path, 0, Messages.StringMissingElsewhere(phrase, other.Path, keys.Min(k => other.Lines[k])));
            }
            foreach (var phrase in counted.Where(phrases[catalogue].ContainsKey).Order(StringComparer.Ordinal))
                CheckForms(catalogue, phrase, phrases[catalogue][phrase], errors);
        }
        return catalogues;
    }

    /// <summary>
    /// A counted phrase has exactly one form per plural category of its catalogue's language: a form missing is
    /// reported where the phrase is written, a form the language does not use on its own line.
    /// </summary>
    internal static void CheckForms(Catalogue catalogue, string phrase, IReadOnlyCollection<string> keys, ErrorList errors)
    {
        var line = keys.Min(k => catalogue.Lines[k]);
        var forms = catalogue.PluralCategories;
        foreach (var category in forms.Where(c => !keys.Contains($"{phrase}.{c}")))
            errors.Add(catalogue.Path, line, Messages.PluralFormMissing(phrase, category, forms));
        foreach (var key in keys.Where(k => k != phrase && !forms.Contains(k[(phrase.Length + 1)..])).Order(StringComparer.Ordinal))
            errors.Add(catalogue.Path, catalogue.Lines[key], Messages.PluralFormUnused(phrase, key[(phrase.Length + 1)..], forms));
    }

    private static void Flatten(YamlMap map, string prefix, Dictionary<string, string> strings, Dictionary<string, int> lines)
    {
        foreach (var key in map.Keys)
        {
            var node = map.Get(key)!;
            var name = prefix + key;
            if (node is YamlMappingNode)
            {
                var child = map.AsMap(node, name);
                if (child is not null) Flatten(child, name + ".", strings, lines);
            }
            else if (map.ScalarText(node, name) is { } text)
            {
                if (text.Trim().Length == 0) map.Error(node, Messages.StringEmpty(name));
                strings[name] = text;
                lines[name] = map.LineOf(node);
            }
        }
    }
}
