using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.BBCode;

/// <summary>
/// Reads a forum topic saved as BBCode source (phpBB, SMF, vBulletin; "[b]", "[quote=name]", "[list][*]", "[url=…]…[/url]").
/// A topic exporter's banner ("==== POST p412201 ====") opens a post and the "Name: value" lines under it are its header: the
/// topic's title is the document's, each post is a section headed by its author, its date is the forum's bookkeeping. In a post
/// the tags vanish, a link reads as its label, a list item as an item; a quotation is the quoted writer's words, not the
/// replier's: quoted words already read in an earlier post are not read again, other quotations are passages of their own.
/// Images, attachments, code, smilies, a signature (a post's closing line in small or coloured type) and moderators' notes are
/// no prose, nor are the exporter's "# …" comment lines. BBCode renderers forgive unclosed tags, and so does this reader: a tag
/// never closed runs to its post's end. Every pass is linear in the text.
/// </summary>
internal static partial class BBCodeParser
{
    private const int MinClosingTags = 3;
    private const int MaxSignatureWords = 25;
    private const int MaxBanner = 200;

    /// <summary>Text with closing BBCode tags of two kinds or more, three in all, and no HTML (4: above wikitext's 3, below a web
    /// page's 5). No file name ending is BBCode's alone.</summary>
    public static int Likeness(DocumentShape shape)
    {
        var closing = ClosingTag().Matches(shape.Text).Take(1000).ToList();
        return closing.Count >= MinClosingTags && closing.Select(m => m.Groups["tag"].Value.ToLowerInvariant()).Distinct().Count() >= 2
            && !HtmlTag().IsMatch(shape.Text) ? 4 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r", "").Split('\n');
        var outline = new OutlineBlocks();
        var earlier = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? title = null;
        string? firstDate = null;
        var posts = Posts(lines);
        foreach (var post in posts)
        {
            if (post.Fields.TryGetValue("title", out var topic) && title is null) title = topic;
            post.Fields.TryGetValue("author", out var author);
            if (author is not null)
            {
                outline.EndSections(2);
                outline.AddHeading(author, 2, post.Line);
            }
            if (post.Fields.TryGetValue("date", out var date)) firstDate ??= date;
            ReadBody(lines, post.BodyStart, post.BodyEnd, outline, earlier);
            if (author is not null) earlier.Add(author);
            if (post.Id is not null) earlier.Add(post.Id);
        }
        title ??= posts.Select(p => p.Fields.GetValueOrDefault("subject")).FirstOrDefault(s => s is not null) ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.BBCode, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Date = firstDate },
            References = outline.References,
        };
    }

    private sealed record Post(int Line, string? Id, Dictionary<string, string> Fields, int BodyStart, int BodyEnd);

    // The posts between banners, each with its header's fields; text before the first banner is a post of no header.
    private static List<Post> Posts(string[] lines)
    {
        var posts = new List<Post>();
        var start = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var (line, id) = (1, (string?)null);
        for (var i = 0; i <= lines.Length; i++)
        {
            // A banner is a short line; a long run of "=" is no banner and is not searched as one.
            var banner = i < lines.Length && lines[i].Length <= MaxBanner ? BannerBody(lines[i].Trim()) : null;
            if (i < lines.Length && banner is null) continue;
            posts.Add(new Post(line, id, fields, start, i));
            if (i == lines.Length) break;
            (line, id) = (i + 1, BannerId().Match(banner!, 1) is { Success: true } named ? named.Groups["id"].Value : null);
            fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (start = i + 1; start < lines.Length && HeaderField().Match(lines[start].Trim()) is { Success: true } field; start++)
                fields.TryAdd(field.Groups["name"].Value.Trim(), field.Groups["value"].Value.Trim());
        }
        return posts;
    }

    private sealed record Passage(int Line, string Raw, bool Item, bool Quote, string? QuoteSource);

    private static void ReadBody(string[] lines, int start, int end, OutlineBlocks outline, HashSet<string> earlier)
    {
        var passages = new List<Passage>();
        var current = new List<string>();
        var currentLine = 0;
        var item = false;
        var (quotes, code) = (new Stack<string?>(), 0);
        var quoted = false;

        void Words(string piece, int line)
        {
            if (piece.Trim().Length == 0 || code > 0) return;
            if (current.Count == 0) (currentLine, quoted) = (line, quotes.Count > 0);
            current.Add(piece);
        }

        void End()
        {
            if (current.Count > 0) passages.Add(new Passage(currentLine, string.Join(" ", current), item, quoted, quoted && quotes.Count > 0 ? quotes.Peek() : null));
            current.Clear();
            item = false;
        }

        for (var i = start; i < end; i++)
        {
            var line = lines[i].Trim();
            // The exporter's own comment lines ("# board: …", "# end of export") are its bookkeeping.
            if (line.StartsWith("# ", StringComparison.Ordinal) || line == "#") continue;
            if (line.Length == 0)
            {
                End();
                continue;
            }
            // A line is cut at each block tag: a quotation's opening and closing, a code block's, a list item's mark.
            var at = 0;
            foreach (Match tag in BlockTag().Matches(line))
            {
                Words(line[at..tag.Index], i + 1);
                at = tag.Index + tag.Length;
                End();
                var closing = tag.Groups["close"].Success;
                switch (tag.Groups["name"].Value.ToLowerInvariant())
                {
                    case "quote" when closing:
                        if (quotes.Count > 0) quotes.Pop();
                        break;
                    case "quote":
                        // "[quote="name" post_id=412201]": whose words these are.
                        quotes.Push(QuotePost().Match(tag.Value) is { Success: true } post ? post.Groups["id"].Value
                            : QuoteName().Match(tag.Value) is { Success: true } name ? name.Groups["name"].Value.Trim() : null);
                        break;
                    case "code":
                        code = Math.Max(0, code + (closing ? -1 : 1));
                        break;
                    case "*":
                        item = true;
                        break;
                }
            }
            Words(line[at..], i + 1);
        }
        End();

        var texts = passages.Select(p => (Passage: p, Text: Inline(p.Raw))).Where(p => p.Text.Length > 0).ToList();
        // A signature closes the post: its last line, wholly in small or coloured type, or set off by a dash.
        var signature = texts.Count > 1 && !texts[^1].Passage.Quote && IsSignature(texts[^1].Passage.Raw) ? texts.Count - 1 : -1;
        for (var i = 0; i < texts.Count; i++)
        {
            var (passage, text) = texts[i];
            if (i == signature || ModeratorNote().IsMatch(text)) continue;
            // Quoted words of a post read earlier in the topic are that post's, not the replier's: they are not read again.
            if (passage.Quote && passage.QuoteSource is { } source && (earlier.Contains(source) || earlier.Contains("p" + source))) continue;
            outline.AddText(passage.Item && !passage.Quote ? PassageKind.ListItem : PassageKind.Paragraph, text, passage.Line);
        }
    }

    private static bool IsSignature(string raw)
    {
        var plain = Inline(raw);
        return plain.Length > 0 && plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSignatureWords
            && (SmallOrColoured().IsMatch(raw.Trim()) || plain.StartsWith('—') || plain.StartsWith("--", StringComparison.Ordinal));
    }

    /// <summary>A passage's words: images, attachments and smilies dropped, a link's label kept, every other tag taken off.</summary>
    public static string Inline(string text)
    {
        text = Dropped().Replace(text, " ");
        text = BareLink().Replace(text, " ");
        text = AnyTag().Replace(text, "");
        text = Smilie().Replace(text, " ");
        text = Emoticon().Replace(text, " ");
        return Spaces().Replace(text, " ").Trim();
    }

    private const string Tags = "b|i|u|s|strike|size|color|colour|font|quote|url|email|img|list|\\*|code|center|left|right|justify|spoiler|attachment|youtube|media|sup|sub|highlight|hr|indent|align|table|tr|td|th|h\\d?|heading|pre";

    [GeneratedRegex(@"\[/(?<tag>b|i|u|s|size|color|quote|url|img|list|code|attachment|spoiler|font)\]", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"<(?:p|div|br|span|a|html|body|table)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    // "==== POST p412201 ====", "----- Post 3 -----": an exporter's banner over each post; its words between the rules, or null.
    // Only a line ending in a rule is matched, and with one loop between the rules, so a long rule costs no backtracking.
    private static string? BannerBody(string line) =>
        (line.EndsWith("===", StringComparison.Ordinal) || line.EndsWith("---", StringComparison.Ordinal)) && Banner().Match(line) is { Success: true } banner
            && banner.Groups["body"].Value.Trim() is { Length: > 0 } body ? body : null;

    [GeneratedRegex(@"^(?:={3,}|-{3,})(?<body>[^=-].*?)(?:={3,}|-{3,})$")]
    private static partial Regex Banner();

    // The post's number in its banner: the first word of digits (a letter may lead) after the banner's first word.
    [GeneratedRegex(@"\b(?<id>[a-z]?\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BannerId();

    [GeneratedRegex(@"^(?<name>Author|Poster|Posted by|From|Date|Posted|Time|Subject|Title|Topic|Post subject|Post id|Post)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"(\[(?<close>/)?(?<name>quote|code|list|\*)(?:[=\s][^\[\]\n]*)?\])", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\[(?:img|attachment|youtube|media)(?:[=\s][^\[\]\n]*)?\][^\[]*\[/(?:img|attachment|youtube|media)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"\[url\][^\[]*\[/url\]", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();

    [GeneratedRegex(@"\[/?(?:" + Tags + @")(?:[=\s][^\[\]\n]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();

    // ":salute:", ":thanks:": a board's smilie codes.
    [GeneratedRegex(@"(?<![\w:]):[a-z][a-z0-9_-]{1,20}:(?![\w:])")]
    private static partial Regex Smilie();

    // ":-D", ":)", ";)", ":P", standing alone.
    [GeneratedRegex(@"(?<!\S)[:;=8][-o']?[)(DPpOo|/\\\]\[*]+(?!\S)")]
    private static partial Regex Emoticon();

    // A closing line wholly in small type or a colour: "[color=#808080][size=85]— name[/size][/color]".
    [GeneratedRegex(@"^\[(?:size=(?:[1-9]\d?|[1-9])|color=[^\]]+)\].*\[/(?:size|color)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallOrColoured();

    [GeneratedRegex(@"^(?:Moderator|Mod|Admin|Administrator)(?:'s)? note\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModeratorNote();

    [GeneratedRegex(@"\bpost_?id=""?(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotePost();

    [GeneratedRegex(@"^\[quote=""?(?<name>[^""\]\s][^""\]]{0,100}?)""?(?:\s+\w+=|\])", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
