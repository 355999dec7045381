using System.Globalization;

namespace MinatoSite.Rendering;

/// <summary>A segment of a stacked bar: one status's count, placed in the chart's coordinates.</summary>
public sealed record ChartSegment(string Code, string Tone, string Label, int Count, string X, string Width, string TextX, bool ShowCount);

/// <summary>A line of a bar's label; SVG text does not wrap, so long labels are broken into lines here.</summary>
public sealed record ChartLabelLine(string Text, string Y);

/// <summary>One labelled bar of a chart.</summary>
/// <param name="Lang">The label's language when it is not the page's (an untranslated title).</param>
public sealed record ChartBar(IReadOnlyList<ChartLabelLine> Label, string? Lang, string BarY, string CountY, int Total, IReadOnlyList<ChartSegment> Segments);

/// <summary>
/// A horizontal stacked-bar chart, drawn as inline SVG by the theme. The numbers are the same counts the
/// tables beside it show; the chart only adds the picture.
/// </summary>
public sealed record ChartView(string Id, string Title, string Description, string Height, IReadOnlyList<ChartBar> Bars, IReadOnlyList<CountView> Legend);

/// <summary>Lays out stacked bars in a 360-unit-wide SVG, so that text stays legible on a 320px phone.</summary>
public static class Charts
{
    public const int Width = 360;
    private const int LineHeight = 16;
    private const int BarHeight = 22;
    private const int Gap = 10;
    private const int MinimumWidthForCount = 18;

    // Estimated advance of a 12-unit font: full-width (Japanese) characters are square, others about half.
    private const double WideAdvance = 12;
    private const double NarrowAdvance = 6.8;

    public static ChartView StackedBars(string id, string title, string description, IEnumerable<(TextView Label, IReadOnlyList<CountView> Counts)> rows)
    {
        var bars = new List<ChartBar>();
        var legend = new List<CountView>();
        var y = 0;
        foreach (var (label, counts) in rows)
        {
            legend.AddRange(counts.Where(c => legend.All(l => l.Code != c.Code)));
            var total = counts.Sum(c => c.Count);
            var lines = Wrap(label.Text).Select((text, i) => new ChartLabelLine(text, Number(y + 14 + i * LineHeight))).ToList();
            var barY = y + 6 + lines.Count * LineHeight;
            var segments = new List<ChartSegment>();
            double x = 0;
            foreach (var count in counts.Where(c => c.Count > 0))
            {
                var width = total == 0 ? 0 : (double)Width * count.Count / total;
                segments.Add(new ChartSegment(count.Code, count.Tone, count.Label, count.Count, Number(x), Number(width), Number(x + width / 2), width >= MinimumWidthForCount));
                x += width;
            }
            bars.Add(new ChartBar(lines, label.Lang, Number(barY), Number(barY + 16), total, segments));
            y = barY + BarHeight + Gap;
        }
        return new ChartView(id, title, description, Number(y), bars, legend);
    }

    /// <summary>Breaks a label into lines that fit the chart's width, at spaces where there are any.</summary>
    internal static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        double width = 0;
        var lastSpace = -1;
        foreach (var c in text)
        {
            var advance = c > 0x2E7F ? WideAdvance : NarrowAdvance;
            if (width + advance > Width && line.Length > 0)
            {
                var cut = lastSpace > 0 ? lastSpace : line.Length;
                lines.Add(line.ToString(0, cut).TrimEnd());
                var rest = line.ToString(cut, line.Length - cut).TrimStart();
                line.Clear().Append(rest);
                width = rest.Sum(r => r > 0x2E7F ? WideAdvance : NarrowAdvance);
                lastSpace = -1;
            }
            if (c == ' ') lastSpace = line.Length;
            line.Append(c);
            width += advance;
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
