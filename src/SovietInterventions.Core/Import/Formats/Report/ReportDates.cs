using System.Globalization;

namespace SovietInterventions.Core.Import.Formats.Report;

/// <summary>
/// The dates of a report that declares how it writes them ("DATES ARE YYMMDD, CENTURY 19 ASSUMED"): a column whose every cell is
/// a number of that many digits is a column of dates, each read as words ("200704" is "4 July 1920"). A zero day or month is
/// unknown ("370500" is May 1937, "370000" the year 1937); a cell that is no date ("999999", still going on) is left empty.
/// </summary>
internal sealed class ReportDates
{
    // Two-digit years in a report of the twentieth century's data, unless the report names another century.
    private const int DefaultCentury = 19;

    private readonly int digits;
    private readonly int century;

    private ReportDates(int digits, int century) => (this.digits, this.century) = (digits, century);

    /// <summary>The dates the words around the tables declare (YYMMDD or YYYYMMDD), or null where they declare none.</summary>
    public static ReportDates? Declared(IEnumerable<string> lines)
    {
        int? digits = null;
        var century = DefaultCentury;
        foreach (var line in lines)
        {
            var words = line.Split([' ', ',', '.', ';', '('], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Equals("YYMMDD", StringComparison.OrdinalIgnoreCase)) digits ??= 6;
                else if (words[i].Equals("YYYYMMDD", StringComparison.OrdinalIgnoreCase)) digits ??= 8;
                else if (words[i].Equals("CENTURY", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length
                    && words[i + 1].Length == 2 && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var named))
                    century = named;
            }
        }
        return digits is { } length ? new ReportDates(length, century) : null;
    }

    /// <summary>Whether every filled cell of a column is a number of the declared length (and one is filled at least).</summary>
    public bool IsDateColumn(IEnumerable<string> cells)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count > 0 && filled.All(c => c.Length == digits && c.All(char.IsAsciiDigit));
    }

    /// <summary>The cell's date in words, a shorter one where its day or month is zero, or empty where it is no date.</summary>
    public string Words(string cell)
    {
        if (cell.Length != digits || !cell.All(char.IsAsciiDigit)) return cell;
        var yearDigits = digits - 4;
        var year = int.Parse(cell.AsSpan(0, yearDigits), CultureInfo.InvariantCulture) + (yearDigits == 2 ? century * 100 : 0);
        var (month, day) = (int.Parse(cell.AsSpan(yearDigits, 2), CultureInfo.InvariantCulture), int.Parse(cell.AsSpan(digits - 2), CultureInfo.InvariantCulture));
        if (year < 1 || month > 12 || month == 0 && day != 0 || month > 0 && day > DateTime.DaysInMonth(year, month)) return "";
        var monthName = month == 0 ? "" : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return month == 0 ? $"{year}" : day == 0 ? $"{monthName} {year}" : $"{day} {monthName} {year}";
    }
}
