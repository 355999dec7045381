using MinatoSite.Diagnostics;
using MinatoSite.Loading;

namespace MinatoSite.Cli;

/// <summary>
/// The language the commands speak: <c>--lang</c> when given, else <c>messages:</c> in <c>data/site.yml</c>, else
/// Japanese, the staff's language. Read on its own, before anything else, so that even the errors that stop the site
/// file from being read are said in the language it asks for whenever it can be read that far.
/// </summary>
public static class MessageLanguage
{
    public const string SettingsFile = "data/site.yml";

    /// <summary>The language chosen for this run, once: by the commands, and for a failure nobody foresaw; null before.</summary>
    public static MessageCatalogue? Chosen { get; private set; }

    public static MessageCatalogue Choose(string root, string? option) => Chosen = Read(root, option);

    /// <summary>
    /// The language of a command line not read yet: for the help and the command line's own errors (a missing
    /// <c>--title</c>), which are said before any command runs. Read from <c>--lang</c> and <c>--root</c> as written.
    /// </summary>
    public static MessageCatalogue BeforeParsing(IReadOnlyList<string> args)
    {
        string? Value(string option)
        {
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == option && i + 1 < args.Count) return args[i + 1];
                if (args[i].StartsWith(option + "=", StringComparison.Ordinal)) return args[i][(option.Length + 1)..];
            }
            return null;
        }
        var catalogue = Chosen = Read(Value("--root") ?? RepositoryRoot.Find(), Value("--lang"));
        // The command line library says its own words in the interface culture; numbers and dates are never read from it.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(catalogue.Language);
        return catalogue;
    }

    private static MessageCatalogue Read(string root, string? option)
    {
        if (MessageCatalogue.For(option) is { } chosen) return chosen;
        // Errors of the file are not reported here: the run that follows reports them, in this language.
        var errors = new ErrorList();
        var source = File.Exists(Path.Combine(root, SettingsFile)) ? SourceFile.Read(root, SettingsFile, errors) : null;
        var map = source is null ? null : YamlMap.Parse(SettingsFile, source.Text, 1, errors);
        return MessageCatalogue.For(map?.String("messages", false)) ?? MessageCatalogue.Japanese;
    }
}
