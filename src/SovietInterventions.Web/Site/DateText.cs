using System.Globalization;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Site;

/// <summary>
/// Dates as readers write them, to the precision the sources give and no further:
/// "4 November 1956", "August 1940", "1921–1924".
/// </summary>
public static class DateText
{
    const string Dash = "\u2013";

    /// <summary>One ISO date ("1956", "1956-11", "1956-11-04"); text that is not such a date is shown as it is.</summary>
    public static string Of(string iso) => PartialDate.TryParseIso(iso, out var date) ? Of(date) : iso;

    public static string Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => $"{date.Day} {MonthName(date)} {date.Year}",
        DatePrecision.Month => $"{MonthName(date)} {date.Year}",
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A period, sharing what the two ends share: "1921–1924", "June–August 1940", "4–10 November 1956".</summary>
    public static string Range(string start, string? end)
    {
        if (end is null || end == start) return Of(start);
        if (!PartialDate.TryParseIso(start, out var from) || !PartialDate.TryParseIso(end, out var to)) return $"{start}{Dash}{end}";
        if (from.Precision != to.Precision || from.Year != to.Year)
            return from.Precision == DatePrecision.Year && to.Precision == DatePrecision.Year
                ? $"{from.Year}{Dash}{to.Year}"
                : $"{Of(from)} {Dash} {Of(to)}";
        return from.Precision switch
        {
            DatePrecision.Month => $"{MonthName(from)}{Dash}{MonthName(to)} {to.Year}",
            DatePrecision.Day when from.Month == to.Month => $"{from.Day}{Dash}{to.Day} {MonthName(to)} {to.Year}",
            DatePrecision.Day => $"{from.Day} {MonthName(from)} {Dash} {to.Day} {MonthName(to)} {to.Year}",
            _ => Of(from),
        };
    }

    /// <summary>A day for citations: "25 November 2026".</summary>
    public static string Of(DateOnly day) => Of(new PartialDate(day.Year, day.Month, day.Day));

    static string MonthName(PartialDate date) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month ?? 1);
}
