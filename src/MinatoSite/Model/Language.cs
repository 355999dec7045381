using System.Globalization;

namespace MinatoSite.Model;

/// <summary>A language the site is published in, as listed in <c>data/languages.yml</c>.</summary>
/// <param name="Code">Short code used in file names (<c>2-1-3.en.md</c>) and catalogues (<c>strings/en.yml</c>).</param>
/// <param name="HtmlLang">BCP 47 tag for <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="Prefix">Folder of the language's pages under the site root: empty for the source language, else e.g. <c>en/</c>.</param>
/// <param name="Culture">Culture for numbers and dates.</param>
/// <param name="JapaneseCalendar">Dates in the Japanese era calendar (令和3年11月) rather than the Gregorian one.</param>
public sealed record Language(string Code, string Name, string HtmlLang, string Prefix, CultureInfo Culture, bool JapaneseCalendar, bool IsSource);
