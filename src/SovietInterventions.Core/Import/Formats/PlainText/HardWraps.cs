namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Prose hard-wrapped at a fixed width (e-mail, notes, plain-text exports) breaks its sentences across lines. A line
/// continues the one above when it starts in lower case under a line of prose, or, in a wrapped document, when the
/// line above filled the width. A line the parser reads on its own (<see cref="PlainTextLines.StandsAlone"/>) is never joined,
/// but a list item's wrapped lines, indented under its text ("  - Operation Danube: on the night of" ⏎ "    20-21 August 1968 …"), are the item's.
/// </summary>
internal static class HardWraps
{
    private const int ProseLine = 40;     // shorter lines are titles, headings, captions or a paragraph's last line
    private const int MaxWidth = 100;     // wider lines are a scraped page's one-line paragraphs, not a wrap
    private const int Slack = 20;         // a wrap leaves up to a long word's width unused
    private const int MinWrappedLines = 4;

    /// <summary>
    /// The lines with each paragraph's continuations appended to its first line, and which lines are continuations.
    /// A continuation keeps its own text, so that the lines around it look as they did.
    /// </summary>
    /// <param name="indents">Each line's indent before it was trimmed, when known.</param>
    public static (string[] Lines, bool[] Continuation) Join(IReadOnlyList<string> lines, IReadOnlyList<int>? indents = null)
    {
        var width = WrapWidth(lines);
        var joined = lines.ToArray();
        var continuation = new bool[lines.Count];
        var start = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (Continues(lines[i - 1], lines[i], width) || indents is not null && ContinuesItem(lines[start], lines[i], indents[start], indents[i]))
            {
                joined[start] = LineEndHyphen.Append(joined[start], lines[i]);
                continuation[i] = true;
            }
            else start = i;
        }
        return (joined, continuation);
    }

    private static bool Continues(string above, string line, int? width) =>
        (above.Length >= ProseLine || LineEndHyphen.Breaks(above, line)) && line.Length > 0
        && !PlainTextLines.StandsAlone(above) && !PlainTextLines.StandsAlone(line)
        && (char.IsLower(line[0]) || OpenSentence.Continues(above, line) || width is { } w && above.Length >= w - Slack && !above.EndsWith(':'));

    // A list item's next line, not an item itself and indented deeper than the item's mark, is its text wrapped under it.
    private static bool ContinuesItem(string item, string line, int itemIndent, int indent) =>
        line.Length > 0 && indent > itemIndent && PlainTextLines.IsListItem(item) && !PlainTextLines.StandsAlone(line);

    /// <summary>"Introduction" ⏎ "The literature on Soviet policy in Africa has long been divided …": in a document wrapped at
    /// <paramref name="width"/>, a short line under a blank line with a paragraph's full first line right below it is that
    /// paragraph's heading, as a printed article sets one (a paragraph of one short line has a blank line below it).</summary>
    public static bool HeadsParagraph(string line, string above, string below, int? width) =>
        width is { } w && above.Length == 0 && line.Length > 0 && line.Length < ProseLine && below.Length >= w - Slack
        && !PlainTextLines.StandsAlone(below);

    /// <summary>The width a document is wrapped at, or null when it is not wrapped: most of its long lines end within a word's
    /// width of the same column.</summary>
    public static int? WrapWidth(IReadOnlyList<string> lines)
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
