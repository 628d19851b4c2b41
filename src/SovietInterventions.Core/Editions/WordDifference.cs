using DiffPlex;
using DiffPlex.Chunkers;

namespace SovietInterventions.Core.Editions;

/// <summary>A passage that was edited rather than replaced, word by word: what stayed, what went, what came.</summary>
public static class WordDifference
{
    static readonly Differ Differ = new();

    public static List<DiffLine> Between(string old, string @new)
    {
        var result = Differ.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var (before, after) = (result.PiecesOld, result.PiecesNew);
        var pieces = new List<DiffLine>();
        var at = 0;
        void Add(LineChange change, string text)
        {
            if (pieces.Count > 0 && pieces[^1].Change == change) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            else pieces.Add(new DiffLine(change, text));
        }
        foreach (var block in result.DiffBlocks)
        {
            for (; at < block.InsertStartB; at++) Add(LineChange.Unchanged, after[at]);
            for (var i = 0; i < block.DeleteCountA; i++) Add(LineChange.Removed, before[block.DeleteStartA + i]);
            for (var i = 0; i < block.InsertCountB; i++) Add(LineChange.Added, after[block.InsertStartB + i]);
            at = block.InsertStartB + block.InsertCountB;
        }
        for (; at < after.Count; at++) Add(LineChange.Unchanged, after[at]);
        return pieces;
    }

    /// <summary>An edit, not a rewrite: at least half of the newer text's characters were kept.</summary>
    public static bool IsEdit(IReadOnlyList<DiffLine> pieces) =>
        pieces.Where(p => p.Change == LineChange.Unchanged).Sum(p => p.Text.Length) * 2 >= pieces.Where(p => p.Change != LineChange.Removed).Sum(p => p.Text.Length);
}
