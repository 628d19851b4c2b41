using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// Shows a thing said twice once: passages sharing most of their word trigrams, and events of the same date about the
/// same subject, are folded into the first, which then cites every source that has them.
/// </summary>
public static class Repeats
{
    /// <summary>Events of the same date sharing this share of their longer words are about the same subject.</summary>
    public const double SameSubject = 0.5;

    public static List<ShowModel.NarrativePassage> Fold(IEnumerable<ShowModel.NarrativePassage> passages)
    {
        var kept = new List<(ShowModel.NarrativePassage Passage, IReadOnlySet<string> Trigrams)>();
        foreach (var passage in passages)
        {
            var trigrams = WordTrigrams.Of(passage.Text);
            var same = kept.FindIndex(k => WordTrigrams.Shared(k.Trigrams, trigrams) >= WordTrigrams.RepeatShare);
            if (same < 0) kept.Add((passage, trigrams));
            else kept[same] = (kept[same].Passage with { AlsoIn = [.. kept[same].Passage.AlsoIn, passage.Ref] }, kept[same].Trigrams);
        }
        return [.. kept.Select(k => k.Passage)];
    }

    public static List<ShowModel.EventLine> Fold(IEnumerable<ShowModel.EventLine> events)
    {
        var kept = new List<ShowModel.EventLine>();
        foreach (var line in events)
        {
            var same = kept.FindIndex(k => k.Date == line.Date
                && (WordTrigrams.AreRepeats(k.Text, line.Text) || WordTrigrams.SharedWords(k.Text, line.Text) >= SameSubject));
            if (same < 0) kept.Add(line);
            else if (line.Source is { } source && kept[same].Sources.All(s => s != source))
                kept[same] = kept[same] with { AlsoIn = [.. kept[same].AlsoIn, source] };
        }
        return kept;
    }
}
