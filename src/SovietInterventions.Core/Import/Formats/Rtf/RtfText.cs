using System.Text;

namespace SovietInterventions.Core.Import.Formats.Rtf;

/// <summary>A paragraph of an RTF document: its text, whether every letter of it is bold, its largest font size (in
/// half-points, RTF's unit) and the line of the file it starts on.</summary>
internal sealed record RtfParagraph(string Text, bool AllBold, int FontSize, int Line);

/// <summary>What an RTF file says: its paragraphs, its footnotes and its "\info" title and author.</summary>
internal sealed record RtfContent(IReadOnlyList<RtfParagraph> Paragraphs, IReadOnlyList<string> Footnotes, string? Title, string? Author);

/// <summary>
/// Reads the text out of RTF: groups ("{…}") keep their formatting to themselves; "\par" and "\line" end a paragraph;
/// "\'hh" is a byte in the code page of the text's font ("\fcharset") or the document's ("\ansicpg", else 1252); "\uN"
/// is a Unicode character followed by "\ucN" fallback characters, which are skipped; font, colour and style tables,
/// pictures, fields' instructions, headers, footers and every "\*\" destination are no text; a "\footnote" group is a
/// footnote; "\info"'s "\title" and "\author" are metadata. One pass with an explicit stack, so deep nesting costs no
/// recursion.
/// </summary>
internal sealed class RtfText
{
    // Destinations whose text is never the document's: tables, pictures, objects, page furniture, document properties.
    private static readonly HashSet<string> SkippedDestinations =
    [
        "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl", "pict", "object", "objdata",
        "fldinst", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "xmlnstbl",
        "themedata", "colorschememapping", "latentstyles", "datastore", "generator", "filetbl", "pgdsctbl",
        "bkmkstart", "bkmkend", "nonshppict", "operator", "company", "doccomm", "keywords", "subject", "comment",
    ];

    // Control words that stand for a character.
    private static readonly Dictionary<string, string> Characters = new()
    {
        ["endash"] = "–", ["emdash"] = "—", ["lquote"] = "‘", ["rquote"] = "’", ["ldblquote"] = "“", ["rdblquote"] = "”",
        ["bullet"] = "•", ["tab"] = " ", ["cell"] = " ", ["emspace"] = " ", ["enspace"] = " ", ["qmspace"] = " ",
    };

    // Windows character sets ("\fcharsetN") and their code pages.
    private static readonly Dictionary<int, int> CharsetCodePages = new()
    {
        [0] = 1252, [128] = 932, [129] = 949, [134] = 936, [136] = 950, [161] = 1253, [162] = 1254, [163] = 1258,
        [177] = 1255, [178] = 1256, [186] = 1257, [204] = 1251, [222] = 874, [238] = 1250,
    };

    private enum Destination { Body, Skipped, FontTable, Info, Title, Author, Footnote }

    private sealed record State(Destination Destination, bool Bold, int Font, int Size, int FallbackCount);

    private readonly List<RtfParagraph> paragraphs = [];
    private readonly List<string> footnotes = [];
    private readonly StringBuilder paragraph = new(), footnote = new(), title = new(), author = new();
    private readonly List<byte> pendingBytes = [];
    private readonly Dictionary<int, int> fontCodePages = [];
    private int documentCodePage = 1252;
    private bool allBold = true;
    private int paragraphSize, paragraphLine, line = 1, skip;
    private State state = new(Destination.Body, false, 0, 24, 1);

    public static RtfContent Read(string rtf)
    {
        var reader = new RtfText();
        reader.Run(rtf);
        var title = Collapse(reader.title.ToString());
        var author = Collapse(reader.author.ToString());
        return new RtfContent(reader.paragraphs, reader.footnotes, title.Length > 0 ? title : null, author.Length > 0 ? author : null);
    }

    /// <summary>An RTF file opens with "{\rtf".</summary>
    public static bool IsRtf(string text) => text.TrimStart('\uFEFF', ' ', '\n', '\t').StartsWith(@"{\rtf", StringComparison.Ordinal);

    private void Run(string rtf)
    {
        var stack = new Stack<State>();
        var groupStart = false; // just after "{": the group's first control word may name its destination
        var starred = false;    // "{\*\word": an optional destination, skipped unless known
        var fontTableFont = -1;
        for (var i = 0; i < rtf.Length; i++)
        {
            var c = rtf[i];
            switch (c)
            {
                case '{':
                    FlushBytes();
                    stack.Push(state);
                    groupStart = true;
                    starred = false;
                    continue;
                case '}':
                    FlushBytes();
                    if (stack.Count == 0) continue;
                    var closed = state;
                    state = stack.Pop();
                    if (closed.Destination == Destination.Footnote && state.Destination != Destination.Footnote) EndFootnote();
                    if (closed.Destination == Destination.Title && state.Destination != Destination.Title) title.Append(' ');
                    groupStart = starred = false;
                    skip = 0;
                    continue;
                case '\n':
                    line++;
                    continue;
                case '\r':
                    continue;
                case '\\':
                    break;
                default:
                    FlushBytes();
                    groupStart = false;
                    Text(c.ToString());
                    continue;
            }

            // A control symbol or a control word.
            if (i + 1 >= rtf.Length) break;
            var next = rtf[i + 1];
            if (!char.IsAsciiLetter(next))
            {
                i++;
                switch (next)
                {
                    case '*':
                        starred = true;
                        continue;
                    case '\'':
                        if (i + 2 < rtf.Length && byte.TryParse(rtf.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
                        {
                            i += 2;
                            if (skip > 0) skip--;
                            else pendingBytes.Add(value);
                        }
                        continue;
                    case '\n' or '\r':
                        // A backslash before a line break is "\par".
                        if (next == '\n') line++;
                        FlushBytes();
                        Control("par", null);
                        continue;
                }
                FlushBytes();
                groupStart = false;
                Text(next switch { '~' => " ", '_' => "-", '-' => "", _ => next.ToString() });
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < rtf.Length && char.IsAsciiLetter(rtf[end])) end++;
            var word = rtf[start..end];
            var numberStart = end;
            if (end < rtf.Length && rtf[end] == '-') end++;
            while (end < rtf.Length && char.IsAsciiDigit(rtf[end]) && end - numberStart < 10) end++;
            int? number = int.TryParse(rtf.AsSpan(numberStart, end - numberStart), out var n) ? n : null;
            if (end < rtf.Length && rtf[end] == ' ') end++;
            i = end - 1;
            if (word != "u") FlushBytes();

            if (groupStart || starred)
            {
                var wasStarred = starred;
                groupStart = starred = false;
                if (Destinations(word, wasStarred)) continue;
            }
            if (state.Destination == Destination.FontTable)
            {
                if (word == "f" && number is { } font) fontTableFont = font;
                else if (word == "fcharset" && number is { } charset && fontTableFont >= 0 && CharsetCodePages.TryGetValue(charset, out var page))
                    fontCodePages[fontTableFont] = page;
                continue;
            }
            Control(word, number);
        }
        FlushBytes();
        EndParagraph();
        EndFootnote();
    }

    // The first control word of a group: whether it named the group's destination (and so was read).
    private bool Destinations(string word, bool starred)
    {
        var destination = (state.Destination, word) switch
        {
            (Destination.Skipped, _) => Destination.Skipped,
            (Destination.Info, "title") => Destination.Title,
            (Destination.Info, "author") => Destination.Author,
            (Destination.Info, _) => Destination.Skipped,
            (_, "info") => Destination.Info,
            (_, "fonttbl") => Destination.FontTable,
            (_, "footnote") => Destination.Footnote,
            _ when starred || SkippedDestinations.Contains(word) => Destination.Skipped,
            _ => (Destination?)null,
        };
        if (destination is null) return false;
        if (destination == Destination.Footnote && state.Destination != Destination.Footnote) EndFootnote();
        state = state with { Destination = destination.Value };
        return true;
    }

    private void Control(string word, int? number)
    {
        switch (word)
        {
            case "par" or "line" or "sect" or "page" or "row":
                // A footnote's own paragraphs stay in the footnote; the paragraph it is anchored in goes on after it.
                if (state.Destination == Destination.Footnote) footnote.Append(' ');
                else if (state.Destination == Destination.Body) EndParagraph();
                return;
            case "ansicpg" when number is { } page:
                documentCodePage = page;
                return;
            case "b":
                state = state with { Bold = number is null or not 0 };
                return;
            case "plain":
                state = state with { Bold = false, Size = 24 };
                return;
            case "f" when number is { } font:
                state = state with { Font = font };
                return;
            case "fs" when number is { } size:
                state = state with { Size = size };
                return;
            case "uc" when number is { } count:
                state = state with { FallbackCount = Math.Max(count, 0) };
                return;
            case "u" when number is { } code:
                FlushBytes();
                Text(((char)(code < 0 ? code + 65536 : code)).ToString());
                skip = state.FallbackCount;
                return;
        }
        if (Characters.TryGetValue(word, out var character)) Text(character);
    }

    private void Text(string text)
    {
        if (skip > 0)
        {
            skip--;
            return;
        }
        switch (state.Destination)
        {
            case Destination.Body:
                if (paragraph.Length == 0 && text.Trim().Length == 0) return;
                if (paragraph.Length == 0) paragraphLine = line;
                paragraph.Append(text);
                if (text.Any(char.IsLetterOrDigit))
                {
                    allBold &= state.Bold;
                    paragraphSize = Math.Max(paragraphSize, state.Size);
                }
                break;
            case Destination.Footnote:
                footnote.Append(text);
                break;
            case Destination.Title:
                title.Append(text);
                break;
            case Destination.Author:
                author.Append(text);
                break;
        }
    }

    // "\'hh" bytes in a row make up characters of the font's code page (two bytes each in East Asian code pages).
    private void FlushBytes()
    {
        if (pendingBytes.Count == 0) return;
        var bytes = pendingBytes.ToArray();
        pendingBytes.Clear();
        var page = fontCodePages.TryGetValue(state.Font, out var fontPage) ? fontPage : documentCodePage;
        Text(Decoder(page).GetString(bytes));
    }

    private static Encoding Decoder(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        }
    }

    private void EndParagraph()
    {
        var text = Collapse(paragraph.ToString());
        if (text.Any(char.IsLetterOrDigit)) paragraphs.Add(new RtfParagraph(text, allBold, paragraphSize, paragraphLine));
        paragraph.Clear();
        allBold = true;
        paragraphSize = 0;
    }

    private void EndFootnote()
    {
        var text = Collapse(footnote.ToString());
        if (text.Any(char.IsLetterOrDigit)) footnotes.Add(text);
        footnote.Clear();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
