namespace MinatoSite.Model;

/// <summary>Everything the site is made of, validated and cross-linked: what the render phase reads.</summary>
public sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }
    public required Report Report { get; init; }
    public required IReadOnlyList<Language> Languages { get; init; }
    public required IReadOnlyDictionary<string, Catalogue> Catalogues { get; init; }
    public required IReadOnlyList<StatusCode> Outlooks { get; init; }
    public required IReadOnlyList<StatusCode> Progresses { get; init; }
    /// <summary>The units a threshold may use, from <c>data/units.yml</c>.</summary>
    public required IReadOnlyList<string> Units { get; init; }
    public required IReadOnlyList<Challenge> Challenges { get; init; }
    public required IReadOnlyList<ContentPage> Pages { get; init; }

    public Language SourceLanguage => Languages.First(l => l.IsSource);
    public IEnumerable<Strategy> Strategies => Challenges.SelectMany(c => c.Strategies);
    /// <summary>All initiatives in official order: by challenge, strategy, then number.</summary>
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);

    /// <summary>The latest content date of <paramref name="initiatives"/>: the report's, or a newer one of theirs.</summary>
    public ContentDate LatestDate(IEnumerable<Initiative> initiatives) =>
        ContentDate.Latest(initiatives.Select(i => i.Updated).OfType<ContentDate>().Append(Report.Updated));

    /// <summary>Share of translatable texts translated into <paramref name="language"/>, over all content.</summary>
    public (int Translated, int Total) TranslationCoverage(Language language)
    {
        var texts = Challenges.Select(c => c.Title)
            .Concat(Strategies.Select(s => s.Title))
            .Concat(Initiatives.SelectMany(i => i.TranslatableTexts()))
            .Concat(Pages.SelectMany(p => new[] { p.Title, p.Body }))
            .Append(Report.Title)
            .Append(Report.Meeting)
            .ToList();
        return (texts.Count(t => t.IsTranslated(language)), texts.Count);
    }
}
