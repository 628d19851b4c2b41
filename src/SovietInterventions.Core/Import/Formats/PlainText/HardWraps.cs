using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Prose hard-wrapped at a fixed width (e-mail, notes, plain-text exports) breaks its sentences across lines. A line
/// continues the one above when it starts in lower case under a line of prose, or, in a wrapped document, when the
/// line above filled the width (a newspaper's narrow column too). A line the parser reads on its own (<see cref="PlainTextLines.StandsAlone"/>) is never joined,
/// but a list item's wrapped lines, indented under its text ("  - Operation Danube: on the night of" ⏎ "    20-21 August 1968 …"), are the item's.
/// </summary>
internal static partial class HardWraps
{
    private const int ProseLine = 40;     // shorter lines are titles, headings, captions or a paragraph's last line
    private const int MaxWidth = 100;     // wider lines are a scraped page's one-line paragraphs, not a wrap
    private const int Slack = 20;         // a wrap leaves up to a long word's width unused
    private const int MinWrappedLines = 4;

    /// <summary>
    /// The lines with each paragraph's continuations appended to its first line, and which lines are continuations.
    /// A continuation keeps its own text, so that the lines around it look as they did.
    /// </summary>
    /// <param name="indents">Each line's indent before it was trimmed.</param>
    /// <param name="entries">The lines that open a timeline's entries (<see cref="TimelineEntries"/>): each starts a paragraph,
    /// and only the lines indented under it are its.</param>
    public static (string[] Lines, bool[] Continuation) Join(IReadOnlyList<string> lines, IReadOnlyList<int> indents, IReadOnlySet<int> entries)
    {
        var wrap = WrapWidth(lines);
        // A narrow column's lines are its prose lines, and fill it to within a short word.
        var column = wrap is null ? ColumnWidth(lines) : null;
        var filled = wrap - Slack ?? column - ColumnSlack;
        var proseLine = column - ColumnSlack ?? ProseLine;
        var joined = lines.ToArray();
        var continuation = new bool[lines.Count];
        var start = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (entries.Contains(start) || entries.Contains(i))
            {
                // Every line since the entry is its own or a blank line ended it: a line indented under it goes on with it.
                if (!entries.Contains(i) && lines[i].Length > 0 && indents[i] > indents[start])
                {
                    joined[start] = LineEndHyphen.Append(joined[start], lines[i]);
                    continuation[i] = true;
                }
                else start = i;
            }
            else if (Continues(lines[i - 1], lines[i], filled, proseLine) || ContinuesItem(lines[start], lines[i - 1], lines[i], indents[start], indents[i], filled))
            {
                joined[start] = LineEndHyphen.Append(joined[start], lines[i]);
                continuation[i] = true;
            }
            else if (AcrossPageBreak(lines, i, wrap) is { } next)
            {
                joined[start] = LineEndHyphen.Append(joined[start], lines[next]);
                continuation[next] = true;
                i = next;
            }
            else start = i;
        }
        return (joined, continuation);
    }

    private const int MinPageBreakGap = 2;

    // "… Soviet pilots helped to save" ⏎ ⏎ (a page number and running head, blanked) ⏎ ⏎ "Madrid from the first assault.": a
    // sentence a printed page broke goes on after the page's furniture, when the line above filled the width and ended mid-sentence.
    // The index of the line it goes on in, or null.
    private static int? AcrossPageBreak(IReadOnlyList<string> lines, int i, int? width)
    {
        if (width is not { } w || lines[i].Length > 0 || lines[i - 1].Length < w - Slack || EndsSentence(lines[i - 1])) return null;
        var next = i;
        while (next < lines.Count && lines[next].Length == 0) next++;
        return next < lines.Count && next - i >= MinPageBreakGap && !PlainTextLines.StandsAlone(lines[next]) && !PlainTextLines.StandsAlone(lines[i - 1])
            ? next : null;
    }

    // Only a word or a comma goes on: a line ending in any mark or a digit (a footnote number: "Madrid.12") may end its paragraph.
    private static bool EndsSentence(string line) => !(char.IsLetter(line[^1]) || line[^1] == ',');

    // filled: the length from which a line filled the wrap width, if the document is wrapped; proseLine: the shortest line of prose.
    private static bool Continues(string above, string line, int? filled, int proseLine) =>
        (above.Length >= proseLine || LineEndHyphen.Breaks(above, line)) && line.Length > 0
        && !PlainTextLines.StandsAlone(above) && !PlainTextLines.StandsAlone(line) && !(OutlineNumber().IsMatch(line) && EndsSentence(above))
        && (char.IsLower(line[0]) || OpenSentence.Continues(above, line) || filled is { } f && above.Length >= f && !above.EndsWith(':'));

    // A list item's next line, not an item itself and indented to the item's text column, is its text wrapped under it, when the
    // item's line is long enough to have wrapped: "1. Introduction" over an indented paragraph is a heading, and "a) …" under a
    // question a point of its own. A numbered paragraph wrapped back to the margin goes on in lower case from a line that broke its
    // sentence ("5.  Mr. BALL (United States): Last night, without warning, the" ⏎ "armed forces of the Soviet Union …"), or
    // with a name after a word that cannot end one ("… and the voice of" ⏎ "Budapest radio") or after a line that filled the wrap width.
    private static bool ContinuesItem(string item, string above, string line, int itemIndent, int indent, int? filled)
    {
        if (line.Length == 0 || item.Length < ProseLine || !PlainTextLines.IsListItem(item) || PlainTextLines.StandsAlone(line) || SubPoint().IsMatch(line))
            return false;
        var textColumn = itemIndent + item.Length - PlainTextLines.ListText(item).Text.Length;
        return Math.Abs(indent - textColumn) <= 1
            || indent <= itemIndent && above.Length > 0 && !EndsSentence(above) && (char.IsLower(line[0]) || OpenSentence.Continues(above, line) || EndsOnOpenWord(above) || above.Length >= filled);
    }

    // "1.2  \"Russian planes at Ndjili\" …", "5.2 Between 1969 and 1977 …": an outline's decimal number under a line that ends
    // its sentence opens a paragraph of its own ("1.5 million fled" is a number; "at about ⏎ 4.30 Moscow time" goes on).
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})+\.?\s+[\p{Lu}""“'‘]")]
    private static partial Regex OutlineNumber();

    // English words no sentence ends on: a line ending on one goes on below.
    private static readonly HashSet<string> OpenWords = ["of", "the", "a", "an", "and", "or", "at", "to", "in", "on", "by", "for", "from", "with"];

    private static bool EndsOnOpenWord(string line) => OpenWords.Contains(line[(line.LastIndexOf(' ') + 1)..]);

    // "a) …", "(b) …", "iv. …": a point of its own under an item.
    [GeneratedRegex(@"^(?:\(?[a-z]\)|\(?[ivx]{1,4}[.)]|[a-z]\.)\s")]
    private static partial Regex SubPoint();

    /// <summary>"Introduction" ⏎ "The literature on Soviet policy in Africa has long been divided …": in a wrapped document, a short
    /// line under a blank line with a paragraph's full first line right below it is that paragraph's heading, as a printed article
    /// sets its sections, when the document has several (one is a greeting or a byline: "Hi all", "By Anna Petrova").</summary>
    public static HashSet<int> ParagraphHeadings(IReadOnlyList<string> lines)
    {
        if (WrapWidth(lines) is not { } width) return [];
        var headings = Enumerable.Range(1, Math.Max(0, lines.Count - 2)).Where(i => lines[i - 1].Length == 0 && lines[i].Length is > 0 and < ProseLine
            && !lines[i].StartsWith("By ", StringComparison.Ordinal) && lines[i + 1].Length >= width - Slack && !PlainTextLines.StandsAlone(lines[i + 1])).ToHashSet();
        return headings.Count >= MinParagraphHeadings ? headings : [];
    }

    private const int MinParagraphHeadings = 2;

    private const int MinColumnLine = 24;
    private const int ColumnSlack = 8;    // a narrow column's lines end within a short word of its width
    private const int MinColumnLines = 20;

    /// <summary>The width of a newspaper's narrow column, typed out line by line ("Soviet troops, with contingents from" ⏎ "East
    /// Germany, Poland, Hungary and"), or null: nearly all the document's lines of some length end within a short word of one
    /// width, narrower than a prose line, and they break sentences: most end in a word or a comma, and many lines under them go on
    /// in lower case (a list of short notes, one to a line, does neither).</summary>
    private static int? ColumnWidth(IReadOnlyList<string> lines)
    {
        var column = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length >= MinColumnLine && !PlainTextLines.StandsAlone(lines[i])).ToList();
        if (column.Count < MinColumnLines) return null;
        var lengths = column.Select(i => lines[i].Length).Order().ToList();
        var width = lengths[(lengths.Count - 1) * 9 / 10];
        var broken = column.Count(i => !EndsSentence(lines[i]));
        var goesOn = column.Count(i => i + 1 < lines.Count && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0]));
        return width < ProseLine && lengths.Count(length => length >= width - ColumnSlack) * 10 >= lengths.Count * 8
            && broken * 2 >= column.Count && goesOn * 4 >= column.Count ? width : null;
    }

    /// <summary>The width a document is wrapped at, or null when it is not wrapped: most of its long lines end within a word's
    /// width of the same column.</summary>
    private static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var prose = lines.Where(l => l.Length >= ProseLine && !PlainTextLines.StandsAlone(l)).Select(l => l.Length).Order().ToList();
        var wrapped = prose.Where(length => length <= MaxWidth).ToList();
        // A long reference or address may overrun the width; a page of one-line paragraphs is not wrapped.
        if (wrapped.Count < MinWrappedLines || (prose.Count - wrapped.Count) * 10 > prose.Count) return null;
        // The width is the 90th percentile, not the longest line, so that one long note or address above the text cannot set it.
        var width = wrapped[(wrapped.Count - 1) * 9 / 10];
        var filled = wrapped.Count(length => length >= width - Slack);
        return filled >= MinWrappedLines && filled * 2 >= prose.Count ? width : null;
    }
}
