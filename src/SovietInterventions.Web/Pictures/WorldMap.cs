using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>
/// A world map with countries shaded by episode count, each shaded country a link.
/// Cheap per request: the path data is precomputed in <see cref="WorldMapGeometry"/>.
/// </summary>
public sealed class WorldMap(WorldMapGeometry geometry)
{
    private const string LandGrey = "#dedede";

    /// <summary>Countries listed as text under the map at most (those with most episodes); the countries index lists them all.</summary>
    public const int NotDrawnLimit = 24;
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    /// <summary>
    /// Shades with a count of zero or less are ignored; of several shades for one code the first
    /// wins. Countries too small for the 1:110m data (Grenada, Malta, …) are listed under the map
    /// as text links, so every shade still gets its link.
    /// </summary>
    public string Render(IReadOnlyList<MapShade> shades, string caption, PictureWidth width = PictureWidth.Wide)
    {
        var byIso3 = new Dictionary<string, MapShade>(StringComparer.OrdinalIgnoreCase);
        foreach (var shade in shades.Where(s => s.Count > 0))
            byIso3.TryAdd(shade.Iso3, shade);
        var scale = new CountScale(byIso3.Values.Select(s => s.Count).DefaultIfEmpty(1).Max());

        var font = width == PictureWidth.Narrow ? 30.0 : 15.0;
        var body = new StringBuilder(160_000);
        body.Append($"<path class=\"map-sea\" d=\"{geometry.SpherePath}\" fill=\"#eef3f7\"/>");
        body.Append($"<g class=\"map-land\" fill=\"{LandGrey}\" stroke=\"#fff\" stroke-width=\"0.6\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        foreach (var country in geometry.Countries.Where(c => !byIso3.ContainsKey(c.Iso3)))
            body.Append($"<path class=\"map-country\" d=\"{country.PathData}\"/>");
        foreach (var country in geometry.Countries)
        {
            if (!byIso3.TryGetValue(country.Iso3, out var shade)) continue;
            var name = NameOf(shade, country.Name);
            body.Append($"<a class=\"map-country-link\" href=\"{SvgText.Escape(shade.Href)}\" aria-label=\"{SvgText.Escape(name)}\">");
            body.Append($"<title>{SvgText.Escape(name)}</title>");
            body.Append($"<path class=\"map-country map-shade-{scale.ClassOf(shade.Count) + 1}\" d=\"{country.PathData}\" fill=\"{scale.ColourFor(shade.Count)}\"/></a>");
        }
        body.Append("</g>");

        var y = geometry.Height + font * 1.6;
        y = WriteLegend(body, scale, byIso3.Count > 0, y, font);
        var notDrawn = byIso3.Values.Where(s => geometry.Find(s.Iso3) is null).ToList();
        if (notDrawn.Count > 0) y = WriteNotDrawn(body, notDrawn, y + font * 1.5, font);
        y += font * 1.5;
        body.Append($"<text class=\"map-note\" x=\"4\" y=\"{SvgText.Num(y)}\" font-size=\"{SvgText.Num(font * 0.8)}\" fill=\"#555\">Modern borders (Natural Earth); historical states are drawn on their successors.</text>");
        var height = y + font * 0.6;

        var svg = new StringBuilder(body.Length + 512);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture world-map {(width == PictureWidth.Narrow ? "picture-narrow" : "picture-wide")}\"");
        svg.Append($" viewBox=\"0 0 {SvgText.Num(WorldMapGeometry.Width)} {SvgText.Num(height)}\" width=\"100%\" role=\"group\" aria-label=\"{SvgText.Escape(caption)}\"");
        svg.Append($" font-family=\"{Font}\" font-size=\"{SvgText.Num(font)}\"><title>{SvgText.Escape(caption)}</title>");
        return svg.Append(body).Append("</svg>").ToString();
    }

    private static string NameOf(MapShade shade, string fallback)
    {
        var name = string.IsNullOrWhiteSpace(shade.Label) ? fallback : shade.Label;
        return $"{name} — {shade.Count} {(shade.Count == 1 ? "episode" : "episodes")}";
    }

    private static double WriteLegend(StringBuilder sb, CountScale scale, bool anyShaded, double baseline, double font)
    {
        var items = new List<(string Colour, string Text)>();
        if (anyShaded)
            items.AddRange(Enumerable.Range(0, scale.ClassCount).Select(i => (scale.Colour(i), scale.Label(i))));
        items.Add((LandGrey, "none"));

        sb.Append($"<g class=\"map-legend\" fill=\"#222\"><text x=\"4\" y=\"{SvgText.Num(baseline)}\">Episodes:</text>");
        var x = 4 + SvgText.EstimateWidth("Episodes:", font) + font * 0.8;
        foreach (var (colour, text) in items)
        {
            var itemWidth = font * 1.9 + SvgText.EstimateWidth(text, font);
            if (x + itemWidth > WorldMapGeometry.Width)
            {
                x = 4;
                baseline += font * 1.6;
            }
            sb.Append($"<rect x=\"{SvgText.Num(x)}\" y=\"{SvgText.Num(baseline - font * 0.95)}\" width=\"{SvgText.Num(font * 1.5)}\" height=\"{SvgText.Num(font * 1.1)}\" fill=\"{colour}\" stroke=\"#999\" stroke-width=\"0.5\"/>");
            sb.Append($"<text x=\"{SvgText.Num(x + font * 1.9)}\" y=\"{SvgText.Num(baseline)}\">{SvgText.Escape(text)}</text>");
            x += itemWidth + font * 1.2;
        }
        sb.Append("</g>");
        return baseline;
    }

    private static double WriteNotDrawn(StringBuilder sb, IReadOnlyList<MapShade> shades, double baseline, double font)
    {
        var intro = "Too small to draw:";
        sb.Append($"<g class=\"map-not-drawn\" fill=\"#222\"><text x=\"4\" y=\"{SvgText.Num(baseline)}\">{intro}</text>");
        var x = 4 + SvgText.EstimateWidth(intro, font) + font * 0.6;
        var listed = shades.OrderByDescending(s => s.Count).ThenBy(s => s.Label, StringComparer.Ordinal).Take(NotDrawnLimit).ToList();
        foreach (var shade in listed)
        {
            var text = $"{(string.IsNullOrWhiteSpace(shade.Label) ? shade.Iso3 : shade.Label)} ({shade.Count})";
            var textWidth = SvgText.EstimateWidth(text, font);
            if (x + textWidth > WorldMapGeometry.Width)
            {
                x = 4;
                baseline += font * 1.5;
            }
            sb.Append($"<a class=\"map-country-link\" href=\"{SvgText.Escape(shade.Href)}\" aria-label=\"{SvgText.Escape(NameOf(shade, shade.Iso3))}\">");
            sb.Append($"<title>{SvgText.Escape(NameOf(shade, shade.Iso3))}</title>");
            sb.Append($"<text x=\"{SvgText.Num(x)}\" y=\"{SvgText.Num(baseline)}\" fill=\"#8b1a10\" text-decoration=\"underline\">{SvgText.Escape(text)}</text></a>");
            x += textWidth + font;
        }
        if (shades.Count > listed.Count)
        {
            var more = $"and {shades.Count - listed.Count} more on the countries page";
            if (x + SvgText.EstimateWidth(more, font) > WorldMapGeometry.Width)
            {
                x = 4;
                baseline += font * 1.5;
            }
            sb.Append($"<a href=\"{Site.SitePaths.Countries}\"><text x=\"{SvgText.Num(x)}\" y=\"{SvgText.Num(baseline)}\" fill=\"#8b1a10\" text-decoration=\"underline\">{more}</text></a>");
        }
        sb.Append("</g>");
        return baseline;
    }
}
