namespace MinatoSite.Model;

/// <summary>経営課題: a management challenge of the plan, or the 市政改革プラン section.</summary>
public sealed class Challenge(string id, int? number, LocalizedText title)
{
    public string Id { get; } = id;
    /// <summary>Official number; null for the 市政改革プラン section, which has none.</summary>
    public int? Number { get; } = number;
    public LocalizedText Title { get; } = title;
    public List<Strategy> Strategies { get; } = [];
    public string PageKey => $"challenges/{Id}/";
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);
}

/// <summary>戦略: a strategy under a challenge.</summary>
public sealed class Strategy(string id, Challenge challenge, LocalizedText title, string targetsHeading)
{
    public string Id { get; } = id;
    public Challenge Challenge { get; } = challenge;
    public LocalizedText Title { get; } = title;
    /// <summary>Catalogue key of the targets column's heading: the reform section calls it 目標, not 目標（取組によりめざす指標）.</summary>
    public string TargetsHeading { get; } = targetsHeading;
    public List<Initiative> Initiatives { get; } = [];
    public string PageKey => $"strategies/{Id}/";
    /// <summary>Folder of its initiative files under <c>input/</c>.</summary>
    public string Folder => $"input/{Id}";
}
