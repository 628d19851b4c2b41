namespace SovietInterventions.Core.Import.Claims;

/// <summary>A phrase found in a sentence, with the value its list gives it (a kind, a side).</summary>
internal sealed record PhraseHit<T>(int Index, int Length, string Text, T Value)
{
    public int End => Index + Length;
}

/// <summary>
/// Whole-word, case-insensitive phrases found with their positions; a longer phrase wins over one
/// inside it ("puppet government" over "government"). Cost: phrases × sentence length.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly (string Phrase, T Value)[] phrases;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries) =>
        phrases = entries.Where(e => e.Phrase.Trim().Length > 0).Select(e => (e.Phrase.Trim(), e.Value))
            .OrderByDescending(e => e.Item1.Length).ToArray();

    public IReadOnlyList<PhraseHit<T>> Find(string text)
    {
        var hits = new List<PhraseHit<T>>();
        foreach (var (phrase, value) in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (!IsWord(text, at, phrase.Length) || hits.Any(h => at < h.End && h.Index < at + phrase.Length)) continue;
                hits.Add(new PhraseHit<T>(at, phrase.Length, text.Substring(at, phrase.Length), value));
            }
        }
        hits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return hits;
    }

    public bool AnyIn(string text) => Find(text).Count > 0;

    private static bool IsWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}
