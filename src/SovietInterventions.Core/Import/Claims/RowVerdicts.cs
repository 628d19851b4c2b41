using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>What a table row's own verdict says about it: a "Soviet intervention?" cell saying yes or no, or a mark (✗, ✓) in its first cell.</summary>
internal enum RowVerdict { None, Yes, No }

/// <summary>The words of data/claim-rules.json's <c>tableRows</c>: verdict headers and answers, agents that are not the
/// Soviet side, words of agreements, and the headers of a column that says who acted.</summary>
internal sealed class TableRowWords
{
    public static readonly TableRowWords None = new();

    public IReadOnlyList<string> VerdictHeaders { get; private init; } = [];
    /// <summary>Labels that are a verdict column whole, with no question mark ("verdict").</summary>
    public IReadOnlySet<string> VerdictLabels { get; private init; } = new HashSet<string>();
    public IReadOnlyList<string> QuestionMarks { get; private init; } = [];
    public IReadOnlySet<string> Yes { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> No { get; private init; } = new HashSet<string>();
    public PhraseMatcher<bool> OtherAgents { get; private init; } = new([]);
    public PhraseMatcher<bool> AgreementWords { get; private init; } = new([]);
    public IReadOnlySet<string> ActorHeaders { get; private init; } = new HashSet<string>();
    /// <summary>Headers of a column that names the kind of act ("type": "punitive invasion").</summary>
    public IReadOnlySet<string> KindHeaders { get; private init; } = new HashSet<string>();
    /// <summary>Labels of a row's date cell ("date", "when"), whose range is the row's period.</summary>
    public IReadOnlySet<string> DateHeaders { get; private init; } = new HashSet<string>();
    /// <summary>Labels of the two cells that give a row's first and last date apart ("from", "to"; "start", "end").</summary>
    public IReadOnlySet<string> StartHeaders { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> EndHeaders { get; private init; } = new HashSet<string>();

    /// <summary>Built by <see cref="ClaimRules"/> from the <c>tableRows</c> block of the one read of claim-rules.json.</summary>
    internal static TableRowWords FromFile(WordsFile? file)
    {
        if (file is null) return None;
        if (file.VerdictHeaders is { Count: > 0 } && (file.Yes is not { Count: > 0 } || file.No is not { Count: > 0 } || file.QuestionMarks is not { Count: > 0 }))
            throw new InvalidDataException("tableRows: verdictHeaders need questionMarks, yes and no words.");
        return new TableRowWords
        {
            VerdictHeaders = file.VerdictHeaders ?? [],
            VerdictLabels = Set(file.VerdictLabels),
            QuestionMarks = file.QuestionMarks ?? [],
            Yes = Set(file.Yes),
            No = Set(file.No),
            OtherAgents = new((file.OtherAgents ?? []).Select(w => (w, true))),
            AgreementWords = new((file.AgreementWords ?? []).Select(w => (w, true))),
            ActorHeaders = Set(file.ActorHeaders),
            KindHeaders = Set(file.KindHeaders),
            DateHeaders = Set(file.DateHeaders),
            StartHeaders = Set(file.StartHeaders),
            EndHeaders = Set(file.EndHeaders),
        };
    }

    private static HashSet<string> Set(List<string>? words) => new(words ?? [], StringComparer.OrdinalIgnoreCase);

    internal sealed record WordsFile(List<string>? VerdictHeaders, List<string>? QuestionMarks, List<string>? Yes, List<string>? No,
        List<string>? OtherAgents, List<string>? AgreementWords, List<string>? ActorHeaders = null, List<string>? VerdictLabels = null,
        List<string>? KindHeaders = null, List<string>? DateHeaders = null, List<string>? StartHeaders = null, List<string>? EndHeaders = null);
}

/// <summary>
/// Reads a row's verdict: a labelled cell whose label asks whether there was an intervention ("Soviet intervention?: no — USA",
/// "Intervention (y/n): y"), or a mark in the row's first cell ("14 May 1955 ✗ — …") or opening a cell ("Soviet action: ✗ CIA coup"). The label itself is a question, not a claim.
/// </summary>
internal sealed class RowVerdicts(TableRowWords words)
{
    private const int MaxLabelWords = 6;
    private const int MaxLabelLength = 80;
    private static readonly string[] LabelStarts = [TableCells.Separator, TableCells.KeySeparator, ". "];

    public RowVerdict Of(string row)
    {
        var lead = row.IndexOf(TableCells.KeySeparator, StringComparison.Ordinal);
        if (lead > 0 && row[..lead].Split(' ').Select(Mark).FirstOrDefault(v => v != RowVerdict.None) is var marked and not RowVerdict.None)
            return marked;
        foreach (var (start, colon) in VerdictLabels(row))
        {
            var value = row[(colon + 1)..].TrimStart();
            // A label that is only a noun ("soviet intervention: N") may head a column of descriptions ("No warning given: Soviet
            // troops invaded …"): its verdict is a cell holding one answer alone, where a question's is the answer its cell opens with.
            if (!IsQuestion(row[start..colon].Trim()))
            {
                var cell = value.IndexOf(TableCells.Separator, StringComparison.Ordinal) is var end and >= 0 ? value[..end] : value;
                value = cell.Trim().TrimEnd('.', ';');
                if (value.Contains(' ', StringComparison.Ordinal)) continue;
            }
            var answer = Answer(value);
            if (answer != RowVerdict.None) return answer;
        }
        // "1953 — target: Iran; Soviet action: ✗ CIA + MI6 coup": a mark opening a cell's value marks the row as well.
        foreach (var cell in row.Split(TableCells.Separator))
            if (cell.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && Mark(cell[(colon + 2)..].TrimStart().Split(' ')[0]) is var mark and not RowVerdict.None)
                return mark;
        return RowVerdict.None;
    }

    /// <summary>True when the index lies in a verdict cell's label ("Soviet intervention?").</summary>
    public bool InVerdictLabel(string sentence, int index) =>
        VerdictLabels(sentence).Any(l => index >= l.Start && index < l.Colon);

    private IEnumerable<(int Start, int Colon)> VerdictLabels(string text)
    {
        if (words.VerdictHeaders.Count == 0) yield break;
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            // A label is a few words: look back a bounded stretch, so a long line with many colons stays linear.
            var window = Math.Min(colon, MaxLabelLength);
            var start = LabelStarts.Select(b => text.LastIndexOf(b, colon - 1, window, StringComparison.Ordinal) is var at and >= 0 ? at + b.Length : -1).Max();
            if (start < 0 && colon > MaxLabelLength) continue;
            start = Math.Max(start, 0);
            var label = text[start..colon].Trim();
            if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxLabelWords) continue;
            if (IsQuestion(label) || words.VerdictLabels.Contains(label))
                yield return (start, colon);
        }
    }

    // "Soviet intervention?", "Intervention (y/n)": a verdict header asked as a question.
    private bool IsQuestion(string label) =>
        words.QuestionMarks.Any(m => label.EndsWith(m, StringComparison.OrdinalIgnoreCase)) && words.VerdictHeaders.Any(h => ContainsWord(label, h));

    // "no — USA", "YES (aid + advisers)", "✗": the cell's first word or mark.
    private RowVerdict Answer(string value)
    {
        if (value.Length == 0) return RowVerdict.None;
        if (!char.IsLetter(value[0])) return Mark(value.Split(' ')[0]);
        var first = new string(value.TakeWhile(char.IsLetter).ToArray());
        return words.No.Contains(first) ? RowVerdict.No : words.Yes.Contains(first) ? RowVerdict.Yes : RowVerdict.None;
    }

    // A mark is a listed answer that is no word ("✗", "✓"), at the start of a token ("✗?").
    private RowVerdict Mark(string token)
    {
        if (token.Length == 0 || char.IsLetterOrDigit(token[0])) return RowVerdict.None;
        bool Starts(IReadOnlySet<string> answers) => answers.Any(a => a.Length > 0 && !char.IsLetter(a[0]) && token.StartsWith(a, StringComparison.Ordinal));
        return Starts(words.No) ? RowVerdict.No : Starts(words.Yes) ? RowVerdict.Yes : RowVerdict.None;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
