using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MinatoSite.Model;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// A table of the open data as CSV: UTF-8 with a byte-order mark (so that Excel reads Japanese), CRLF, one header
/// row in the file's language, then a row per item of each report of the set, the oldest report first.
/// </summary>
public static class OpenDataCsv
{
    public static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // A cell starting with = + - @ would run as a formula in Excel (a Markdown list "- …" shows #NAME?):
        // CsvHelper prefixes it with a quote, as the About-the-data page says. The JSON keeps the text as written.
        InjectionOptions = InjectionOptions.Escape,
        // A narrative's paragraphs are LF inside its quoted cell, which CsvHelper's default check (looking for the
        // record's newline) would leave unquoted.
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny("\",\r\n") >= 0,
    };

    /// <summary>The header row of <paramref name="table"/> in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Headers(DataTable table, Language language, SiteModel model)
    {
        var catalogue = model.Catalogues[language.Code];
        return table.Columns(model).Select(c => c.Header(catalogue)).ToList();
    }

    public static void Write(Stream stream, DataTable table, OpenDataSet set, Language language, SiteRenderer site)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, Configuration);
        foreach (var header in Headers(table, language, site.Model)) csv.WriteField(header);
        csv.NextRecord();
        foreach (var report in set.Reports)
        {
            foreach (var row in table.Rows(new RowContext(report, language, site)))
            {
                foreach (var cell in row) csv.WriteField(cell ?? "");
                csv.NextRecord();
            }
        }
    }
}
