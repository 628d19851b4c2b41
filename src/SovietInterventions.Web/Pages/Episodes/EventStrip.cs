using System.Text;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// An episode's events on a strip of its years, each drawn over the span its date is known to: a dot for a day, a short
/// bar for a month, a long pale bar for a year. Marks that would overlap go to the next lane; an event before or after
/// the episode's years is drawn in grey (<see cref="EventTiming"/>), over a band that shows the episode's own years.
/// </summary>
public static class EventStrip
{
    const double Width = 720, Margin = 16, Font = 14, Lane = 14, Top = 24;
    const string Ink = "#9b1c1c", Outside = "#767676", Band = "#f3e6e6";

    public static string Render(IEnumerable<string> isoDates, int startYear, int endYear)
    {
        var dates = isoDates.Select(d => PartialDate.TryParseIso(d, out var p) ? p : (PartialDate?)null).OfType<PartialDate>().ToList();
        if (dates.Count == 0) return "";
        var first = Math.Min(startYear, dates.Min(d => d.Year));
        var end = Math.Max(endYear, dates.Max(d => d.Year)) + 1;
        var span = end - first;
        var axis = new TimelineAxis(first, end, span <= 12 ? 1 : span <= 40 ? 5 : 10, Margin, Width - Margin);

        var body = new StringBuilder();
        var laneEnds = new List<double>();
        foreach (var date in dates.OrderBy(d => d.First).ThenByDescending(d => d.Last))
        {
            var (x0, x1) = date.Precision == DatePrecision.Day
                ? (axis.X(date.First) - 4, axis.X(date.First) + 4)
                : (axis.X(date.First), Math.Max(axis.XAfter(date.Last), axis.X(date.First) + 3));
            var lane = laneEnds.FindIndex(e => e + 2 <= x0);
            if (lane < 0) { lane = laneEnds.Count; laneEnds.Add(x1); } else laneEnds[lane] = x1;
            body.Append(Mark(date, x0, x1, Top + 6 + lane * Lane, EventTiming.Outside(date.ToIso(), startYear, endYear) is null ? Ink : Outside));
        }
        var gridBottom = Top + 6 + laneEnds.Count * Lane;
        var legendY = gridBottom + Font + 8;
        var height = legendY + 6;

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture event-strip\" viewBox=\"0 0 {Width} {SvgText.Num(height)}\" width=\"100%\" role=\"img\"");
        svg.Append($" aria-label=\"{dates.Count} dated events, {first}–{end - 1}, each drawn to the day, month or year it is known to\"");
        svg.Append($" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"{Font}\">");
        var (bandStart, bandEnd) = (axis.X(new DateOnly(startYear, 1, 1)), axis.XAfter(new DateOnly(endYear, 12, 31)));
        svg.Append($"<rect class=\"episode-years\" x=\"{SvgText.Num(bandStart)}\" y=\"{SvgText.Num(Top)}\" width=\"{SvgText.Num(bandEnd - bandStart)}\" height=\"{SvgText.Num(gridBottom - Top)}\" fill=\"{Band}\"/>");
        axis.WriteGrid(svg, Top, gridBottom);
        axis.WriteLabels(svg, Font + 2, Font - 1);
        svg.Append(body);
        Legend(svg, legendY);
        return svg.Append("</svg>").ToString();
    }

    static string Mark(PartialDate date, double x0, double x1, double y, string ink) => date.Precision switch
    {
        DatePrecision.Day => $"<circle class=\"event-day\" cx=\"{SvgText.Num((x0 + x1) / 2)}\" cy=\"{SvgText.Num(y)}\" r=\"4\" fill=\"{ink}\"/>",
        DatePrecision.Month => $"<rect class=\"event-month\" x=\"{SvgText.Num(x0)}\" y=\"{SvgText.Num(y - 4)}\" width=\"{SvgText.Num(x1 - x0)}\" height=\"8\" fill=\"{ink}\"/>",
        _ => $"<rect class=\"event-year\" x=\"{SvgText.Num(x0)}\" y=\"{SvgText.Num(y - 4)}\" width=\"{SvgText.Num(x1 - x0)}\" height=\"8\" fill=\"{ink}\" fill-opacity=\"0.3\" stroke=\"{ink}\" stroke-dasharray=\"3 2\"/>",
    };

    static void Legend(StringBuilder svg, double y)
    {
        var x = Margin;
        svg.Append("<g class=\"event-strip-legend\" fill=\"#222\">");
        foreach (var (precision, label) in new[] { (DatePrecision.Day, "Day known"), (DatePrecision.Month, "Month known"), (DatePrecision.Year, "Only the year known") })
        {
            var width = precision == DatePrecision.Day ? 8 : precision == DatePrecision.Month ? 14 : 30;
            svg.Append(Mark(new PartialDate(2000, precision == DatePrecision.Year ? null : 1, precision == DatePrecision.Day ? 1 : null), x, x + width, y - 4, Ink));
            svg.Append($"<text x=\"{SvgText.Num(x + width + 5)}\" y=\"{SvgText.Num(y)}\">{label}</text>");
            x += width + 5 + SvgText.EstimateWidth(label, Font) + 20;
        }
        svg.Append("</g>");
    }
}
