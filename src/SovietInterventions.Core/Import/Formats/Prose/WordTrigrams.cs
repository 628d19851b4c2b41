using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// How much two texts say the same thing, by their runs of three words. Two passages sharing at least
/// <see cref="RepeatShare"/> of the shorter one's word trigrams are one sentence said twice (a scraped article restating
/// itself, two sources copying each other) and are shown once.
/// </summary>
public static class WordTrigrams
{
    public const double RepeatShare = 0.8;

    /// <summary>Lower-cased words of letters and digits; punctuation and case do not make texts differ.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Every run of three consecutive words; a text of one or two words is its own single run.</summary>
    public static IReadOnlySet<string> Of(string text)
    {
        var words = Words(text);
        if (words.Count < 3) return words.Count == 0 ? new HashSet<string>() : new HashSet<string> { string.Join(' ', words) };
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Count; i++) trigrams.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        return trigrams;
    }

    /// <summary>The share of the shorter text's trigrams the other text also has, from 0 to 1.</summary>
    public static double Shared(string a, string b) => Shared(Of(a), Of(b));

    public static double Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count == 0) return 0;
        return small.Count(large.Contains) / (double)small.Count;
    }

    public static bool AreRepeats(string a, string b) => Shared(a, b) >= RepeatShare;

    /// <summary>A text's words of four letters or more: those that carry its subject.</summary>
    public static HashSet<string> LongWords(string text) => Words(text).Where(w => w.Length >= 4).ToHashSet();

    /// <summary>The share of the shorter text's words of four letters or more the other also uses: the same subject.</summary>
    public static double SharedWords(string a, string b)
    {
        var x = LongWords(a);
        var y = LongWords(b);
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        return small.Count == 0 ? 0 : small.Count(large.Contains) / (double)small.Count;
    }
}
