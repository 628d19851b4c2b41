namespace SovietInterventions.Core.Reference;

/// <summary>A name found in a text, in folded coordinates.</summary>
internal readonly record struct NameMatch<T>(int Start, int Length, T Value);

/// <summary>
/// Names compiled into a character trie, matched leftmost-longest on whole words and case-sensitively,
/// so "East Ruritania" wins over "Ruritania" and "Smith's" finds "Smith". Linear in the text
/// (each attempt walks at most the longest name), with no regular expressions.
/// </summary>
internal sealed class NameTable<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node root = new();

    /// <summary>Names are folded here; a later name with the same folded form replaces an earlier one.</summary>
    public NameTable(IEnumerable<(string Name, T Value)> names)
    {
        foreach (var (name, value) in names)
        {
            var key = FoldedText.Key(name);
            if (key.Length == 0)
                continue;
            var node = root;
            foreach (var c in key)
            {
                node.Next ??= [];
                if (!node.Next.TryGetValue(c, out var child))
                    node.Next[c] = child = new Node();
                node = child;
            }
            node.HasValue = true;
            node.Value = value;
        }
    }

    public IEnumerable<NameMatch<T>> Matches(FoldedText text)
    {
        var s = text.Value;
        var i = 0;
        while (i < s.Length)
        {
            if (text.StartsWord(i) && LongestAt(text, i) is { } match)
            {
                yield return match;
                i += match.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The longest name that starts at <paramref name="start"/> and ends on a word boundary.</summary>
    public NameMatch<T>? LongestAt(FoldedText text, int start)
    {
        var s = text.Value;
        NameMatch<T>? best = null;
        var node = root;
        for (var j = start; j < s.Length && node.Next is not null && node.Next.TryGetValue(s[j], out var child); j++)
        {
            node = child;
            if (node.HasValue && text.EndsWord(j + 1))
                best = new NameMatch<T>(start, j + 1 - start, node.Value);
        }
        return best;
    }
}
