using System.Globalization;
using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>Escaping and number formatting shared by the SVG renderers.</summary>
internal static class SvgText
{
    /// <summary>Escapes text for both element content and double-quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    // Control characters other than tab/newline are not allowed in XML 1.0.
                    if (c < ' ' && c != '\t' && c != '\n' && c != '\r') continue;
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Short invariant-culture number: at most two decimals, no trailing zeros.</summary>
    public static string Num(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Rough width of a label in viewBox units; SVG text cannot be measured on the server.</summary>
    public static double EstimateWidth(string text, double fontSize) => text.Length * fontSize * 0.56;

    /// <summary>Makes a caller-supplied id prefix safe for use in id attributes and url(#...) references.</summary>
    public static string IdPrefix(string prefix)
    {
        var sb = new StringBuilder();
        foreach (var c in prefix)
            sb.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0])) sb.Insert(0, 'p');
        return sb.ToString();
    }
}
