using System.Text;
using System.Text.Json;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Notebook;

/// <summary>
/// Reads a Jupyter notebook (".ipynb", JSON): its markdown cells are the writer's prose and are read as Markdown, each at
/// the line of the file its source stands on; code cells and their outputs (tables, images, logs) are no prose. The
/// notebook's metadata title, if it has one, titles the document, else its first heading does. The JSON is read token by
/// token (<see cref="Utf8JsonReader"/>), outputs skipped unread, so a notebook's images and logs cost no memory beyond the
/// file itself (which <see cref="Reading.ReadLimits"/> bounds).
/// </summary>
internal static class NotebookParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".ipynb"];

    /// <summary>An ".ipynb" file, or JSON with a "cells" list and an "nbformat" version, is a notebook (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions)
        || (shape.Text.TrimStart().StartsWith('{') && shape.Text.Contains("\"cells\"", StringComparison.Ordinal)
            && shape.Text.Contains("\"nbformat\"", StringComparison.Ordinal)) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var (cells, title) = Read(source);
        var markdown = MarkdownText(cells);
        if (markdown.Trim().Length == 0)
            throw new ImportException(source.FileName, null, "no text found: the notebook has no markdown cells.");
        var document = MarkdownNotesParser.Parse(new SourceText(source.FileName, markdown, source.Sha256));
        title ??= document.Metadata.Title;
        return document with
        {
            Format = SourceFormat.Notebook,
            Title = title ?? document.Title,
            Metadata = document.Metadata with { Title = title ?? document.Title },
        };
    }

    /// <summary>A markdown cell's text and the line of the file its first source line stands on.</summary>
    internal sealed record MarkdownCell(string Text, int Line);

    // The markdown cells, each at the file line of its source, and the metadata's title.
    internal static (List<MarkdownCell> Cells, string? Title) Read(SourceText source)
    {
        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var cells = new List<MarkdownCell>();
        string? title = null;
        var lines = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new ImportException(source.FileName, 1, "the notebook is not a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "cells" && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                        if (Cell(ref reader, lines) is { } cell) cells.Add(cell);
                }
                else if (name == "metadata" && reader.TokenType == JsonTokenType.StartObject)
                    title = Title(ref reader);
                else reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw new ImportException(source.FileName, (int)(e.LineNumber ?? 0) + 1, $"the notebook is not valid JSON: {e.Message}", e);
        }
        return (cells, title);
    }

    // One cell object, the reader on its start: its text if it is a markdown cell.
    private static MarkdownCell? Cell(ref Utf8JsonReader reader, LineCounter lines)
    {
        string? type = null, text = null;
        var line = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "cell_type" && reader.TokenType == JsonTokenType.String) type = reader.GetString();
            else if (name == "source")
            {
                line = lines.At((int)reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.String) text = reader.GetString();
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var joined = new StringBuilder();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        // Each source line stands on its own line of the file, after the "[" line.
                        if (joined.Length == 0) line = lines.At((int)reader.TokenStartIndex);
                        if (reader.TokenType == JsonTokenType.String) joined.Append(reader.GetString());
                        else reader.Skip();
                    }
                    text = joined.ToString();
                }
                else reader.Skip();
            }
            else reader.Skip(); // outputs, attachments, metadata
        }
        return type == "markdown" && text is not null ? new MarkdownCell(text, line) : null;
    }

    // The notebook's metadata object, the reader on its start: its "title" if it has one.
    private static string? Title(ref Utf8JsonReader reader)
    {
        string? title = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "title" && reader.TokenType == JsonTokenType.String) title = reader.GetString()?.Trim();
            else reader.Skip();
        }
        return string.IsNullOrEmpty(title) ? null : title;
    }

    // The cells' texts, each starting at its own line of the file (blank lines between), so that a passage's line number
    // is the notebook's; a notebook written on fewer lines (minified) gets its cells one after another, a blank line apart.
    internal static string MarkdownText(IEnumerable<MarkdownCell> cells)
    {
        var text = new StringBuilder();
        var line = 1;
        foreach (var cell in cells)
        {
            var body = cell.Text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n');
            if (body.Trim().Length == 0) continue;
            var padding = Math.Max(cell.Line - line, line == 1 ? 0 : 1);
            text.Append('\n', padding);
            line += padding;
            text.Append(body).Append('\n');
            line += body.Count(c => c == '\n') + 1;
        }
        return text.ToString();
    }

    // Line numbers of byte offsets, counted forward (the reader only moves forward).
    private sealed class LineCounter(byte[] bytes)
    {
        private int offset, line = 1;

        public int At(int index)
        {
            for (; offset < index && offset < bytes.Length; offset++)
                if (bytes[offset] == (byte)'\n') line++;
            return line;
        }
    }
}
