using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Each episode's narrative as its page shows it (<see cref="Narrative"/>), as rows of <see cref="Episode.Narrative"/>: from
/// the passages written to the episode, those its lead (and, with no section of its own, its infobox) cites counting as its own. A repeat names the passage it
/// repeats through <see cref="NarrativeEntry.RepeatOf"/>, whose id the writer fills in.
/// </summary>
public static class NarrativeRows
{
    public static void Arrange(IEnumerable<Episode> episodes, IEnumerable<Passage> passages)
    {
        var byEpisode = passages.Where(p => p.Episode is not null).ToLookup(p => p.Episode!, ReferenceEqualityComparer.Instance);
        foreach (var episode in episodes)
        {
            var own = byEpisode[episode].OrderBy(p => p.SourceDocument.Title, StringComparer.Ordinal).ThenBy(p => p.Position).ToList();
            var at = own.ToDictionary(p => (p.SourceDocument.Slug, p.Position));
            // With sections of its own, only the lead's passages join them: an infobox field (a result, the forces) may cite a
            // passage from the middle of another document's account, which reads in its place there. With none, the infobox
            // too says which sections tell the episode.
            var hasSections = own.Any(p => p.Kind == PassageKind.Heading);
            var cited = episode.Lead.Select(l => l.Passage).Concat(hasSections ? [] : episode.Infobox.Select(i => i.Passage))
                .Select(p => (p.SourceDocument.Slug, p.Position)).ToHashSet();
            var sections = Narrative.Arrange([.. own.Select(p => new NarrativePassage(p.SourceDocument.Slug, p.SourceDocument.Title, p.SectionPath, p.Kind, p.Text, p.Position))], cited);
            var repeats = new List<NarrativeEntry>();
            foreach (var section in sections)
                foreach (var shown in section.Passages)
                {
                    var entry = new NarrativeEntry { Order = episode.Narrative.Count + 1, Passage = at[(shown.SourceSlug, shown.Position)], Elsewhere = section.Heading is not null };
                    episode.Narrative.Add(entry);
                    repeats.AddRange(shown.AlsoIn.Select(r => new NarrativeEntry { Passage = at[(r.SourceSlug, r.Position)], Elsewhere = entry.Elsewhere, RepeatOf = entry.Passage }));
                }
            // A repeat follows every shown passage, in the order it is cited.
            foreach (var repeat in repeats)
            {
                repeat.Order = episode.Narrative.Count + 1;
                episode.Narrative.Add(repeat);
            }
        }
    }

}
