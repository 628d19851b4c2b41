using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>Maps dates to x positions between <see cref="Left"/> and <see cref="Right"/>, and draws the year grid.</summary>
internal sealed record TimelineAxis(int FirstYear, int EndYear, int TickStep, double Left, double Right)
{
    public double YearWidth => (Right - Left) / (EndYear - FirstYear);

    public double X(DateOnly date)
    {
        var fraction = (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365);
        var x = Left + (date.Year + fraction - FirstYear) * YearWidth;
        return Math.Clamp(x, Left, Right);
    }

    /// <summary>Start of the day after <paramref name="date"/>, since bar ends are inclusive.</summary>
    public double XAfter(DateOnly date) => date == DateOnly.MaxValue ? Right : X(date.AddDays(1));

    public bool Shows(DateOnly start, DateOnly end) =>
        end >= new DateOnly(FirstYear, 1, 1) && start < new DateOnly(EndYear, 1, 1);

    private IEnumerable<int> TickYears()
    {
        var first = FirstYear % TickStep == 0 ? FirstYear : FirstYear + TickStep - FirstYear % TickStep;
        for (var year = first; year <= EndYear; year += TickStep) yield return year;
    }

    public void WriteGrid(StringBuilder sb, double top, double bottom)
    {
        sb.Append("<g class=\"timeline-grid\" stroke=\"#d0d0d0\" stroke-width=\"1\">");
        foreach (var year in TickYears())
        {
            var x = SvgText.Num(X(new DateOnly(year, 1, 1)));
            sb.Append($"<line x1=\"{x}\" y1=\"{SvgText.Num(top)}\" x2=\"{x}\" y2=\"{SvgText.Num(bottom)}\"/>");
        }
        sb.Append("</g>");
    }

    public void WriteLabels(StringBuilder sb, double baseline, double fontSize)
    {
        sb.Append($"<g class=\"timeline-axis\" font-size=\"{SvgText.Num(fontSize)}\" fill=\"#444\" text-anchor=\"middle\">");
        // Yearly ticks bound years, so each year is labelled in its middle; decade ticks are labelled on the tick.
        var labels = TickStep == 1
            ? Enumerable.Range(FirstYear, EndYear - FirstYear).Select(year => (year, X(new DateOnly(year, 7, 2))))
            : TickYears().Select(year => (year, X(new DateOnly(year, 1, 1))));
        foreach (var (year, x) in labels)
        {
            // Keep the outermost labels inside the viewBox.
            var anchor = x - Left < fontSize ? " text-anchor=\"start\"" : Right - x < fontSize ? " text-anchor=\"end\"" : "";
            sb.Append($"<text x=\"{SvgText.Num(x)}\" y=\"{SvgText.Num(baseline)}\"{anchor}>{year}</text>");
        }
        sb.Append("</g>");
    }
}
