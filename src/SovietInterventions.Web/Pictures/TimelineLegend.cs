using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>Legend under a timeline: a patterned swatch and a text label per kind, wrapped to the width.</summary>
internal static class TimelineLegend
{
    private const double SwatchWidth = 26;

    /// <summary>Writes the legend from <paramref name="top"/> down and returns its height.</summary>
    public static double Write(
        StringBuilder sb, KindStyles styles, bool showFuzzy, bool showMarks, double top, TimelineGeometry geometry, string idPrefix)
    {
        var items = new List<(string Swatch, string Text)>();
        foreach (var kind in styles.Kinds)
            items.Add(($"<rect width=\"{SwatchWidth}\" height=\"{geometry.BarHeight}\" fill=\"{styles.FillFor(kind)}\"/>", styles.LabelOf(kind)));
        if (showFuzzy)
            items.Add(($"<rect width=\"{SwatchWidth}\" height=\"{geometry.BarHeight}\" fill=\"#777\"/><rect width=\"{SwatchWidth * 0.7}\" height=\"{geometry.BarHeight}\" fill=\"url(#{idPrefix}-fade-start)\"/>",
                "Year known, not the day"));
        if (showMarks)
            items.Add(($"<path d=\"M{SwatchWidth / 2},{geometry.BarHeight / 2 - 6} l6,6 l-6,6 l-6,-6 z\" fill=\"#333\"/>", "Context event"));
        if (items.Count == 0) return 0;

        var font = geometry.FontSize;
        var rowHeight = font * 1.6;
        var left = geometry.Margin;
        var right = geometry.Width - geometry.Margin;
        double x = left, y = top;
        sb.Append("<g class=\"timeline-legend\" fill=\"#222\">");
        foreach (var (swatch, text) in items)
        {
            var itemWidth = SwatchWidth + 6 + SvgText.EstimateWidth(text, font);
            if (x > left && x + itemWidth > right)
            {
                x = left;
                y += rowHeight;
            }
            var swatchTop = y - font * 0.35 - geometry.BarHeight / 2;
            sb.Append($"<g class=\"timeline-legend-item\" transform=\"translate({SvgText.Num(x)},{SvgText.Num(swatchTop)})\">{swatch}</g>");
            sb.Append($"<text x=\"{SvgText.Num(x + SwatchWidth + 6)}\" y=\"{SvgText.Num(y)}\">{SvgText.Escape(text)}</text>");
            x += itemWidth + font * 1.5;
        }
        sb.Append("</g>");
        return y - top + font * 0.6;
    }
}
