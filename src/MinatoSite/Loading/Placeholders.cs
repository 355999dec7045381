namespace MinatoSite.Loading;

/// <summary>
/// The texts that <c>new</c> writes where staff must write their own. Written in one place for both sides: the
/// template puts them in the new file, and the loader refuses them until they are replaced, so that a forgotten
/// placeholder is never published.
/// </summary>
public static class Placeholders
{
    public const string Achievement = "取組実績を書いてください";
    public const string Target = "目標を書いてください（例: …と回答した割合：55%以上）";
    public const string ReportTitle = "報告の名称を書いてください（例: 令和4年度 港区運営方針に関する中間振り返りの概要版）";
    public const string ReportMeeting = "報告を示した会議を書いてください（例: 令和4年度 第2回 港区区政会議）";

    public static readonly IReadOnlyList<string> All = [Achievement, Target, ReportTitle, ReportMeeting];

    public static bool Is(string text) => All.Contains(text.Trim(), StringComparer.Ordinal);

    public static Diagnostics.Message Message(Diagnostics.Message field, string text) => Diagnostics.Messages.PlaceholderLeft(field, text);
}
