using System.Globalization;

namespace MinatoSite.Rendering;

/// <summary>A segment of a stacked bar: one status's count and its share of the bar, in per cent.</summary>
public sealed record ChartSegment(string Code, string Tone, string Label, int Count, string Width);

/// <summary>One labelled bar of a chart.</summary>
/// <param name="Lang">The label's language when it is not the page's (an untranslated title).</param>
public sealed record ChartBar(string Label, string? Lang, int Total, IReadOnlyList<ChartSegment> Segments);

/// <summary>
/// A horizontal stacked-bar chart, drawn by the theme in HTML and CSS: its labels and counts are text of the page,
/// so they wrap, take the reader's text size and the colours of a forced-colours palette like any other text. The
/// numbers are the same counts the tables beside it show; the chart only adds the picture.
/// </summary>
public sealed record ChartView(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars, IReadOnlyList<CountView> Legend);

public static class Charts
{
    public static ChartView StackedBars(string id, string title, string description, IEnumerable<(TextView Label, IReadOnlyList<CountView> Counts)> rows)
    {
        var bars = new List<ChartBar>();
        var legend = new List<CountView>();
        foreach (var (label, counts) in rows)
        {
            legend.AddRange(counts.Where(c => legend.All(l => l.Code != c.Code)));
            var total = counts.Sum(c => c.Count);
            var segments = counts.Where(c => c.Count > 0)
                .Select(c => new ChartSegment(c.Code, c.Tone, c.Label, c.Count, Percent(100.0 * c.Count / total)))
                .ToList();
            bars.Add(new ChartBar(label.Text, label.Lang, total, segments));
        }
        return new ChartView(id, title, description, bars, legend);
    }

    // Rounded down, so that the segments of a bar never add up to more than the bar.
    private static string Percent(double value) => (Math.Floor(value * 100) / 100).ToString("0.##", CultureInfo.InvariantCulture);
}
