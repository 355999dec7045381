using System.Globalization;
using System.Text;
using System.Xml;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// The picture a link to a report's page shows when it is shared (LINE, X, Facebook read Open Graph's
/// <c>og:image</c>): one per report and language, <c>/2021/midterm/share.svg</c>, 1200 × 630, with the site's name,
/// the report's name and how many initiatives have each status, all from the model. The words are text, in the
/// reader's language, and the picture's accessible name says them all.
/// </summary>
public sealed class ShareImage : IPageType
{
    public const int Width = 1200;
    public const int Height = 630;
    private const string Svg = "http://www.w3.org/2000/svg";
    private const string Brand = "#003f8e";
    private const string Text = "#1a1a1a";
    private const string Muted = "#4d4d4d";
    private const string Fonts = "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, 'Noto Sans', sans-serif";

    // The status colours of theme/assets/site.css (--positive-line, -fg, -bg…), so the picture reads like the page's
    // badges; a test keeps the two the same.
    public static readonly IReadOnlyDictionary<string, (string Line, string Text, string Fill)> Tones = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        ["positive"] = ("#1d7a3e", "#0f5128", "#e7f5ec"),
        ["negative"] = ("#c0262d", "#8a1c1c", "#fdeeee"),
        ["neutral"] = ("#3d5a99", "#26386b", "#edf1f9"),
    };

    public string Name => "share image";

    public static string AddressOf(Report report) => $"{Addresses.Of(report)}share.svg";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        from report in model.Reports
        from language in model.Languages
        select new PlannedFile(Addresses.FileOf(AddressOf(report.Report), language), AddressOf(report.Report), language, OutputFormat.ForAsset(".svg"),
            Reads.Of(report.Initiatives.Select(i => i.SourcePath)), "the report's share image", this)
        { Listed = false, Report = report };

    /// <summary>What the picture says, as one text: its accessible name.</summary>
    public static string Description(ViewBuilder view)
    {
        var catalogue = view.Catalogue;
        var figures = view.Overall.Axes.Select(a => catalogue.Format("share.axis", ("caption", a.Caption),
            ("parts", string.Join(catalogue["punctuation.list"], a.Rows.Select(r => catalogue.Format("share.part", ("label", r.Label), ("count", r.Count)))))));
        return string.Concat(new[] { catalogue.Format("share.description", ("site", catalogue["site.name"]), ("report", view.Report.Name), ("total", view.Overall.Total)) }.Concat(figures)).Trim();
    }

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream =>
    {
        var view = site.Views(file.Report!, file.Language!);
        var catalogue = view.Catalogue;
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartElement("svg", Svg);
        xml.WriteAttributeString("viewBox", $"0 0 {Width} {Height}");
        xml.WriteAttributeString("width", Number(Width));
        xml.WriteAttributeString("height", Number(Height));
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("aria-label", Description(view));
        xml.WriteAttributeString("xml", "lang", null, file.Language!.HtmlLang);
        xml.WriteAttributeString("font-family", Fonts);
        Rect(xml, 0, 0, Width, Height, "#ffffff");
        Rect(xml, 0, 0, Width, 120, Brand);
        Words(xml, 60, 76, 40, "#ffffff", catalogue["site.name"], bold: true);
        Words(xml, 60, 200, Fit(view.Report.Name, 60, Width - 120), Text, view.Report.Name, bold: true);

        // Each axis a caption and a line per code: count, then its words on the code's tint. The lines share what is
        // left of the picture, so a stage with more codes still fits.
        var axes = view.Overall.Axes;
        var lines = axes.Sum(a => a.Rows.Count + 1);
        if (lines == 0) return;
        var top = 250.0;
        var step = Math.Min(56.0, (Height - 30 - top) / lines);
        var size = Math.Round(step * 0.62);
        var y = top;
        foreach (var axis in axes)
        {
            y += step;
            Words(xml, 60, y - step * 0.2, size, Muted, catalogue.Format("share.caption", ("caption", axis.Caption), ("total", view.Overall.Total)), bold: false);
            foreach (var row in axis.Rows)
            {
                y += step;
                var (line, ink, fill) = Tones.GetValueOrDefault(row.Tone, (Text, Text, "#ffffff"));
                Rect(xml, 60, y - step * 0.82, Width - 120, step * 0.86, fill);
                Rect(xml, 60, y - step * 0.82, 10, step * 0.86, line);
                Words(xml, 190, y - step * 0.2, size * 1.1, ink, catalogue.Format("overview.key-figures-count", ("count", row.Count)), bold: true, anchor: "end");
                Words(xml, 220, y - step * 0.2, Fit(row.Label, size, Width - 60 - 240), ink, row.Label, bold: true);
            }
        }
        xml.WriteEndElement();
    });

    private static void Rect(XmlWriter xml, double x, double y, double width, double height, string fill)
    {
        xml.WriteStartElement("rect", Svg);
        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("width", Number(width));
        xml.WriteAttributeString("height", Number(height));
        xml.WriteAttributeString("fill", fill);
        xml.WriteEndElement();
    }

    private static void Words(XmlWriter xml, double x, double y, double size, string fill, string text, bool bold, string? anchor = null)
    {
        xml.WriteStartElement("text", Svg);
        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("font-size", Number(size));
        xml.WriteAttributeString("fill", fill);
        if (bold) xml.WriteAttributeString("font-weight", "bold");
        if (anchor is not null) xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The size at which <paramref name="text"/> fits in <paramref name="width"/>, no larger than <paramref name="size"/>:
    /// an estimate (a CJK character is one em wide, other characters about 0.6), as the reader's fonts draw it.
    /// </summary>
    private static double Fit(string text, double size, double width)
    {
        var ems = text.Sum(c => c > '\u2E7F' ? 1.0 : 0.6);
        return ems * size <= width ? size : Math.Floor(width / ems);
    }

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
