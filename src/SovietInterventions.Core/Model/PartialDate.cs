using System.Globalization;

namespace SovietInterventions.Core.Model;

public enum DatePrecision { Year = 1, Month = 2, Day = 3 }

/// <summary>A calendar date known only to the year, the month or the day.</summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First day of the period the date covers.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day of the period the date covers.</summary>
    public DateOnly Last => Day is not null ? First
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    /// <summary>ISO 8601 to the known precision: "1991", "1991-12", "1991-12-26". Sorts as text.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public override string ToString() => ToIso();

    public static PartialDate ParseIso(string iso)
    {
        if (TryParseIso(iso, out var date)) return date;
        throw new FormatException($"'{iso}' is not an ISO date of year, month or day precision.");
    }

    public static bool TryParseIso(string? iso, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(iso)) return false;
        var parts = iso.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        try
        {
            date = new PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public int CompareTo(PartialDate other) => string.CompareOrdinal(ToIso(), other.ToIso());
}
