using System.Text;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// A document written out of the pieces of a container (a wiki export's pages, a feed's items) for the parser of the format
/// inside it, each piece at the line it has in the container, so that every passage still names its line in the file.
/// </summary>
internal sealed class AlignedText
{
    private readonly StringBuilder text = new();
    private int line = 1;

    /// <summary>Appends the piece starting on <paramref name="at"/>, or on the next line when the text has gone past it.</summary>
    public void Add(string piece, int at)
    {
        if (text.Length > 0 && line >= at) NewLine();
        while (line < at) NewLine();
        text.Append(piece);
        line += piece.Count(c => c == '\n');
    }

    private void NewLine()
    {
        text.Append('\n');
        line++;
    }

    public override string ToString() => text.ToString();
}
