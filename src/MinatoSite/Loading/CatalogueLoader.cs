using MinatoSite.Diagnostics;
using MinatoSite.Model;
using YamlDotNet.RepresentationModel;

namespace MinatoSite.Loading;

/// <summary>
/// Reads one catalogue of interface strings per language and checks they have the same keys, so that no page
/// can show an empty label in one language.
/// </summary>
public static class CatalogueLoader
{
    public static IReadOnlyDictionary<string, Catalogue>? Load(string root, IReadOnlyList<Language> languages, ErrorList errors)
    {
        var catalogues = new Dictionary<string, Catalogue>();
        var lines = new Dictionary<string, Dictionary<string, int>>();
        foreach (var language in languages)
        {
            var path = $"data/strings/{language.Code}.yml";
            var map = DataLoader.ReadYaml(root, path, errors);
            if (map is null) continue;
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            Flatten(map, "", strings, keyLines);
            catalogues[language.Code] = new Catalogue(language, path, strings);
            lines[language.Code] = keyLines;
        }
        if (catalogues.Count != languages.Count) return null;

        var allKeys = catalogues.Values.SelectMany(c => c.Strings.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var catalogue in catalogues.Values)
        {
            foreach (var key in allKeys.Where(k => !catalogue.Strings.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var other = catalogues.Values.First(c => c.Strings.ContainsKey(key));
                errors.Add(catalogue.Path, 0, Messages.StringMissingElsewhere(key, other.Path, lines[other.Language.Code][key]));
            }
        }
        return catalogues;
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
