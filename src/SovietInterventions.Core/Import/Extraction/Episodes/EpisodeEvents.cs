using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Extraction.Episodes;

/// <summary>A dated sentence: the raw material of an episode's timeline.</summary>
public sealed record EventDraft(PartialDate Date, string Text, PassageDraft Passage);

/// <summary>
/// Finds an episode's dated events: every sentence of its passages with a date known to the month
/// or the day. A date with no year ("on the eve of 9 September") takes the year of the nearest
/// dated sentence of the same episode and document, or else the episode's first year.
/// </summary>
public sealed class EpisodeEvents(DateFinder dates)
{
    private const int MaxTextLength = 400;

    public List<EventDraft> Find(EpisodeDraft episode)
    {
        var events = new List<EventDraft>();
        foreach (var passage in episode.Passages.Where(p => !p.IsHeading))
        {
            var context = ContextYear(passage, episode);
            foreach (var sentence in ProseText.SplitSentences(passage.Text))
            {
                foreach (var phrase in dates.Find(sentence, context.Year))
                {
                    var date = phrase.Start;
                    if (date.Precision == DatePrecision.Year) continue;
                    if (context.Before is { } next && YearWasInferred(phrase) && date.First > next.Last && ExistsYearBefore(date))
                        date = new PartialDate(date.Year - 1, date.Month, date.Day);
                    events.Add(new EventDraft(date, TextCut.AtWord(sentence, MaxTextLength), passage));
                }
            }
        }
        return events.DistinctBy(e => (e.Date, e.Text)).OrderBy(e => e.Date).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
    }

    // 29 February of a leap year has no day the year before: keep the year rather than invent a date.
    private static bool ExistsYearBefore(PartialDate date) =>
        date.Day is null || date.Day <= DateTime.DaysInMonth(date.Year - 1, date.Month!.Value);

    private static bool YearWasInferred(DatePhrase phrase) =>
        !phrase.Text.Contains(phrase.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The year to give yearless dates, and the dated neighbour that follows (a yearless date must precede it).</summary>
    private (int Year, PartialDate? Before) ContextYear(PassageDraft passage, EpisodeDraft episode)
    {
        if (passage.Dates.Count > 0) return (passage.Dates[^1].Start.Year, null);
        var sameDocument = episode.Passages.Where(p => p.Document == passage.Document && p.Dates.Count > 0).ToList();
        var next = sameDocument.Where(p => p.Position > passage.Position).MinBy(p => p.Position);
        if (next is not null) return (next.Dates[0].Start.Year, next.Dates[0].Start);
        var previous = sameDocument.Where(p => p.Position < passage.Position).MaxBy(p => p.Position);
        if (previous is not null) return (previous.Dates[^1].Start.Year, null);
        return (episode.StartYear, null);
    }
}
