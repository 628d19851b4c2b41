using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace SovietInterventions.Web.Hosting;

/// <summary>Reads Accept-Encoding (RFC 9110 §12.5.3): a coding is allowed when named, or matched by "*", with q above 0.</summary>
public static class AcceptEncoding
{
    public static bool Allows(StringValues header, string coding)
    {
        double? named = null, any = null;
        foreach (var value in header)
            foreach (var part in (value ?? "").Split(','))
            {
                var pieces = part.Split(';');
                var name = pieces[0].Trim();
                var q = Quality(pieces);
                if (name.Equals(coding, StringComparison.OrdinalIgnoreCase)) named = Math.Max(named ?? 0, q);
                else if (name == "*") any = Math.Max(any ?? 0, q);
            }
        return (named ?? any ?? 0) > 0;
    }

    static double Quality(string[] pieces)
    {
        foreach (var piece in pieces.Skip(1))
        {
            var p = piece.Trim();
            if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                return double.TryParse(p.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) ? q : 0;
        }
        return 1;
    }
}
