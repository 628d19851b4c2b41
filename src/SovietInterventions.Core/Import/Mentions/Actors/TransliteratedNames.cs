namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The other spellings a Russian name takes under the common romanizations (BGN/PCGN, Library of Congress, a journalist's):
/// "Vasily Blyukher" is also "Vasilii Bliukher", "Semyon" also "Semen", "Aleksei" also "Alexei" or "Aleksey". A text written
/// in one system then finds a person the gazetteer spells in another. The rules are the systems' own, not any name's.
/// </summary>
internal static class TransliteratedNames
{
    private const int MaxWordSpellings = 6;
    private const int MaxNameSpellings = 16;

    /// <summary>The name's other spellings (not the name itself).</summary>
    public static IEnumerable<string> Of(string name)
    {
        var words = name.Split(' ');
        IEnumerable<string> spellings = [""];
        foreach (var word in words)
        {
            var forms = WordSpellings(word);
            spellings = spellings.SelectMany(s => forms.Select(f => s.Length == 0 ? f : s + " " + f)).Take(MaxNameSpellings);
        }
        return spellings.Where(s => s != name).Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> WordSpellings(string word)
    {
        List<string> forms = [word];
        for (var i = 0; i < forms.Count && forms.Count < MaxWordSpellings; i++)
            foreach (var other in Respelled(forms[i]))
                if (!forms.Contains(other) && forms.Count < MaxWordSpellings) forms.Add(other);
        return forms;
    }

    // Word endings: "Vasily" / "Vasilii" / "Vasiliy", "Sergei" / "Sergey".
    private static readonly string[][] Endings = [["y", "ii", "iy"], ["ei", "ey"]];

    // Inside a word: "Blyukher" / "Bliukher", "Yakov" / "Iakov", "Aleksandr" / "Alexandr"; "Fyodor" is "Fedor" too.
    private static readonly (string From, string To)[] Inside = [("yu", "iu"), ("iu", "yu"), ("ya", "ia"), ("ia", "ya"), ("Yu", "Iu"), ("Iu", "Yu"),
        ("Ya", "Ia"), ("Ia", "Ya"), ("ks", "x"), ("x", "ks"), ("yo", "e")];

    private static IEnumerable<string> Respelled(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) yield break;
        foreach (var group in Endings)
            foreach (var ending in group)
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 1 && !IsVowel(word[^(ending.Length + 1)]))
                    foreach (var other in group.Where(e => e != ending))
                        yield return word[..^ending.Length] + other;
        foreach (var (from, to) in Inside)
            for (var at = word.IndexOf(from, StringComparison.Ordinal); at >= 0; at = word.IndexOf(from, at + 1, StringComparison.Ordinal))
                yield return word[..at] + to + word[(at + from.Length)..];
    }

    private static bool IsVowel(char c) => "aeiouyAEIOUY".Contains(c);
}
