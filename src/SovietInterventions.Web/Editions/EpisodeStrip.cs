using System.Globalization;
using System.Text;

namespace SovietInterventions.Web.Editions;

/// <summary>A small timeline strip for the embed card: the decades an episode falls in, its span as a bar, its events as ticks.</summary>
public static class EpisodeStrip
{
    const int Width = 400, Height = 44, Margin = 18, BarTop = 8, BarHeight = 12;

    public static string Render(EpisodeCard episode)
    {
        var from = episode.StartYear / 10 * 10;
        var to = (episode.EndYear / 10 + 1) * 10;
        double X(double year) => Margin + (year - from) * (Width - 2 * Margin) / (to - from);
        string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        var label = System.Net.WebUtility.HtmlEncode($"{episode.Title}: {episode.StartYear}–{episode.EndYear}, within {from}–{to}");
        svg.Append($"<svg class=\"episode-strip\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\">");
        svg.Append($"<line class=\"strip-axis\" x1=\"{Margin}\" y1=\"{BarTop + BarHeight + 4}\" x2=\"{Width - Margin}\" y2=\"{BarTop + BarHeight + 4}\"/>");
        for (var decade = from; decade <= to; decade += 10)
        {
            svg.Append($"<line class=\"strip-tick\" x1=\"{N(X(decade))}\" y1=\"{BarTop + BarHeight + 1}\" x2=\"{N(X(decade))}\" y2=\"{BarTop + BarHeight + 7}\"/>");
            svg.Append($"<text class=\"strip-year\" x=\"{N(X(decade))}\" y=\"{Height - 2}\">{decade}</text>");
        }
        svg.Append($"<rect class=\"strip-bar\" x=\"{N(X(episode.StartYear))}\" y=\"{BarTop}\" width=\"{N(Math.Max(3, X(episode.EndYear + 1) - X(episode.StartYear)))}\" height=\"{BarHeight}\"/>");
        foreach (var year in episode.Events.Select(e => int.TryParse(e.Date.AsSpan(0, Math.Min(4, e.Date.Length)), out var y) ? y : (int?)null).OfType<int>().Distinct())
            svg.Append($"<line class=\"strip-event\" x1=\"{N(X(year + 0.5))}\" y1=\"{BarTop - 4}\" x2=\"{N(X(year + 0.5))}\" y2=\"{BarTop + BarHeight + 2}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
