using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Web.Tests.Pictures;

namespace SovietInterventions.Web.Tests;

/// <summary>The inline SVG pictures of a page, parsed, found by a class on their root element.</summary>
internal static partial class PageSvg
{
    public static IReadOnlyList<XElement> All(HtmlPage page, string cssClass) =>
        [.. Svg().Matches(page.Html)
            .Select(m => ParsedSvg.Parse(m.Value))
            .Where(svg => ((string?)svg.Attribute("class"))?.Split(' ').Contains(cssClass) == true)];

    public static XElement One(HtmlPage page, string cssClass, string layout = "picture-wide")
    {
        var svgs = All(page, cssClass).Where(s => ((string?)s.Attribute("class"))!.Split(' ').Contains(layout) || layout == "").ToList();
        Assert.True(svgs.Count == 1, $"{page.Url} has {svgs.Count} {cssClass} {layout} pictures");
        return svgs[0];
    }

    public static IReadOnlyList<string> Links(XElement svg) =>
        [.. svg.All("a").Select(a => (string?)a.Attribute("href")).OfType<string>()];

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
