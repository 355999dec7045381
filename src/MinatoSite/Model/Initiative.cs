namespace MinatoSite.Model;

/// <summary>具体的取組: one initiative, from one Markdown file under <c>input/{strategy}/</c>.</summary>
public sealed class Initiative
{
    public required string Id { get; init; }
    public required Strategy Strategy { get; init; }
    public required int Number { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<LocalizedText> Achievements { get; init; }
    /// <summary>A sentence that introduces the targets (目標 as a lead-in before its indicators), not a target itself; null when the report has none.</summary>
    public LocalizedText? TargetsNote { get; init; }
    public required IReadOnlyList<Target> Targets { get; init; }
    /// <summary>Null on a re-listed initiative, which shows the status of the one it re-lists.</summary>
    public required InitiativeStatus? Status { get; init; }
    public required string? RepostOfId { get; init; }
    /// <summary>The id of the initiative of the previous fiscal year that this one carries on with (<c>continues:</c>).</summary>
    public string? ContinuesId { get; init; }
    /// <summary>課題・改善策 as Markdown; empty when the report gives none.</summary>
    public required LocalizedText Narrative { get; init; }
    public required string SourcePath { get; init; }
    public required int NarrativeLine { get; init; }
    /// <summary>Lines of the id and repostOf fields, for errors found when comparing files.</summary>
    public required int IdLine { get; init; }
    public required int RepostOfLine { get; init; }
    /// <summary>When staff last changed this initiative's content, if they recorded it (<c>updated: 2021-12-01</c>).</summary>
    public ContentDate? Updated { get; init; }

    /// <summary>The initiative this one re-lists (具体的取組3-1-2の再掲), found among all initiatives once they are made.</summary>
    public Initiative? RepostOf => _repostOf?.Value;

    /// <summary>How the loader finds the re-listed initiative, which may belong to a strategy made later.</summary>
    public Lazy<Initiative?>? RepostLookup { init => _repostOf = value; }

    private readonly Lazy<Initiative?>? _repostOf;

    /// <summary>The files that translate this initiative, one per language at most.</summary>
    public required IReadOnlyList<Translation> Translations { get; init; }

    public InitiativeStatus? EffectiveStatus => Status ?? RepostOf?.Status;
    public string Anchor => $"initiative-{Id}";

    /// <summary>Translatable fields, for counting how much of a language is translated.</summary>
    public IEnumerable<LocalizedText> TranslatableTexts()
    {
        yield return Title;
        foreach (var achievement in Achievements) yield return achievement;
        if (TargetsNote is not null) yield return TargetsNote;
        foreach (var target in Targets) yield return target.Text;
        if (!Narrative.IsEmpty) yield return Narrative;
    }
}

/// <summary>目標: an indicator as written, and its numeric threshold where it has one.</summary>
public sealed record Target(LocalizedText Text, Threshold? Threshold);

/// <summary>A numeric target: 55%以上 is (55, %, AtLeast); 1箇所 has no comparison; 3.5点以上 (5点満点) has OutOf 5.</summary>
public sealed record Threshold(decimal Value, string Unit, Comparison? Comparison, decimal? OutOf);

public enum Comparison { AtLeast, AtMost }

/// <summary>A status code from <c>data/statuses.yml</c>; its label comes from each language's catalogue.</summary>
/// <param name="Axis">The axis it belongs to, e.g. <c>outlook</c>.</param>
/// <param name="Tone"><c>positive</c>, <c>negative</c> or <c>neutral</c>: chooses colour and icon, never the only signal.</param>
public sealed record StatusCode(string Axis, string Code, string Tone)
{
    public string LabelKey => $"status.{Axis}.{Code}";
}

/// <summary>
/// One axis on which a stage judges each initiative (the mid-term's 目標の達成見込み, the year-end's 目標の達成状況),
/// with its codes in order, from <c>data/statuses.yml</c>. Its caption is <c>axis.{id}</c> in each catalogue.
/// </summary>
/// <param name="Follows">The axis of an earlier stage that this one answers (the year-end's result answers the
/// mid-term's outlook): comparisons put the two side by side.</param>
public sealed record StatusAxis(string Id, IReadOnlyList<StatusCode> Codes, string? Follows = null)
{
    public string LabelKey => LabelKeyOf(Id);

    public static string LabelKeyOf(string axis) => $"axis.{axis}";
}

/// <summary>An initiative's status: one code on each axis of its report's stage, in the axes' order.</summary>
public sealed record InitiativeStatus(IReadOnlyList<StatusCode> Codes)
{
    /// <summary>The code on <paramref name="axis"/>; null when the stage has no such axis.</summary>
    public StatusCode? this[string axis] => Codes.FirstOrDefault(c => c.Axis == axis);

    public bool SameAs(InitiativeStatus? other) =>
        other is not null && Codes.Select(c => (c.Axis, c.Code)).SequenceEqual(other.Codes.Select(c => (c.Axis, c.Code)));
}
