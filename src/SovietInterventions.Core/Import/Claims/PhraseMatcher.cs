namespace SovietInterventions.Core.Import.Claims;

/// <summary>A phrase found in a sentence, with the value its list gives it (a kind, a side).</summary>
internal sealed record PhraseHit<T>(int Index, int Length, string Text, T Value)
{
    public int End => Index + Length;
}

/// <summary>
/// Whole-word, case-insensitive phrases found with their positions; a longer phrase wins over one
/// inside it ("puppet government" over "government"). A phrase with " ... " ("sent ... into") lets up to
/// <see cref="MaxGapWords"/> words of the same clause stand at the dots ("sent some 17 divisions into").
/// Cost: phrases × sentence length.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    public const int MaxGapWords = 6;
    private const string Gap = " ... ";
    private readonly (string Phrase, T Value)[] phrases;
    private readonly Func<string, int, string, bool>? keep;
    // Phrases by the first word of their head (lower case), so a text is read word by word once instead of once per
    // phrase; phrases that open on no letter or digit are searched for everywhere.
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<int> anywhere = [];

    /// <param name="keep">Whether a phrase found at an index of a text counts there (none: always).</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries, Func<string, int, string, bool>? keep = null)
    {
        phrases = entries.Where(e => e.Phrase.Trim().Length > 0).Select(e => (e.Phrase.Trim(), e.Value))
            .OrderByDescending(e => e.Item1.Length).ToArray();
        this.keep = keep;
        for (var i = 0; i < phrases.Length; i++)
        {
            var first = FirstWord(phrases[i].Phrase, 0);
            if (first.Length == 0) anywhere.Add(i);
            else if (byFirstWord.TryGetValue(first, out var list)) list.Add(i);
            else byFirstWord[first] = [i];
        }
    }

    public IReadOnlyList<PhraseHit<T>> Find(string text)
    {
        // Where each phrase's head may start, then the phrases in their order (longest first), each left to right.
        var starts = new List<(int Phrase, int At)>();
        for (var at = 0; at < text.Length; at++)
        {
            if (!char.IsLetterOrDigit(text[at]) || at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            if (byFirstWord.TryGetValue(FirstWord(text, at), out var list)) starts.AddRange(list.Select(i => (i, at)));
        }
        foreach (var i in anywhere)
        {
            var head = Head(phrases[i].Phrase);
            for (var at = text.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.OrdinalIgnoreCase))
                starts.Add((i, at));
        }
        starts.Sort();

        var hits = new List<PhraseHit<T>>();
        foreach (var (i, at) in starts)
        {
            var (phrase, value) = phrases[i];
            var gap = phrase.IndexOf(Gap, StringComparison.Ordinal);
            var head = gap < 0 ? phrase : phrase[..gap];
            if (string.Compare(text, at, head, 0, head.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (!IsWord(text, at, head.Length) || keep is not null && !keep(text, at, phrase)) continue;
            var length = gap < 0 ? head.Length : GapEnd(text, at + head.Length, phrase[(gap + Gap.Length)..]) - at;
            if (length <= 0 || hits.Any(h => at < h.End && h.Index < at + length)) continue;
            hits.Add(new PhraseHit<T>(at, length, text.Substring(at, length), value));
        }
        hits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return hits;
    }

    private static string Head(string phrase) => phrase.IndexOf(Gap, StringComparison.Ordinal) is var gap and >= 0 ? phrase[..gap] : phrase;

    // The run of letters and digits at a position, in lower case; empty when none starts there.
    private static string FirstWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[at..end].ToLowerInvariant();
    }

    public bool AnyIn(string text) => Find(text).Count > 0;

    // Where the tail of a gapped phrase ends, found within a few words after its head and before any clause mark; or -1.
    private static int GapEnd(string text, int from, string tail)
    {
        var words = 0;
        for (var at = from; at < text.Length && words <= MaxGapWords; at++)
        {
            if (text[at] is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '–' or '—') return -1;
            if (text[at] != ' ') continue;
            if (string.Compare(text, at + 1, tail, 0, tail.Length, StringComparison.OrdinalIgnoreCase) == 0 && IsWord(text, at + 1, tail.Length))
                return words == 0 ? -1 : at + 1 + tail.Length;
            words++;
        }
        return -1;
    }

    private static bool IsWord(string text, int at, int length) =>
        at + length <= text.Length && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}
