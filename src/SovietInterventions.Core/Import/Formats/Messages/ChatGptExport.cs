using System.Text.Json;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Messages;

/// <summary>
/// A ChatGPT data export's conversations.json: a list of conversations, each with a title and a "mapping" of nodes (a message,
/// its parent and its children) that forms a tree, since a regenerated answer or an edited question starts a branch beside the
/// old one. A conversation is a section under its title, read along the branch that was last shown, the one ending at its
/// "current_node" (its parents followed up to the root): branches left behind are not read. The user's and the assistant's
/// turns are prose, each read as the Markdown it is written in, its headings below the conversation's; as in any other chat
/// export, who wrote a turn and when are bookkeeping, not prose. System and tool messages, messages hidden from the
/// conversation, a call the assistant made to a tool and parts that are no text (images, code runs) are no prose.
/// </summary>
internal static class ChatGptExport
{
    private static readonly HashSet<string> Speakers = new(StringComparer.Ordinal) { "user", "assistant" };
    private static readonly HashSet<string> TextContent = new(StringComparer.Ordinal) { "text", "multimodal_text" };

    /// <summary>The JSON is a list of conversations: objects each holding a "mapping" object of node objects.</summary>
    public static bool Holds(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0
        && root.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("mapping", out var mapping)
            && mapping.ValueKind == JsonValueKind.Object && mapping.EnumerateObject().All(n => n.Value.ValueKind == JsonValueKind.Object)
            && mapping.EnumerateObject().Any(n => n.Value.TryGetProperty("message", out _) || n.Value.TryGetProperty("children", out _)));

    public static ParsedDocument Parse(SourceText source, JsonElement root, string text, string title)
    {
        var top = new Heading(title, 1, 1);
        var blocks = new List<Block> { new(PassageKind.Heading, title, 1, [top], 1) };
        var references = new List<string>();
        foreach (var conversation in Read(root, text))
        {
            Heading[] path = conversation.Title is { } name ? [top, new Heading(name, 2, conversation.Line)] : [top];
            if (path.Length > 1) blocks.Add(new Block(PassageKind.Heading, path[^1].Text, path[^1].Line, path, 2));
            foreach (var turn in conversation.Turns)
            {
                // Each turn is a Markdown document of its own: its headings stand below the conversation's and end with the turn,
                // and all its blocks stand at the line of the file the turn's text is on (a JSON string is one line).
                // A turn too deeply nested for the Markdown reader is refused at the turn's line in the file, not at a line of its own.
                ParsedDocument read;
                try { read = MarkdownNotesParser.Parse(new SourceText(source.FileName, turn.Text, source.Sha256)); }
                catch (ImportException refused) { throw new ImportException(source.FileName, turn.Line, refused.Problem, refused); }
                var below = path.Length;
                foreach (var block in read.Blocks)
                    blocks.Add(new Block(block.Kind, block.Text, turn.Line,
                        [.. path, .. block.Headings.Select(h => h with { Level = h.Level + below, Line = turn.Line })],
                        block.Kind == PassageKind.Heading ? block.Depth + below : block.Depth));
                references.AddRange(read.References);
            }
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.Messages, blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = references,
        };
    }

    private sealed record Turn(string Text, int Line);

    private sealed record Conversation(string? Title, int Line, List<Turn> Turns);

    private sealed record Node(string? Parent, bool HasChildren, Turn? Turn);

    // The conversations in the file's order, each with the turns of its shown branch, first to last. Members are read in the
    // file's order so that each value's line is found going forward.
    private static List<Conversation> Read(JsonElement root, string text)
    {
        var lines = new JsonLines(text);
        var conversations = new List<Conversation>();
        foreach (var item in root.EnumerateArray())
        {
            string? title = null, current = null;
            var titleLine = 0;
            var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
            string? lastLeaf = null;
            foreach (var property in item.EnumerateObject())
                switch (property.Name)
                {
                    case "title" when property.Value.ValueKind == JsonValueKind.String:
                        title = ProseText.Squash(property.Value.GetString());
                        titleLine = lines.Of(property.Value.GetRawText());
                        break;
                    case "current_node" when property.Value.ValueKind == JsonValueKind.String:
                        current = property.Value.GetString();
                        break;
                    case "mapping":
                        foreach (var entry in property.Value.EnumerateObject())
                        {
                            var node = NodeOf(entry.Value, lines);
                            nodes.TryAdd(entry.Name, node);
                            if (!node.HasChildren) lastLeaf = entry.Name;
                        }
                        break;
                }
            var turns = Branch(nodes, current is not null && nodes.ContainsKey(current) ? current : lastLeaf);
            if (turns.Count == 0) continue;
            conversations.Add(new Conversation(title is { Length: > 0 } ? title : null, title is { Length: > 0 } ? titleLine : turns[0].Line, turns));
        }
        return conversations;
    }

    // The turns from the root down to the given node, following parents up from it; a loop of parents (no real export has one)
    // ends where it closes.
    private static List<Turn> Branch(Dictionary<string, Node> nodes, string? last)
    {
        var turns = new List<Turn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = last; id is not null && seen.Add(id) && nodes.TryGetValue(id, out var node); id = node.Parent)
            if (node.Turn is { } turn) turns.Add(turn);
        turns.Reverse();
        return turns;
    }

    private static Node NodeOf(JsonElement node, JsonLines lines)
    {
        var parent = node.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var hasChildren = node.TryGetProperty("children", out var c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > 0;
        return new Node(parent, hasChildren, node.TryGetProperty("message", out var message) ? TurnOf(message, lines) : null);
    }

    // A message's text if it is a turn of the user's or the assistant's, shown in the conversation; its string parts, each a
    // paragraph (an image's part is an object).
    private static Turn? TurnOf(JsonElement message, JsonLines lines)
    {
        if (message.ValueKind != JsonValueKind.Object
            || String(message, "author", "role") is not { } role || !Speakers.Contains(role)
            || String(message, "recipient") is { } recipient && recipient != "all"
            || message.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("is_visually_hidden_from_conversation", out var hidden) && hidden.ValueKind == JsonValueKind.True
            || !message.TryGetProperty("content", out var content) || String(content, "content_type") is not { } type || !TextContent.Contains(type)
            || !content.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array) return null;
        var texts = parts.EnumerateArray().Where(part => part.ValueKind == JsonValueKind.String && part.GetString()!.Trim().Length > 0).ToList();
        if (texts.Count == 0) return null;
        return new Turn(string.Join("\n\n", texts.Select(part => part.GetString())), lines.Of(texts[0].GetRawText()));
    }

    // A string value at the end of a path of object members, or null.
    private static string? String(JsonElement element, params string[] path)
    {
        foreach (var name in path)
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
