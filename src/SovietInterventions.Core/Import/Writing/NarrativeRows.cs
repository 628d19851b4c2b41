using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Each episode's narrative as its page shows it (<see cref="Narrative"/>), as rows of <see cref="Episode.Narrative"/>: from
/// the passages written to the episode (else those it shares that its lead does not quote), those its lead and infobox cite counting as its own as <see cref="Narrative.Arrange"/> says,
/// read for the passages telling the Soviet side's part where <see cref="Narrative.Arrange"/> says so. A repeat names the passage it
/// repeats through <see cref="NarrativeEntry.RepeatOf"/>, whose id the writer fills in.
/// </summary>
public static class NarrativeRows
{
    /// <param name="told">Each episode's passages that tell the Soviet side's part (<see cref="EpisodeFacts.Told"/>).</param>
    public static void Arrange(IEnumerable<Episode> episodes, IEnumerable<Passage> passages, IReadOnlyDictionary<Episode, IReadOnlySet<Passage>>? told = null)
    {
        var byEpisode = passages.Where(p => p.Episode is not null).ToLookup(p => p.Episode!, ReferenceEqualityComparer.Instance);
        foreach (var episode in episodes)
        {
            var cited = episode.Lead.Select(l => (l.Passage.SourceDocument.Slug, l.Passage.Position)).ToHashSet();
            // An episode told only inside other episodes' paragraphs tells those of them its lead does not quote: "On 30 March, the Red
            // Army entered Austria", quoted, is all a paragraph on Pomerania and Budapest says of Austria.
            var toldInOthers = !byEpisode[episode].Any();
            var ofEpisode = toldInOthers ? episode.SharedPassages.Select(s => s.Passage).Where(p => !cited.Contains((p.SourceDocument.Slug, p.Position)))
                : byEpisode[episode];
            var own = ofEpisode.OrderBy(p => p.SourceDocument.Title, StringComparer.Ordinal).ThenBy(p => p.Position).ToList();
            var at = own.ToDictionary(p => (p.SourceDocument.Slug, p.Position));
            var citedByInfobox = episode.Infobox.Select(i => (i.Passage.SourceDocument.Slug, i.Passage.Position)).ToHashSet();
            var sections = Narrative.Arrange([.. own.Select(p => new NarrativePassage(p.SourceDocument.Slug, p.SourceDocument.Title, p.SectionPath, p.Kind, p.Text, p.Position))],
                // Those other paragraphs are all it has: they are read whole (the page counts only an episode's own passages left out).
                cited, citedByInfobox, toldInOthers ? null : told?.GetValueOrDefault(episode)?.Select(p => (p.SourceDocument.Slug, p.Position)).ToHashSet());
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
