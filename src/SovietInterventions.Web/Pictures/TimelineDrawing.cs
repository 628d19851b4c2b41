using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>Lays out and writes one timeline: rows of context marks, groups of packed bars, legend.</summary>
internal sealed class TimelineDrawing(TimelineGeometry geometry, TimelineAxis axis, string idPrefix, string? currentHref)
{
    private const double MinBarWidth = 3;
    private readonly StringBuilder _body = new();
    private double _y;
    private bool _anyFuzzy;

    private double Font => geometry.FontSize;

    public SvgPicture Draw(
        IReadOnlyList<(string Name, IReadOnlyList<TimelineBar> Bars)> groups,
        IReadOnlyList<TimelineMark> marks,
        string cssClass,
        string caption)
    {
        var styles = new KindStyles(groups.SelectMany(g => g.Bars).Select(b => b.Kind), idPrefix);
        var topLabelBaseline = Font + 4;
        var gridTop = topLabelBaseline + 4;
        _y = gridTop + 4;

        var shownMarks = marks.Where(m => axis.Shows(m.Date, m.Date)).ToList();
        if (shownMarks.Count > 0) DrawMarks(shownMarks);
        foreach (var (name, bars) in groups) DrawGroup(name, bars, styles);
        var empty = shownMarks.Count == 0 && groups.All(g => g.Bars.Count == 0);
        if (empty)
        {
            _y += Font * 1.5;
            _body.Append($"<text x=\"{SvgText.Num(axis.Left)}\" y=\"{SvgText.Num(_y)}\" fill=\"#444\">No episodes in this period.</text>");
            _y += Font;
        }

        var gridBottom = _y;
        // A second row of year labels helps on tall charts, where the top ones have scrolled away.
        var bottomLabels = gridBottom - gridTop > 320;
        _y = gridBottom + (bottomLabels ? Font + 4 : 0) + Font * 1.8;
        var legendHeight = TimelineLegend.Write(_body, styles, _anyFuzzy, shownMarks.Count > 0, _y, geometry, idPrefix);
        var height = _y + legendHeight + 4;

        var opening = new StringBuilder();
        opening.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture {cssClass}\" viewBox=\"0 0 {SvgText.Num(geometry.Width)} {SvgText.Num(height)}\" width=\"100%\"");
        opening.Append($" role=\"group\" aria-label=\"{SvgText.Escape(caption)}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"{SvgText.Num(Font)}\">");
        opening.Append($"<title>{SvgText.Escape(caption)}</title><defs>");
        styles.WriteDefs(opening);
        opening.Append($"<linearGradient id=\"{idPrefix}-fade-start\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\"0.95\"/><stop offset=\"1\" stop-color=\"#fff\" stop-opacity=\"0\"/></linearGradient>");
        opening.Append($"<linearGradient id=\"{idPrefix}-fade-end\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#fff\" stop-opacity=\"0.95\"/></linearGradient>");
        opening.Append("</defs>");
        if (!empty) axis.WriteGrid(opening, gridTop, gridBottom);
        axis.WriteLabels(opening, topLabelBaseline, Font - 1);
        if (bottomLabels) axis.WriteLabels(opening, gridBottom + Font + 2, Font - 1);
        return new SvgPicture(opening, _body);
    }

    private void DrawHeading(string text)
    {
        _y += Font + 6;
        _body.Append($"<text class=\"timeline-group-label\" x=\"{SvgText.Num(axis.Left)}\" y=\"{SvgText.Num(_y)}\" font-weight=\"bold\" fill=\"#222\">{SvgText.Escape(text)}</text>");
        _y += 4;
    }

    private void DrawMarks(IReadOnlyList<TimelineMark> marks)
    {
        _body.Append("<g class=\"timeline-marks\">");
        DrawHeading("Context");
        var cy = _y + 9;
        foreach (var mark in marks)
        {
            var x = axis.X(mark.Date);
            var title = $"{mark.Label} ({mark.Date.Year})";
            var open = string.IsNullOrEmpty(mark.Href)
                ? "<g class=\"timeline-mark\">"
                : $"<a class=\"timeline-mark\" href=\"{SvgText.Escape(mark.Href)}\" aria-label=\"{SvgText.Escape(title)}\">";
            _body.Append(open).Append($"<title>{SvgText.Escape(title)}</title>");
            _body.Append($"<path d=\"M{SvgText.Num(x)},{SvgText.Num(cy - 6)} l6,6 l-6,6 l-6,-6 z\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"1\"/>");
            _body.Append(string.IsNullOrEmpty(mark.Href) ? "</g>" : "</a>");
        }
        _body.Append("</g>");
        _y = cy + 12;
    }

    private void DrawGroup(string name, IReadOnlyList<TimelineBar> bars, KindStyles styles)
    {
        if (bars.Count == 0) return;
        _body.Append("<g class=\"timeline-group\">");
        if (name.Length > 0) DrawHeading(name);
        var placed = bars.Select(Place).ToList();
        var lanes = LanePacking.Pack(placed.Select(p => (p.Left, p.Right)).ToList(), gap: Font * 0.8);
        for (var i = 0; i < placed.Count; i++)
            WriteBar(placed[i], _y + lanes[i] * geometry.LaneHeight, styles);
        _y += (lanes.Max() + 1) * geometry.LaneHeight;
        _body.Append("</g>");
    }

    private PlacedBar Place(TimelineBar bar)
    {
        var start = bar.StartYearOnly ? new DateOnly(bar.Start.Year, 1, 1) : bar.Start;
        var end = bar.EndYearOnly ? new DateOnly(bar.End.Year, 12, 31) : bar.End;
        if (end < start) end = start;
        double x0 = axis.X(start), x1 = axis.XAfter(end);
        if (x1 - x0 < MinBarWidth)
        {
            x0 = Math.Clamp((x0 + x1 - MinBarWidth) / 2, axis.Left, axis.Right - MinBarWidth);
            x1 = x0 + MinBarWidth;
        }

        // Each fuzzy year fades out; a bar fuzzy at both ends fades at most halfway from each.
        var fadeLimit = bar.StartYearOnly && bar.EndYearOnly ? (x1 - x0) / 2 : x1 - x0;
        var fadeStart = bar.StartYearOnly && start.Year >= axis.FirstYear ? Math.Min(axis.YearWidth, fadeLimit) : 0;
        var fadeEnd = bar.EndYearOnly && end.Year < axis.EndYear ? Math.Min(axis.YearWidth, fadeLimit) : 0;

        // The current episode's label is bold, and bold text runs about a tenth wider.
        var widthFactor = bar.Href == currentHref ? 1.1 : 1.0;
        var label = FitLabel(bar.Title, (axis.Right - axis.Left) / widthFactor);
        var labelWidth = SvgText.EstimateWidth(label, Font) * widthFactor;
        var labelX = Math.Max(axis.Left, Math.Min(x0, axis.Right - labelWidth));
        return new PlacedBar(bar, x0, x1, label, labelX, labelWidth, fadeStart, fadeEnd);
    }

    private string FitLabel(string title, double available)
    {
        if (SvgText.EstimateWidth(title, Font) <= available) return title;
        var chars = Math.Max(1, (int)(available / SvgText.EstimateWidth("x", Font)) - 1);
        return title[..Math.Min(chars, title.Length)].TrimEnd() + "…";
    }

    private void WriteBar(PlacedBar p, double laneTop, KindStyles styles)
    {
        var bar = p.Bar;
        var isCurrent = currentHref is not null && bar.Href == currentHref;
        var name = string.IsNullOrEmpty(bar.DateLabel) ? bar.Title : $"{bar.Title} — {bar.DateLabel}";
        var title = $"{name} ({styles.LabelOf(bar.Kind)})";
        var barY = SvgText.Num(laneTop + Font * 1.2 + 2);
        var height = SvgText.Num(geometry.BarHeight);

        _body.Append($"<a class=\"timeline-bar{(isCurrent ? " timeline-current" : "")}\" href=\"{SvgText.Escape(bar.Href)}\" aria-label=\"{SvgText.Escape(name)}\"{(isCurrent ? " aria-current=\"page\"" : "")}>");
        _body.Append($"<title>{SvgText.Escape(title)}</title>");
        _body.Append($"<rect class=\"timeline-bar-shape\" x=\"{SvgText.Num(p.X0)}\" y=\"{barY}\" width=\"{SvgText.Num(p.X1 - p.X0)}\" height=\"{height}\" fill=\"{styles.FillFor(bar.Kind)}\"/>");
        if (p.FadeStart > 0)
            _body.Append($"<rect class=\"timeline-fuzzy-start\" x=\"{SvgText.Num(p.X0)}\" y=\"{barY}\" width=\"{SvgText.Num(p.FadeStart)}\" height=\"{height}\" fill=\"url(#{idPrefix}-fade-start)\"/>");
        if (p.FadeEnd > 0)
            _body.Append($"<rect class=\"timeline-fuzzy-end\" x=\"{SvgText.Num(p.X1 - p.FadeEnd)}\" y=\"{barY}\" width=\"{SvgText.Num(p.FadeEnd)}\" height=\"{height}\" fill=\"url(#{idPrefix}-fade-end)\"/>");
        if (isCurrent)
            _body.Append($"<rect x=\"{SvgText.Num(p.X0 - 2)}\" y=\"{SvgText.Num(laneTop + Font * 1.2)}\" width=\"{SvgText.Num(p.X1 - p.X0 + 4)}\" height=\"{SvgText.Num(geometry.BarHeight + 4)}\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.5\"/>");
        _body.Append($"<text x=\"{SvgText.Num(p.LabelX)}\" y=\"{SvgText.Num(laneTop + Font)}\" fill=\"#222\"{(isCurrent ? " font-weight=\"bold\"" : "")}>{SvgText.Escape(p.Label)}</text>");
        _body.Append("</a>");
        _anyFuzzy |= p.FadeStart > 0 || p.FadeEnd > 0;
    }

    private sealed record PlacedBar(
        TimelineBar Bar, double X0, double X1, string Label, double LabelX, double LabelWidth, double FadeStart, double FadeEnd)
    {
        public double Left => Math.Min(X0, LabelX);
        public double Right => Math.Max(X1, LabelX + LabelWidth);
    }
}
