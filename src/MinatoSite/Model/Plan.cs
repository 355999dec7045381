namespace MinatoSite.Model;

/// <summary>経営課題: a management challenge of the plan, or the 市政改革プラン section.</summary>
public sealed class Challenge
{
    /// <param name="report">The report whose plan lists it.</param>
    /// <param name="strategies">Makes the challenge's strategies, which point back at it.</param>
    public Challenge(Report report, string id, int? number, LocalizedText title, Func<Challenge, IEnumerable<Strategy>> strategies)
    {
        Report = report;
        Id = id;
        Number = number;
        Title = title;
        Strategies = strategies(this).ToList();
    }

    /// <summary>The report whose plan lists the challenge: each report has its own plan.</summary>
    public Report Report { get; }
    public string Id { get; }
    /// <summary>Official number; null for the 市政改革プラン section, which has none.</summary>
    public int? Number { get; }
    public LocalizedText Title { get; }
    public IReadOnlyList<Strategy> Strategies { get; }
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);
}

/// <summary>戦略: a strategy under a challenge.</summary>
public sealed class Strategy
{
    /// <param name="initiatives">Makes the strategy's initiatives, in official order, which point back at it.</param>
    public Strategy(string id, Challenge challenge, LocalizedText title, string targetsHeading, Func<Strategy, IEnumerable<Initiative>> initiatives)
    {
        Id = id;
        Challenge = challenge;
        Title = title;
        TargetsHeading = targetsHeading;
        Initiatives = initiatives(this).ToList();
    }

    public string Id { get; }
    public Challenge Challenge { get; }
    public LocalizedText Title { get; }
    /// <summary>Catalogue key of the targets column's heading: the reform section calls it 目標, not 目標（取組によりめざす指標）.</summary>
    public string TargetsHeading { get; }
    public IReadOnlyList<Initiative> Initiatives { get; }
    /// <summary>Folder of its initiative files.</summary>
    public string Folder => SourcePath.StrategyFolder(Challenge.Report.Id, Id);
}
