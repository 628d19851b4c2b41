using System.Globalization;

namespace SovietInterventions.Web.Site;

/// <summary>A decade of the encyclopedia's period, written "1950s" in URLs and text.</summary>
public readonly record struct Decade
{
    public const int First = 1910;
    public const int Last = 1990;

    public int StartYear { get; }
    public int EndYear => StartYear + 9;

    Decade(int startYear) => StartYear = startYear;

    public static Decade Of(int year) => new(year - year % 10);

    public static IEnumerable<Decade> All => Enumerable.Range(0, (Last - First) / 10 + 1).Select(i => new Decade(First + i * 10));

    /// <summary>Accepts exactly "1910s" to "1990s".</summary>
    public static bool TryParse(string? text, out Decade decade)
    {
        decade = default;
        if (text is not { Length: 5 } || text[4] != 's' || text[3] != '0') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (year is < First or > Last) return false;
        decade = new Decade(year);
        return true;
    }

    public Decade? Previous => StartYear > First ? new Decade(StartYear - 10) : null;
    public Decade? Next => StartYear < Last ? new Decade(StartYear + 10) : null;

    public override string ToString() => $"{StartYear.ToString(CultureInfo.InvariantCulture)}s";
}
