using System.Globalization;
using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>Escaping and number formatting shared by the SVG renderers.</summary>
/// <remarks>
/// <see cref="Num"/> and <see cref="Escape"/> return values that format themselves: appended in an interpolated string
/// (to a <see cref="StringBuilder"/> or a string) they write their characters where they go, without a string of their
/// own. A country's timeline has thousands of numbers and titles, drawn twice, on every uncached page.
/// </remarks>
internal static class SvgText
{
    /// <summary>Escapes text for both element content and double-quoted attribute values.</summary>
    public static EscapedText Escape(string? text) => new(text);

    /// <summary>Short invariant-culture number: at most two decimals, no trailing zeros.</summary>
    public static SvgNumber Num(double value) => new(value);

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

/// <summary>A number as SVG writes it: invariant culture, at most two decimals, no trailing zeros.</summary>
internal readonly struct SvgNumber(double value) : ISpanFormattable
{
    private readonly double _rounded = Math.Round(value, 2);

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        _rounded.TryFormat(destination, out charsWritten, "0.##", CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => _rounded.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>Text escaped for both element content and double-quoted attribute values; control characters other than
/// tab and line breaks, which XML 1.0 does not allow, left out.</summary>
internal readonly struct EscapedText(string? text) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        foreach (var c in text.AsSpan())
        {
            ReadOnlySpan<char> escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                < ' ' and not ('\t' or '\n' or '\r') => "",
                _ => new ReadOnlySpan<char>(in c),
            };
            // Too short: the caller grows its buffer and asks again.
            if (!escaped.TryCopyTo(destination[charsWritten..])) return false;
            charsWritten += escaped.Length;
        }
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    // The interpolation calls TryFormat on a buffer it grows.
    public override string ToString() => $"{this}";
}
