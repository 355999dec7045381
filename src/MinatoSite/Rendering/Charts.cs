using System.Globalization;

namespace MinatoSite.Rendering;

/// <summary>A segment of a stacked bar: one status's count, placed in the chart's coordinates.</summary>
public sealed record ChartSegment(string Code, string Tone, string Label, int Count, string X, string Width, string TextX, bool ShowCount);

/// <summary>One labelled bar of a chart.</summary>
public sealed record ChartBar(string Label, string LabelY, string BarY, string CountY, int Total, IReadOnlyList<ChartSegment> Segments);

/// <summary>
/// A horizontal stacked-bar chart, drawn as inline SVG by the theme. The numbers are the same counts the
/// tables beside it show; the chart only adds the picture.
/// </summary>
public sealed record ChartView(string Id, string Title, string Description, string Height, IReadOnlyList<ChartBar> Bars, IReadOnlyList<CountView> Legend);

/// <summary>Lays out stacked bars in a 360-unit-wide SVG, so that text stays legible on a 320px phone.</summary>
public static class Charts
{
    public const int Width = 360;
    private const int RowHeight = 46;
    private const int BarHeight = 22;
    private const int MinimumWidthForCount = 18;

    public static ChartView StackedBars(string id, string title, string description, IEnumerable<(string Label, IReadOnlyList<CountView> Counts)> rows)
    {
        var bars = new List<ChartBar>();
        var legend = new List<CountView>();
        var y = 0;
        foreach (var (label, counts) in rows)
        {
            legend.AddRange(counts.Where(c => legend.All(l => l.Code != c.Code)));
            var total = counts.Sum(c => c.Count);
            var segments = new List<ChartSegment>();
            double x = 0;
            foreach (var count in counts.Where(c => c.Count > 0))
            {
                var width = total == 0 ? 0 : (double)Width * count.Count / total;
                segments.Add(new ChartSegment(count.Code, count.Tone, count.Label, count.Count, Number(x), Number(width), Number(x + width / 2), width >= MinimumWidthForCount));
                x += width;
            }
            bars.Add(new ChartBar(label, Number(y + 14), Number(y + 20), Number(y + 36), total, segments));
            y += RowHeight;
        }
        return new ChartView(id, title, description, Number(y), bars, legend);
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
