using SovietInterventions.Core.Import.Extraction.Dates;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Extraction.Episodes;

/// <summary>A dated sentence: the raw material of an episode's timeline.</summary>
public sealed record EventDraft(PartialDate Date, string Text, PassageDraft Passage);

/// <summary>
/// Finds an episode's dated events: every sentence of its passages with a date, known to the year, the month
/// or the day, its year worked out by <see cref="PassageDates"/> within the episode's years over each run of
/// adjacent passages of one document. A date outside
/// those years by more than the episode's own span (counted in whole years) is background and dropped;
/// one nearer is kept, since aftermath and prelude belong on the timeline.
/// </summary>
internal sealed class EpisodeEvents(DateFinder dates)
{
    private const int MaxTextLength = 400;
    private readonly PassageDates passageDates = new(dates);

    public List<EventDraft> Find(EpisodeDraft episode)
    {
        var slack = episode.EndYear - episode.StartYear + 1;
        var events = new List<EventDraft>();
        foreach (var run in Runs(episode))
        {
            var sentences = run.SelectMany(p => ProseText.SplitSentences(p.Text).Select(s => (Passage: p, Text: s))).ToList();
            foreach (var found in passageDates.Find([.. sentences.Select(s => s.Text)], episode.StartYear, episode.EndYear))
            {
                if (found.OutsideYears && !episode.Overlaps(found.Date.Year, found.Date.Year, slack)) continue;
                var (passage, sentence) = sentences[found.Sentence];
                events.Add(new EventDraft(found.Date, TextCut.AtWord(sentence, MaxTextLength), passage));
            }
        }
        return events.DistinctBy(e => (e.Date, e.Text)).OrderBy(e => e.Date).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
    }

    // Adjacent passages of one document read as one run, so a yearless date takes its year from the nearest dated sentence across them.
    private static List<List<PassageDraft>> Runs(EpisodeDraft episode)
    {
        var runs = new List<List<PassageDraft>>();
        foreach (var document in episode.Passages.Where(p => !p.IsHeading).GroupBy(p => p.Document))
            foreach (var passage in document.OrderBy(p => p.Position))
            {
                if (runs.Count == 0 || runs[^1][^1].Document != passage.Document || passage.Position - runs[^1][^1].Position > 1) runs.Add([]);
                runs[^1].Add(passage);
            }
        return runs;
    }
}
