using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SovietInterventions.Web.Pictures;

/// <summary>
/// A drawn SVG picture as the builders that hold it: its opening (the svg element, the definitions, the axis) and its body,
/// written one after the other where the page is written. Joining them into one string copied a country's timeline twice
/// (hundreds of kilobytes, on the large object heap) for every uncached page.
/// </summary>
public sealed class SvgPicture : IHtmlContent
{
    private readonly StringBuilder _opening;
    private readonly StringBuilder _body;

    internal SvgPicture(StringBuilder opening, StringBuilder body) => (_opening, _body) = (opening, body);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write(_opening);
        writer.Write(_body);
        writer.Write("</svg>");
    }

    /// <summary>The whole picture as one string (tests, and pictures kept beside other text).</summary>
    public override string ToString() => $"{_opening}{_body}</svg>";
}
