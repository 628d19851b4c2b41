using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Refuses Markdown indented deeper than any notes are, before Markdig reads it: Markdig re-reads the indentation of
/// every open list for each line, so a list stepping two spaces deeper on each of a few thousand lines cost minutes.
/// </summary>
public static class MarkdownIndentation
{
    /// <summary>Columns of leading space (a tab counts four): 64 levels of two-space lists, far past real notes.</summary>
    public const int MaxColumns = 128;

    public static void Check(SourceText source)
    {
        var text = source.Text;
        var line = 1;
        var columns = 0;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, columns, leading) = (line + 1, 0, true);
                continue;
            }
            if (!leading) continue;
            if (c is ' ' or '\t' or '\r')
            {
                columns += c == '\t' ? 4 : 1;
                continue;
            }
            leading = false;
            // Only a line with text counts: a line of spaces alone nests nothing.
            if (columns > MaxColumns)
                throw new ImportException(source.FileName, line, $"the Markdown is indented more than {MaxColumns} columns deep; no notes nest that far, so it is refused rather than read for minutes.");
        }
    }
}
