using SovietInterventions.Core.Editions;
using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Web.Editions;

/// <summary>One row of a readable difference: a line kept, removed or added, an edited line word by word, or a run of kept lines folded.</summary>
public sealed record DiffRow(LineChange? Change, string Text, IReadOnlyList<DiffLine>? Words = null, int Folded = 0)
{
    public bool IsEdit => Words is not null;

    public static List<DiffRow> Of(FieldDifference field)
    {
        var lines = field.Lines;
        var rows = new List<DiffRow>();
        for (var i = 0; i < lines.Count;)
        {
            var kept = lines.Skip(i).TakeWhile(l => l.Change == LineChange.Unchanged).Count();
            if (kept > 2) { rows.Add(new DiffRow(null, "", Folded: kept)); i += kept; continue; }
            if (lines[i].Change != LineChange.Removed) { rows.Add(new DiffRow(lines[i].Change, lines[i].Text)); i++; continue; }

            // A block of removed lines then added lines: the k-th removed and k-th added are one line edited when they share most words.
            var removed = lines.Skip(i).TakeWhile(l => l.Change == LineChange.Removed).ToList();
            var added = lines.Skip(i + removed.Count).TakeWhile(l => l.Change == LineChange.Added).ToList();
            for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                var words = k < removed.Count && k < added.Count ? WordDifference.Between(removed[k].Text, added[k].Text) : null;
                if (words is not null && WordDifference.IsEdit(words)) rows.Add(new DiffRow(null, added[k].Text, words));
                else
                {
                    if (k < removed.Count) rows.Add(new DiffRow(LineChange.Removed, removed[k].Text));
                    if (k < added.Count) rows.Add(new DiffRow(LineChange.Added, added[k].Text));
                }
            }
            i += removed.Count + added.Count;
        }
        return rows;
    }
}
