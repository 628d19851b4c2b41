using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// A saved discussion thread (Reddit and forums like it), in any format: each comment opens with its author and age
/// ("u/name · 3 yr. ago", "level 2 u/name · OP · 3 yr. ago", "[deleted] · 3 yr. ago") and closes with its votes and buttons
/// ("1.2k · Reply · Award · Share"). Those words are no prose, and a comment's start ends the sections the comments before it
/// opened: the "**Bukhara, 1920**" of one answer does not head the replies under it.
/// </summary>
internal static partial class ThreadComments
{
    private const int MaxFlairWords = 10;
    private const int ButtonsLength = 60;

    public static ParsedDocument Apply(ParsedDocument document)
    {
        if (!document.Blocks.Any(b => Header().IsMatch(b.Text))) return document;
        var closed = new HashSet<Heading>();
        var blocks = new List<Block>();
        foreach (var block in document.Blocks)
        {
            var text = block.Text;
            if (Header().Match(text) is { Success: true } header)
            {
                // A new comment: every heading open so far but the document's title is the last comment's.
                closed.UnionWith(block.Headings.Where(h => h.Level > 1));
                text = text[header.Length..].Trim();
                // The author's flair on the header's own line ("· Soviet Central Asia | Early USSR") says nothing of the subject.
                if (text.StartsWith('·') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFlairWords && text.IndexOfAny(['.', '!', '?']) < 0) text = "";
            }
            // The buttons end a comment: only a text's tail is read for them, however long the text.
            var tail = text.Length > ButtonsLength ? text[^ButtonsLength..] : text;
            if (Buttons().Match(tail) is { Success: true } buttons) text = text[..(text.Length - tail.Length + buttons.Index)].Trim();
            if (text.Length == 0) continue;
            var headings = block.Headings.Where(h => !closed.Contains(h)).ToList();
            blocks.Add(text == block.Text && headings.Count == block.Headings.Count ? block
                : new Block(block.Kind, text, block.Line, headings, block.Depth));
        }
        return document with { Blocks = blocks };
    }

    // The last comment's buttons may be glued before it ("212 · Reply level 3 u/name · 3 yr. ago").
    [GeneratedRegex(@"^(?:[\d.,]+k?\s+·\s+Reply(?:\s+·\s+(?:Award|Share|Report|Save))*\s+)?(?:level \d+\s+)?(?:u/)?(?:\[deleted\]|[\w-]{3,30})(?:\s+·\s+OP)?\s+·\s+\d+\s*(?:yr|yrs|y|mo|mos|w|d|h|hr|hrs|min|m)\.?\s+ago\b")]
    private static partial Regex Header();

    // "1.2k · Reply · Award · Share", "88 · Reply", ending a comment (and glued to its last paragraph when it was hard-wrapped).
    [GeneratedRegex(@"(?:^|\s)(?:[\d.,]+k?\s+·\s+)?Reply(?:\s+·\s+(?:Award|Share|Report|Save|Give Award))*$")]
    private static partial Regex Buttons();
}
