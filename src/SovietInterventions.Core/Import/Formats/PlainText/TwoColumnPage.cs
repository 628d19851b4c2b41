using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A two-column page converted to text (a journal article saved from a PDF) sets the columns side by side on each line, a
/// gutter of spaces between them: read line by line, every sentence is cut in two. Where a run of lines holds both
/// columns, each column's paragraphs are put back together (a word broken at a line's end joined,
/// <see cref="LineEndHyphen"/>) and written one line each, at the line where the paragraph starts, or the next free line after
/// it, so that every passage keeps a line of its own column run. A paragraph the left column ends in mid-sentence goes on at
/// the top of the right one. Lines that span the page (a running head, a caption, a footnote) end a run and stay as they are.
/// </summary>
internal static partial class TwoColumnPage
{
    // A gutter is three spaces or more; a column run needs this many lines with words on both sides of it.
    private const int MinSideBySide = 6;
    private const int MinWordsEachSide = 3;
    private const int GutterSlack = 1;
    private const int FilledSlack = 12;
    // How far below its first line a paragraph may be written before the run is left as it was (and the search stays linear).
    private const int MaxSlotSearch = 40;

    public static string[] Unfold(string[] lines)
    {
        if (Gutter(lines) is not { } gutter) return lines;
        var result = lines.ToArray();
        for (var start = 0; start < lines.Length;)
        {
            var end = start;
            while (end < lines.Length && InRun(lines[end], gutter)) end++;
            if (end - start > 1 && Enumerable.Range(start, end - start).Count(i => SideBySide(lines[i], gutter)) >= 2)
                Rewrite(lines, result, start, end, gutter);
            start = Math.Max(end, start + 1);
        }
        return result;
    }

    // The column where the right column starts on most lines that hold two columns of prose, if enough do.
    private static int? Gutter(string[] lines)
    {
        var starts = lines.Select(RightStart).OfType<int>().GroupBy(s => s).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (starts is null) return null;
        var column = starts.Key;
        var sideBySide = lines.Where(l => SideBySide(l, column)).ToList();
        // Prose set in columns fills each line of the left one to near the gutter; a table's first cells ("Afghanistan (1979)") do not.
        var filled = sideBySide.Count(l => l[..RightStart(l)!.Value].TrimEnd().Length >= column - FilledSlack);
        return sideBySide.Count >= MinSideBySide && filled * 3 >= sideBySide.Count * 2 ? column : null;
    }

    // Where text resumes after a gutter inside the line, when both sides have words.
    private static int? RightStart(string line)
    {
        var gap = Gap().Matches(line.TrimEnd()).LastOrDefault(m => m.Index > 0 && line[..m.Index].Trim().Length > 0);
        return gap is null ? null : gap.Index + gap.Length;
    }

    private static bool SideBySide(string line, int gutter) =>
        RightStart(line) is { } at && Math.Abs(at - gutter) <= GutterSlack
        && Words(line[..at]) >= MinWordsEachSide && Words(line[at..]) >= MinWordsEachSide;

    // A line of a column run: blank, both columns, the left alone (short of the gutter) or the right alone (indented to it).
    private static bool InRun(string line, int gutter)
    {
        var text = line.TrimEnd();
        if (text.Length == 0 || text.Length < gutter - GutterSlack) return true;
        var indent = text.Length - text.TrimStart().Length;
        return Math.Abs(indent - gutter) <= GutterSlack || RightStart(text) is { } at && Math.Abs(at - gutter) <= GutterSlack;
    }

    private static void Rewrite(string[] lines, string[] result, int start, int end, int gutter)
    {
        var left = new List<(int Line, string Text)>();
        var right = new List<(int Line, string Text)>();
        for (var i = start; i < end; i++)
        {
            var text = lines[i].TrimEnd();
            var at = RightStart(text) is { } r && Math.Abs(r - gutter) <= GutterSlack ? r
                : text.Length - text.TrimStart().Length >= gutter - GutterSlack ? text.Length - text.TrimStart().Length : text.Length;
            left.Add((i, text[..Math.Min(at, text.Length)].Trim()));
            right.Add((i, at < text.Length ? text[at..].Trim() : ""));
        }
        var paragraphs = Paragraphs(left);
        var rightParagraphs = Paragraphs(right);
        // "Kowalsky esti-" at the foot of the left column, "mates that …" at the head of the right: one paragraph.
        if (paragraphs.Count > 0 && rightParagraphs.Count > 0 && !EndsSentence(paragraphs[^1].Text)
            && rightParagraphs[0].Text.Length > 0 && char.IsLower(rightParagraphs[0].Text[0]))
        {
            paragraphs[^1] = (paragraphs[^1].Line, LineEndHyphen.Append(paragraphs[^1].Text, rightParagraphs[0].Text));
            rightParagraphs.RemoveAt(0);
        }
        var slots = new string[end - start];
        Array.Fill(slots, "");
        foreach (var (line, text) in paragraphs.Concat(rightParagraphs))
        {
            var slot = Enumerable.Range(line - start, Math.Min(end - line, MaxSlotSearch)).FirstOrDefault(s => Free(slots, s), -1);
            // No line is free for it: the run is left as it was.
            if (slot < 0) return;
            slots[slot] = text;
        }
        Array.Copy(slots, 0, result, start, slots.Length);
    }

    // A line is free when it and the lines either side of it are empty: paragraphs stay apart.
    private static bool Free(string[] slots, int slot) =>
        slots[slot].Length == 0 && (slot == 0 || slots[slot - 1].Length == 0) && (slot + 1 == slots.Length || slots[slot + 1].Length == 0);

    // A column's lines joined into paragraphs at its blank lines, each at the line it starts on.
    private static List<(int Line, string Text)> Paragraphs(List<(int Line, string Text)> column)
    {
        var paragraphs = new List<(int Line, string Text)>();
        var open = false;
        foreach (var (line, text) in column)
        {
            if (text.Length == 0) open = false;
            else if (!open)
            {
                paragraphs.Add((line, text));
                open = true;
            }
            else paragraphs[^1] = (paragraphs[^1].Line, LineEndHyphen.Append(paragraphs[^1].Text, text));
        }
        return paragraphs;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or '"' or '”';

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@" {3,}")]
    private static partial Regex Gap();
}
