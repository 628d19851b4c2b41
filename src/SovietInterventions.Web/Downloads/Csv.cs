using System.Text;

namespace SovietInterventions.Web.Downloads;

/// <summary>RFC 4180 CSV; cells a spreadsheet would run as a formula (= + - @) get a leading quote mark.</summary>
public static class Csv
{
    public static string Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row);
        return text.ToString();
    }

    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    static void Line(StringBuilder text, IEnumerable<string?> cells) => text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
}
