using System.Globalization;
using System.Text.Encodings.Web;
using System.Xml.Linq;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

/// <summary>Parses rendered SVG (failing the test if it is not well-formed XML) and reads it back.</summary>
internal static class ParsedSvg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        var root = XElement.Parse(svg);
        Assert.Equal(Ns + "svg", root.Name);
        return root;
    }

    /// <summary>The picture as a page writes it.</summary>
    public static XElement Parse(SvgPicture picture)
    {
        using var page = new StringWriter();
        picture.WriteTo(page, HtmlEncoder.Default);
        return Parse(page.ToString());
    }

    public static IEnumerable<XElement> All(this XElement root, string localName) => root.Descendants(Ns + localName);

    public static IEnumerable<XElement> WithClass(this XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static string? TitleText(this XElement element) => (string?)element.Element(Ns + "title");

    /// <summary>The site's Content-Security-Policy forbids inline styles and scripts.</summary>
    public static void AssertNoInlineStylesOrScripts(XElement root)
    {
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "style" or "script" or "foreignObject");
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    /// <summary>Relative luminance of a #rrggbb colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
