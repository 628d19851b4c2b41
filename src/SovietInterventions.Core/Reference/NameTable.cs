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
    // The trie as one table of edges (node, character) -> node, node 0 the root: one allocation instead of one per node.
    // The key packs node and character into a long, which hashes faster than a tuple and needs no code compiled at run time.
    private readonly Dictionary<long, int> edges = [];
    private readonly Dictionary<int, T> values = [];
    private int nodes = 1;

    /// <summary>Names are folded here; a later name with the same folded form replaces an earlier one.</summary>
    public NameTable(IEnumerable<(string Name, T Value)> names)
    {
        foreach (var (name, value) in names)
        {
            var key = FoldedText.Key(name);
            if (key.Length == 0)
                continue;
            var node = 0;
            foreach (var c in key)
            {
                if (!edges.TryGetValue(Edge(node, c), out var child))
                    edges[Edge(node, c)] = child = nodes++;
                node = child;
            }
            values[node] = value;
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

    private static long Edge(int node, char c) => (long)node << 16 | c;

    /// <summary>The longest name that starts at <paramref name="start"/> and ends on a word boundary.</summary>
    public NameMatch<T>? LongestAt(FoldedText text, int start)
    {
        var s = text.Value;
        NameMatch<T>? best = null;
        var node = 0;
        for (var j = start; j < s.Length && edges.TryGetValue(Edge(node, s[j]), out var child); j++)
        {
            node = child;
            if (text.EndsWord(j + 1) && values.TryGetValue(node, out var value))
                best = new NameMatch<T>(start, j + 1 - start, value);
        }
        return best;
    }
}
