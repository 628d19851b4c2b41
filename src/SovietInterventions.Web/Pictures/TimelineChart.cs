namespace SovietInterventions.Web.Pictures;

/// <summary>
/// Server-rendered SVG timelines of episodes: the full 1917–1991 picture grouped by region or
/// country, and a one-decade strip for an episode page.
/// </summary>
public static class TimelineChart
{
    public const int FirstYear = 1917;
    public const int EndYear = 1992;

    /// <summary>
    /// Every bar as a link on a 1917–1992 axis with decade ticks. Groups appear in the order
    /// their first bar appears in <paramref name="bars"/>; within a group bars are packed into
    /// lanes without overlap. <paramref name="idPrefix"/> keeps pattern ids unique when a page
    /// holds several pictures (the layout is appended, so a Wide and a Narrow copy may share it).
    /// </summary>
    public static SvgPicture Render(
        IReadOnlyList<TimelineBar> bars,
        IReadOnlyList<TimelineMark>? marks = null,
        PictureWidth width = PictureWidth.Wide,
        string idPrefix = "timeline")
    {
        var geometry = width == PictureWidth.Narrow ? TimelineGeometry.Narrow : TimelineGeometry.Wide;
        var axis = new TimelineAxis(FirstYear, EndYear, 10, geometry.Margin, geometry.Width - geometry.Margin);
        var prefix = SvgText.IdPrefix(idPrefix) + (width == PictureWidth.Narrow ? "-n" : "-w");
        var groups = bars
            .Where(b => axis.Shows(b.Start, b.End))
            .GroupBy(b => b.Group)
            .Select(g => (g.Key, (IReadOnlyList<TimelineBar>)g.ToList()))
            .ToList();
        var cssClass = width == PictureWidth.Narrow ? "timeline picture-narrow" : "timeline picture-wide";
        var drawing = new TimelineDrawing(geometry, axis, prefix, currentHref: null);
        return drawing.Draw(groups, marks ?? [], cssClass, $"Timeline of episodes, {FirstYear}–{EndYear - 1}");
    }

    /// <summary>
    /// A small strip of the ten years of <paramref name="decade"/> (1956 and 1950 both mean the
    /// 1950s) with the episodes that overlap it; the bar linking to <paramref name="currentHref"/>
    /// is outlined and marked aria-current.
    /// </summary>
    public static SvgPicture RenderDecadeStrip(
        IReadOnlyList<TimelineBar> bars,
        int decade,
        string? currentHref,
        string idPrefix = "strip")
    {
        var first = decade - ((decade % 10) + 10) % 10;
        var geometry = TimelineGeometry.Strip;
        var axis = new TimelineAxis(first, first + 10, 1, geometry.Margin, geometry.Width - geometry.Margin);
        var inDecade = bars.Where(b => axis.Shows(b.Start, b.End)).ToList();
        var drawing = new TimelineDrawing(geometry, axis, SvgText.IdPrefix(idPrefix), currentHref);
        return drawing.Draw([("", inDecade)], [], "timeline timeline-strip", $"Episodes of the {first}s");
    }
}

/// <summary>Sizes in viewBox units. The font size is fixed per layout so labels stay legible when scaled.</summary>
internal sealed record TimelineGeometry(double Width, double FontSize, double BarHeight)
{
    public static readonly TimelineGeometry Wide = new(1200, 13, 10);
    public static readonly TimelineGeometry Narrow = new(420, 13, 9);
    public static readonly TimelineGeometry Strip = new(440, 13, 9);

    public double Margin => 12;

    /// <summary>A lane holds a label line above a bar.</summary>
    public double LaneHeight => FontSize * 1.2 + BarHeight + 7;
}
