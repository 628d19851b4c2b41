using System.Text;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Delimited;

/// <summary>
/// Splits delimited text into rows of cells, each with the line it starts on. A cell in double quotes may hold the separator,
/// line breaks and doubled quotes ("He said ""no""").
/// </summary>
internal static class DelimitedRows
{
    public static List<(int Line, List<string> Cells)> Read(string text, char separator)
    {
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else if (c == '"') quoted = false;
                else if (c != '\r') cell.Append(c);
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0) (quoted, cell) = (true, cell.Clear());
            else if (c == separator) cells.Add(Take(cell));
            else if (c == '\n')
            {
                cells.Add(Take(cell));
                rows.Add((rowLine, cells));
                cells = [];
                rowLine = line;
            }
            else if (c != '\r') cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(Take(cell));
            rows.Add((rowLine, cells));
        }
        return rows;
    }

    private static string Take(StringBuilder cell)
    {
        var text = ProseText.Squash(cell.ToString());
        cell.Clear();
        return text;
    }
}
