using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// "| date = November 1945 – May 1946" in a wiki infobox one of whose combatant columns is the Soviet side: the article's editors
/// state the period of the conflict it tells, as a heading does. The episode that document tells in a place the infobox names (its
/// place, or the other side's combatants) widens to that period; it never narrows, since another source may tell more.
/// </summary>
internal sealed class InfoboxPeriods(DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners, Func<string, bool> namesSovietSide)
{
    private const int Slack = 1;

    public void Widen(IEnumerable<IReadOnlyList<PassageDraft>> documents, IReadOnlyList<EpisodeDraft> episodes, IReadOnlyDictionary<EpisodeDraft, List<Claim>> owned)
    {
        foreach (var (document, infobox) in documents.Where(d => d.Count > 0).SelectMany(d => Infobox.Of(d[0].Document).Select(i => (d, i))))
        {
            var facts = infobox.Facts;
            var sovietColumn = InfoboxColumns.Soviet(facts, namesSovietSide);
            if (sovietColumn is null || Period(infobox, dates) is not var (start, end)) continue;
            var places = facts.Where(f => f.Name.Trim().Equals("place", StringComparison.OrdinalIgnoreCase)
                    || InfoboxColumns.Column(f.Name, "combatant") is { } column && column != sovietColumn)
                .SelectMany(f => countries.Find(f.Value)).Select(m => m.CountrySlug).Where(s => !interveners.Contains(s)).ToHashSet();
            var file = document[0].Document.FileName;
            foreach (var episode in episodes.Where(e => e.Targets.Any(places.Contains) && e.Overlaps(start.Year, end.Year, Slack)
                && (e.Passages.Any(p => p.Document.FileName == file && infobox.Covers(p.Block))
                    || owned.GetValueOrDefault(e)?.Any(c => c.Document == file && infobox.Covers(c.Passage.Block)) == true)))
            {
                if (start.Year < episode.StartYear) episode.Start = start;
                if (end.Year > episode.EndYear) episode.End = end;
            }
        }
    }

    /// <summary>The period an infobox's "date" field gives ("11 May – 16 September 1939"), or null when it gives none.</summary>
    public static (PartialDate Start, PartialDate End)? Period(Infobox infobox, DateFinder dates) =>
        infobox.Facts.FirstOrDefault(f => f.Name.Trim().Equals("date", StringComparison.OrdinalIgnoreCase)) is { } date
        && dates.Find(date.Value) is [var period, ..] ? (period.Start, period.End ?? period.Start) : null;
}
