namespace SovietInterventions.Web.Downloads;

/// <summary>RFC 4180 CSV; cells a spreadsheet would run as a formula (= + - @) get a leading quote mark.</summary>
public static class Csv
{
    /// <summary>One row, with its CRLF line end.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
