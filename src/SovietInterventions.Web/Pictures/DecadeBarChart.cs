using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>One bar of the episodes-per-decade chart, for example ("1950s", "/decades/1950s", 7).</summary>
public sealed record DecadeBar(string Label, string Href, int Count);

/// <summary>Episodes per decade as a column chart; each column links to its decade.</summary>
public static class DecadeBarChart
{
    private const double Width = 480;
    private const double PlotHeight = 170;
    private const double FontSize = 14;
    private const double Left = 30;
    private const double Right = 8;
    private const double Top = 24;

    public static string Render(IReadOnlyList<DecadeBar> bars, string caption = "Episodes per decade")
    {
        var max = Math.Max(1, bars.Select(b => b.Count).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var axisMax = (max + step - 1) / step * step;
        var baseline = Top + PlotHeight;
        double Y(double count) => baseline - count / axisMax * PlotHeight;

        var sb = new StringBuilder();
        var height = baseline + FontSize * 2;
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture decade-chart\" viewBox=\"0 0 {Width} {SvgText.Num(height)}\" width=\"100%\"");
        sb.Append($" role=\"group\" aria-label=\"{SvgText.Escape(caption)}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"{FontSize}\">");
        sb.Append($"<title>{SvgText.Escape(caption)}</title>");

        sb.Append("<g class=\"decade-chart-axis\" fill=\"#555\" stroke=\"#ddd\" text-anchor=\"end\">");
        for (var v = 0; v <= axisMax; v += step)
        {
            var y = SvgText.Num(Y(v));
            sb.Append($"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>");
            sb.Append($"<text x=\"{Left - 6}\" y=\"{SvgText.Num(Y(v) + FontSize * 0.35)}\" stroke=\"none\" font-size=\"{FontSize - 2}\">{v}</text>");
        }
        sb.Append("</g>");

        var slot = (Width - Left - Right) / Math.Max(1, bars.Count);
        var barWidth = Math.Min(slot * 0.7, 60);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var centre = Left + slot * (i + 0.5);
            var top = Y(Math.Max(0, bar.Count));
            var name = $"{bar.Label}: {bar.Count} {(bar.Count == 1 ? "episode" : "episodes")}";
            // Named by its <title>: an aria-label would have to contain the visible "1920s" and "3" in order.
            sb.Append($"<a class=\"decade-chart-bar\" href=\"{SvgText.Escape(bar.Href)}\">");
            sb.Append($"<title>{SvgText.Escape(name)}</title>");
            // The full-height transparent rect makes short bars easy to hit.
            sb.Append($"<rect x=\"{SvgText.Num(centre - slot / 2)}\" y=\"{Top}\" width=\"{SvgText.Num(slot)}\" height=\"{PlotHeight + FontSize * 1.6}\" fill=\"#fff\" fill-opacity=\"0\"/>");
            sb.Append($"<rect class=\"decade-chart-column\" x=\"{SvgText.Num(centre - barWidth / 2)}\" y=\"{SvgText.Num(top)}\" width=\"{SvgText.Num(barWidth)}\" height=\"{SvgText.Num(baseline - top)}\" fill=\"#b2322a\"/>");
            // Label before count, so the visible text reads in the order of the accessible name ("1920s: 3 episodes").
            sb.Append($"<text x=\"{SvgText.Num(centre)}\" y=\"{SvgText.Num(baseline + FontSize * 1.3)}\" text-anchor=\"middle\" fill=\"#222\" font-size=\"{FontSize - 1}\">{SvgText.Escape(bar.Label)}</text>");
            sb.Append($"<text x=\"{SvgText.Num(centre)}\" y=\"{SvgText.Num(top - 5)}\" text-anchor=\"middle\" fill=\"#222\" font-weight=\"bold\">{bar.Count}</text>");
            sb.Append("</a>");
        }
        sb.Append($"<line x1=\"{Left}\" y1=\"{baseline}\" x2=\"{Width - Right}\" y2=\"{baseline}\" stroke=\"#555\"/>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Gridline spacing giving at most about five lines: 1, 2, 5, 10, 20, …</summary>
    private static int NiceStep(int max)
    {
        var step = 1;
        while (max / step > 5)
            step = step.ToString()[0] == '2' ? step / 2 * 5 : step * 2;
        return step;
    }
}
