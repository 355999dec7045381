namespace MinatoSite.Diagnostics;

/// <summary>One problem in the content, located so that the person who made it can find and fix it.</summary>
/// <param name="File">Path relative to the site root, with forward slashes (e.g. <c>input/2-1/2-1-3.md</c>).</param>
/// <param name="Line">1-based line in that file; 0 when the problem concerns the file as a whole.</param>
/// <param name="Text">What is wrong and what to do, put into words in the reader's language when shown.</param>
/// <param name="IsWarning">Published all the same (for example an English translation that lags behind the Japanese text), but worth fixing.</param>
public sealed record ContentError(string File, int Line, Message Text, bool IsWarning = false)
{
    /// <summary>The message in English, as the program's tests compare it.</summary>
    public string Message => Text.English;

    /// <summary><c>file:line: message</c>, a warning marked as one, in the language of <paramref name="catalogue"/>.</summary>
    public string ToString(MessageCatalogue catalogue)
    {
        var located = Line > 0 ? $"{File}:{Line}: {Text.In(catalogue)}" : $"{File}: {Text.In(catalogue)}";
        return IsWarning ? catalogue.Format(Messages.Warning(Messages.Detail(located))) : located;
    }

    public override string ToString() => ToString(MessageCatalogue.English);

    /// <summary>GitHub Actions workflow command, shown as an annotation on the changed line of a pull request.</summary>
    public string ToGitHubAnnotation(MessageCatalogue catalogue)
    {
        var location = Line > 0 ? $"file={Escape(File, true)},line={Line}" : $"file={Escape(File, true)}";
        // The title is what GitHub shows in bold above the message.
        var title = Escape((IsWarning ? Messages.AnnotationWarningTitle() : Messages.AnnotationErrorTitle()).In(catalogue), true);
        return $"::{(IsWarning ? "warning" : "error")} {location},title={title}::{Escape(Text.In(catalogue), false)}";
    }

    // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData / escapeProperty)
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
