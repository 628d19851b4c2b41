namespace SovietInterventions.Core.Import.Formats.Rst;

/// <summary>A section title: its text, its adornment style (the mark, and whether it is overlined too) and its lines.</summary>
internal sealed record RstTitle(string Text, char Mark, bool Overlined, int First, int Last);

/// <summary>
/// Finds reStructuredText section titles: a line underlined (and perhaps overlined) by one punctuation mark repeated at
/// least as long as the title, after a blank line or another title. Levels go by the order in which the adornment
/// styles first appear, as docutils gives them; a title and a subtitle opening the document are its title, as docutils
/// promotes them, and the sections below count their levels from their own styles.
/// </summary>
internal static class RstSections
{
    public static List<RstTitle> Find(string[] lines)
    {
        var titles = new List<RstTitle>();
        for (var i = 0; i < lines.Length; i++)
        {
            var after = i == 0 || lines[i - 1].Trim().Length == 0 || (titles.Count > 0 && titles[^1].Last == i - 1);
            if (!after) continue;
            if (Adornment(lines[i]) is { } over && i + 2 < lines.Length && Adornment(lines[i + 2]) == over
                && lines[i + 1].Trim() is { Length: > 0 } inset && Adornment(lines[i + 1]) is null && lines[i + 2].TrimEnd().Length >= inset.Length)
            {
                titles.Add(new RstTitle(inset, over, true, i, i + 2));
                i += 2;
            }
            else if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && Adornment(lines[i]) is null && i + 1 < lines.Length
                && Adornment(lines[i + 1]) is not null && lines[i + 1].TrimEnd().Length >= lines[i].TrimEnd().Length
                && (i + 2 >= lines.Length || lines[i + 2].Trim().Length == 0 || Adornment(lines[i + 2]) is null))
            {
                titles.Add(new RstTitle(lines[i].Trim(), Adornment(lines[i + 1])!.Value, false, i, i + 1));
                i += 1;
            }
        }
        return titles;
    }

    /// <summary>The level of each title: 1 for the document's title, 2 for a subtitle right under it, then 2, 3 … by the
    /// order of the other titles' styles; and which titles open the document (its title and subtitle).</summary>
    public static (Dictionary<RstTitle, int> Levels, HashSet<RstTitle> Opening) Levels(IReadOnlyList<RstTitle> titles, string[] lines, int firstContentLine)
    {
        var levels = new Dictionary<RstTitle, int>();
        var opening = new HashSet<RstTitle>();
        if (titles.Count > 0 && titles[0].First == firstContentLine)
        {
            levels[titles[0]] = 1;
            opening.Add(titles[0]);
            if (titles.Count > 1 && lines[(titles[0].Last + 1)..titles[1].First].All(l => l.Trim().Length == 0))
            {
                levels[titles[1]] = 2;
                opening.Add(titles[1]);
            }
        }
        var styles = new List<(char, bool)>();
        foreach (var title in titles.Where(t => !opening.Contains(t)))
        {
            var style = (title.Mark, title.Overlined);
            if (!styles.Contains(style)) styles.Add(style);
            levels[title] = styles.IndexOf(style) + 2;
        }
        return (levels, opening);
    }

    /// <summary>The mark of a line of one punctuation mark repeated three times or more, else none.</summary>
    public static char? Adornment(string line)
    {
        line = line.TrimEnd();
        if (line.Length < 3 || !char.IsPunctuation(line[0]) && !char.IsSymbol(line[0])) return null;
        return line.All(c => c == line[0]) ? line[0] : null;
    }
}
