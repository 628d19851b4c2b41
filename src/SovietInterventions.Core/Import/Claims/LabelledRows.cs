using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// A table row read as one line of labelled cells ("1950-53 — Where: Korea; What the USSR did: approved the invasion;
/// Key people: …"): an agent in a cell's label acts in that cell ("What the USSR did: approved"), and a claim whose cell
/// names no place is about the place another cell of its row names.
/// </summary>
internal static partial class LabelledRows
{
    private const int MaxLabelWords = 6;
    private static readonly string[] CellBreaks = [TableCells.Separator, TableCells.KeySeparator];

    /// <summary>Where the text between an agent and its act continues past the colon of the agent's own label, or <paramref name="from"/>;
    /// a short lead-in of the cell ("What the USSR did: Operation Anadyr: shipped") is passed over too.</summary>
    public static int AfterLabel(string sentence, int from, int to)
    {
        // A passive act comes before its agent ("a revolt crushed by Zhukov"): there is no text between them.
        if (to <= from) return from;
        var colon = sentence.IndexOf(':', from, to - from);
        if (colon < 0 || Words(sentence[CellStart(sentence, from)..colon]) > MaxLabelWords) return from;
        for (var next = sentence.IndexOf(':', colon + 1, to - colon - 1); next >= 0; next = sentence.IndexOf(':', colon + 1, to - colon - 1))
        {
            var leadIn = sentence[(colon + 1)..next];
            if (Words(leadIn) > MaxLeadInWords || CellBreaks.Any(b => leadIn.Contains(b, StringComparison.Ordinal))) return from;
            colon = next;
        }
        return colon + 1;
    }

    private const int MaxLeadInWords = 3;

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The places another labelled cell of the row names, when the sentence is such a row; else none.</summary>
    public static List<string> PlaceOf(string sentence, int actIndex, IReadOnlyList<CountryMention> mentions)
    {
        var cells = Cells(sentence);
        if (cells.Count(c => IsLabelled(sentence, c)) < 2) return [];
        var own = cells.FirstOrDefault(c => c.Start <= actIndex && actIndex < c.End);
        foreach (var cell in cells.Where(c => c != own && IsLabelled(sentence, c)))
        {
            var named = mentions.Where(m => m.Index >= cell.Start && m.Index < cell.End && m.Form != MentionForm.Adjective && !BeforeWeaponType(sentence, m)).ToList();
            // "North Korea (flying from bases in Manchuria)": a place in the cell's aside is not the row's place when the cell names one outside it.
            if (named.Any(m => !InAside(sentence, cell.Start, m.Index))) named = [.. named.Where(m => !InAside(sentence, cell.Start, m.Index))];
            if (named.Count > 0) return [.. named.Select(m => m.CountrySlug).Distinct()];
        }
        return [];
    }

    private static bool InAside(string sentence, int cellStart, int index) =>
        sentence.LastIndexOf('(', index, index - cellStart + 1) > sentence.LastIndexOf(')', index, index - cellStart + 1);

    // "shoots down a US F-4C near Hanoi": a country before a weapon's type designation owns the weapon; it is not the place.
    private static bool BeforeWeaponType(string sentence, CountryMention mention) =>
        WeaponType().IsMatch(sentence.AsSpan(mention.Index + mention.Length));

    [GeneratedRegex(@"^\s+\p{Lu}\p{L}{0,2}-\d+\p{L}?\b")]
    private static partial Regex WeaponType();

    /// <summary>The text of the first labelled cell whose label <paramref name="isLabel"/> accepts ("Actor: China" gives "China"),
    /// when the text is a row of labelled cells; else none.</summary>
    public static string? CellLabelled(string text, Func<string, bool> isLabel) =>
        CellSpanLabelled(text, isLabel) is var (start, end) ? text[start..end].Trim().TrimEnd('.') : null;

    /// <summary>Where the value of the first labelled cell whose label <paramref name="isLabel"/> accepts starts and ends (after
    /// its colon), when the text is a row of labelled cells; else null.</summary>
    public static (int Start, int End)? CellSpanLabelled(string text, Func<string, bool> isLabel)
    {
        var cells = Cells(text);
        if (cells.Count(c => IsLabelled(text, c)) < 2) return null;
        foreach (var cell in cells.Where(c => IsLabelled(text, c)))
        {
            var colon = text.IndexOf(':', cell.Start, cell.End - cell.Start);
            var label = text[cell.Start..colon];
            // A row's first cell carries its key before the labels ("1972 — Actor: …").
            var dash = label.LastIndexOf(TableCells.KeySeparator, StringComparison.Ordinal);
            if (isLabel(label[(dash < 0 ? 0 : dash + TableCells.KeySeparator.Length)..].Trim())) return (colon + 1, cell.End);
        }
        return null;
    }

    /// <summary>What a row's labelled cell holding <paramref name="index"/> says, with the unlabelled cells after it that continue it
    /// ("What happened: Soviet tanks put down the rising; martial law declared …; Key people: …" gives "Soviet tanks put down the
    /// rising; martial law declared …"); null when the text is no such row or the index lies in no labelled cell.</summary>
    public static string? CellAt(string text, int index)
    {
        if (CellSpanAt(text, index) is not var (cellStart, cellEnd)) return null;
        var said = text[(text.IndexOf(':', cellStart) + 1)..cellEnd].Trim().TrimEnd('.', ';');
        return said.Length == 0 ? null : said + ".";
    }

    /// <summary>Where the row's labelled cell holding <paramref name="index"/> starts and ends, with the unlabelled cells after it that
    /// continue it; null when the text is no row of labelled cells or the index lies in no labelled cell.</summary>
    public static (int Start, int End)? CellSpanAt(string text, int index)
    {
        var cells = Cells(text);
        if (cells.Count(c => IsLabelled(text, c)) < 2) return null;
        var at = cells.FindLastIndex(c => c.Start <= index && IsLabelled(text, c));
        if (at < 0) return null;
        var end = cells.FindIndex(at + 1, c => IsLabelled(text, c)) is var next and >= 0 ? next : cells.Count;
        return (cells[at].Start, cells[end - 1].End);
    }

    /// <summary>The label of a row's cell that names the Soviet side's forces ("Soviet forces: MiG-15 fighter divisions …"), with the
    /// agent in it, when the cell holds something; null when the text is no row of labelled cells or has no such cell.</summary>
    public static (PhraseHit<string> Agent, int Start, int End, string Value)? ForcesLabel(string sentence, IReadOnlyList<PhraseHit<string>> agents,
        Func<string, bool> isForcesWord)
    {
        var cells = Cells(sentence);
        if (cells.Count(c => IsLabelled(sentence, c)) < 2) return null;
        foreach (var cell in cells.Where(c => IsLabelled(sentence, c)))
        {
            var colon = sentence.IndexOf(':', cell.Start, cell.End - cell.Start);
            var words = sentence[cell.Start..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var agent = agents.FirstOrDefault(a => a.Index >= cell.Start && a.End <= colon);
            var value = sentence[(colon + 1)..cell.End].Trim();
            if (agent is not null && words.Length <= ForcesLabelWords && isForcesWord(words[^1]) && value.Length > 0)
                return (agent, cell.Start, colon, value);
        }
        return null;
    }

    private const int ForcesLabelWords = 3;

    /// <summary>"Soviet action: ODVA under Blyukher -> Sungari + Manzhouli ops; type: punitive invasion": in a row whose cell the Soviet
    /// side labels states no act, a cell labelled with the act's kind does; the label's agent and that act, or null.</summary>
    public static (PhraseHit<string> Agent, PhraseHit<T> Act)? KindCellAct<T>(string sentence, IReadOnlyList<PhraseHit<string>> agents,
        IReadOnlyList<PhraseHit<T>> acts, Func<string, bool> isKindLabel, Func<string, bool> isNegator)
    {
        var cells = Cells(sentence).Where(c => IsLabelled(sentence, c)).ToList();
        if (cells.Count < 2) return null;
        PhraseHit<string>? agent = null;
        PhraseHit<T>? act = null;
        foreach (var cell in cells)
        {
            var colon = sentence.IndexOf(':', cell.Start, cell.End - cell.Start);
            if (agent is null && agents.FirstOrDefault(a => a.Index >= cell.Start && a.End <= colon) is { } labelAgent)
            {
                // "what Moscow did: nothing — the Allies landed": the agent's own cell says it did nothing.
                var value = sentence[(colon + 1)..cell.End].TrimStart();
                if (isNegator(value.Split(' ', 2)[0].TrimEnd(',', '.', ';'))) return null;
                agent = labelAgent;
            }
            var label = sentence[cell.Start..colon].Trim();
            // A row's first cell carries its key before the labels ("1929 — type: …").
            if (label.LastIndexOf(TableCells.KeySeparator, StringComparison.Ordinal) is var dash and >= 0) label = label[(dash + TableCells.KeySeparator.Length)..].Trim();
            if (isKindLabel(label)) act ??= acts.FirstOrDefault(a => a.Index > colon && a.End <= cell.End);
        }
        return agent is not null && act is not null ? (agent, act) : null;
    }

    /// <summary>"Intervening state(s): Soviet Union": an act word in a column's header, whose label names no agent, says what the
    /// column holds, not what was done; "Soviet intervention?: yes" names its agent and states the act.</summary>
    public static bool InAgentlessLabel(string sentence, int index, IReadOnlyList<PhraseHit<string>> agents)
    {
        var cells = Cells(sentence);
        if (cells.Count(c => IsLabelled(sentence, c)) < 2) return false;
        var cell = cells.FirstOrDefault(c => c.Start <= index && index < c.End);
        if (cell == default || !IsLabelled(sentence, cell)) return false;
        var colon = sentence.IndexOf(':', cell.Start, cell.End - cell.Start);
        return index < colon && !agents.Any(a => a.Index >= cell.Start && a.End <= colon);
    }

    /// <summary>Where a row's key, its first cell with no label ("1971–1979 — Place: …"), starts and ends; null when the text is no
    /// row of labelled cells or its first cell is labelled.</summary>
    public static (int Start, int End)? KeySpan(string text)
    {
        var cells = Cells(text);
        return cells.Count(c => IsLabelled(text, c)) >= 2 && !IsLabelled(text, cells[0]) ? cells[0] : null;
    }

    /// <summary>True when the text reads as a table row of two labelled cells or more.</summary>
    public static bool IsRow(string text) => Cells(text).Count(c => IsLabelled(text, c)) >= 2;

    private static bool IsLabelled(string sentence, (int Start, int End) cell)
    {
        var colon = sentence.IndexOf(':', cell.Start, cell.End - cell.Start);
        return colon > cell.Start && sentence[cell.Start..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords;
    }

    private static int CellStart(string sentence, int before) =>
        CellBreaks.Select(b => sentence.LastIndexOf(b, before, StringComparison.Ordinal) is var at and >= 0 ? at + b.Length : 0).Max();

    private static List<(int Start, int End)> Cells(string sentence)
    {
        var cells = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var brk = i == sentence.Length ? "" : CellBreaks.FirstOrDefault(b => string.CompareOrdinal(sentence, i, b, 0, b.Length) == 0);
            if (i < sentence.Length && brk is null) continue;
            cells.Add((start, i));
            start = i + (brk?.Length ?? 0);
            if (brk is { Length: > 0 }) i += brk.Length - 1;
        }
        return cells;
    }
}
