namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>The line of each raw JSON value (<c>JsonElement.GetRawText</c>), found in the file in document order: System.Text.Json
/// gives no line of a value it has read.</summary>
internal sealed class JsonLines(string text)
{
    private int position;
    private int line = 1;

    public int Of(string raw)
    {
        var at = text.IndexOf(raw, position, StringComparison.Ordinal);
        if (at < 0) return line;
        for (var i = position; i < at; i++) if (text[i] == '\n') line++;
        position = at;
        return line;
    }
}
