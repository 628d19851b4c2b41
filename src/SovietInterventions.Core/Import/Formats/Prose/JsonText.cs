using System.Text.Json;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>How the readers of JSON (a message export, a map layer) load it: comments and trailing commas allowed as exports
/// write them, nesting bounded, a byte-order mark ignored, and malformed JSON an error naming the file and line.</summary>
internal static class JsonText
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>How deep a reader may walk the loaded tree.</summary>
    public static int MaxDepth => Options.MaxDepth;

    /// <summary>The document's JSON, or null when the text (trimmed) is none; for telling a format from its content.</summary>
    public static JsonDocument? TryLoad(string text)
    {
        try { return JsonDocument.Parse(text.TrimStart('\uFEFF'), Options); }
        catch (JsonException) { return null; }
    }

    public static JsonDocument Load(SourceText source)
    {
        try { return JsonDocument.Parse(source.Text.TrimStart('\uFEFF'), Options); }
        catch (JsonException e) { throw new ImportException(source.FileName, e.LineNumber is { } line ? (int)line + 1 : null, $"not well-formed JSON: {e.Message}"); }
    }
}
