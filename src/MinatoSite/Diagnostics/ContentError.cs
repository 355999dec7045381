namespace MinatoSite.Diagnostics;

/// <summary>One problem in the content, located so that the person who made it can find and fix it.</summary>
/// <param name="File">Path relative to the site root, with forward slashes (e.g. <c>input/2-1/2-1-3.md</c>).</param>
/// <param name="Line">1-based line in that file; 0 when the problem concerns the file as a whole.</param>
/// <param name="IsWarning">Published all the same (for example an English translation that lags behind the Japanese text), but worth fixing.</param>
public sealed record ContentError(string File, int Line, string Message, bool IsWarning = false)
{
    public override string ToString() => (IsWarning ? "warning: " : "") + (Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}");

    /// <summary>GitHub Actions workflow command, shown as an annotation on the changed line of a pull request.</summary>
    public string ToGitHubAnnotation()
    {
        var location = Line > 0 ? $"file={Escape(File, true)},line={Line}" : $"file={Escape(File, true)}";
        // The title is what GitHub shows in bold above the message, in the staff's language.
        var title = Escape(IsWarning ? "内容の警告（公開はできます）" : "内容のエラー（直すまで公開できません）", true);
        return $"::{(IsWarning ? "warning" : "error")} {location},title={title}::{Escape(Message, false)}";
    }

    // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData / escapeProperty)
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
