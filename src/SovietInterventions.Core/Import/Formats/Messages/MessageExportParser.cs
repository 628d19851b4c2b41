using System.Text.Json;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Messages;

/// <summary>
/// Reads a chat or forum export saved as JSON (Discord, Telegram, Slack, Mastodon and the like): every message's text, an
/// embed's or poll's title and description, is a paragraph written in Markdown, as chats write, at the line it has in the
/// file. Ids, timestamps, authors, reactions and attachments are the program's bookkeeping, not prose. A Twitter/X archive's
/// tweets.js is read the same way, tweet by tweet and thread by thread, oldest first (<see cref="TweetArchive"/>), and a ChatGPT
/// export's conversations.json conversation by conversation along the branch last shown (<see cref="ChatGptExport"/>). JSON that holds
/// no such text (a table of records) stays an unknown format.
/// </summary>
internal static class MessageExportParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [];

    // The keys whose string values are what people wrote; Telegram's "text" may be a list of strings and styled pieces.
    private static readonly HashSet<string> TextKeys = new(StringComparer.OrdinalIgnoreCase)
        { "content", "text", "full_text", "body", "message", "description", "caption", "question", "answer", "summary", "note", "topic", "title" };
    private static readonly HashSet<string> NameKeys = new(StringComparer.OrdinalIgnoreCase) { "title", "name", "subject" };
    private static readonly HashSet<string> ConversationKeys = new(StringComparer.OrdinalIgnoreCase) { "channel", "chat", "conversation", "thread", "room" };

    // An export holds a few messages of several words at least; a table of records has names and numbers.
    private const int MinMessages = 3;
    private const int MinWords = 4;
    /// <summary>JSON holding at least three texts of four words or more under message keys (4: below a notebook's 5); a Twitter/X
    /// archive's file, which opens with its own JavaScript assignment (6: no other format's sign, and its JSON, well formed or
    /// not, is read as the archive's); a ChatGPT export's list of conversations with their "mapping" of messages (5: its messages'
    /// texts stand under "parts", no message key).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (TweetArchive.Opens(shape.Text)) return 6;
        var text = shape.Text.TrimStart('\uFEFF').Trim();
        if (!(text.StartsWith('{') && text.EndsWith('}') || text.StartsWith('[') && text.EndsWith(']'))) return 0;
        using var json = JsonText.TryLoad(text);
        if (json is not null && ChatGptExport.Holds(json.RootElement)) return 5;
        return json is not null && Texts(json.RootElement, null, 0).Count(t => t.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords) >= MinMessages ? 4 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var text = TweetArchive.Json(source.Text);
        using (var json = JsonText.Load(source with { Text = text }))
        {
            var title = Title(json.RootElement) ?? Path.GetFileNameWithoutExtension(source.FileName);
            if (ChatGptExport.Holds(json.RootElement)) return ChatGptExport.Parse(source, json.RootElement, text, title);
            // Tweets are no Markdown, and are read in another order than the file's: each is a paragraph at its own line.
            if (TweetArchive.Read(json.RootElement, text) is { } tweets) return Tweets(source, title, tweets);
            var markdown = new AlignedText();
            markdown.Add($"# {title}\n", 1);
            var lines = new JsonLines(text);
            foreach (var (raw, value) in Texts(json.RootElement, null, 0))
            {
                if (value.Trim().Length == 0) continue;
                // Each message is a paragraph of its own: a blank line after it.
                // Mastodon and other fediverse exports keep a post as HTML ("<p>…</p><p>…</p>"): its words are read, never its markup.
                markdown.Add(FragmentPage.PlainText(value).Trim() + "\n", lines.Of(raw));
            }
            var document = MarkdownNotesParser.Parse(source with { Text = markdown.ToString() });
            return document with { Format = SourceFormat.Messages, Title = title, Metadata = document.Metadata with { Title = title } };
        }
    }

    private static ParsedDocument Tweets(SourceText source, string title, List<(int Line, string Text)> tweets)
    {
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        foreach (var (line, tweet) in tweets) outline.AddText(PassageKind.Paragraph, tweet, line);
        return new ParsedDocument(source.FileName, title, SourceFormat.Messages, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // The conversation's name: a title or name at the top, or the channel's or chat's name.
    private static string? Title(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in root.EnumerateObject())
            if (NameKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Trim() is { Length: > 0 } name) return name;
        foreach (var property in root.EnumerateObject())
            if (ConversationKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object && Title(property.Value) is { } name) return name;
        return null;
    }

    // The texts in document order, each with its raw JSON (to find its line); a list under a text key is one text of its pieces.
    private static IEnumerable<(string Raw, string Value)> Texts(JsonElement element, string? key, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when key is not null && TextKeys.Contains(key):
                yield return (element.GetRawText(), element.GetString()!);
                break;
            case JsonValueKind.Array when key is not null && TextKeys.Contains(key) && element.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String):
                var pieces = element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()
                    : e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var piece) && piece.ValueKind == JsonValueKind.String ? piece.GetString() : "");
                var first = element.EnumerateArray().First(e => e.ValueKind == JsonValueKind.String);
                yield return (first.GetRawText(), string.Concat(pieces));
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var text in Texts(item, key, depth + 1)) yield return text;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    foreach (var text in Texts(property.Value, property.Name, depth + 1)) yield return text;
                break;
        }
    }
}
