using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Mentions;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// A paragraph tells one story: "During the two years following the annexation, the Soviets arrested approximately 100,000
/// Polish citizens …" left out of the Bessarabian episode whose section it stands in, the sentences after it in its paragraph
/// ("Forced re-settlements … occurred.", "… almost half of them were dead by July 1940.") go on with its story, not the section's.
/// </summary>
internal sealed class ParagraphStories(IReadOnlyList<PassageDraft> all, PassageOwners owners, PassageAttacher attacher, IReadOnlyList<EpisodeDraft> episodes)
{
    private readonly Dictionary<PassageDraft, int> index = all.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
    private readonly HashSet<string> targets = episodes.SelectMany(e => e.Targets).ToHashSet(StringComparer.Ordinal);

    /// <summary>An earlier sentence of the passage's paragraph, held by no episode, names another episode's country than this one's, and
    /// the passage names none of this one's ("… over the missile deployments in Cuba, he could muscle the West out of Berlin" stays Cuba's).</summary>
    public bool GoesOnWithAnother(PassageDraft passage, EpisodeDraft episode)
    {
        // A record (a dump's or a spreadsheet's row) is a paragraph of its own, though a dump writes many on one line.
        if (!index.TryGetValue(passage, out var at) || SourceFormats.For(passage.Document.Format).Records || Names(passage).Any(episode.Targets.Contains)) return false;
        for (var i = at - 1; i >= 0 && at - i <= MaxSentencesBack && all[i].Document == passage.Document && all[i].Block.Line == passage.Block.Line && !all[i].IsHeading; i--)
        {
            var before = all[i];
            if (owners.Holds(before)) continue;
            if (Names(before).Any(c => targets.Contains(c) && !episode.Targets.Contains(c))) return true;
        }
        return false;
    }

    // A paragraph's story is read back this far: a scraped article run onto one line is thousands of sentences, each asked about.
    private const int MaxSentencesBack = 40;

    private List<string> Names(PassageDraft passage) => attacher.NamedCountries(passage, includeAdjectives: true, placesFirst: false);
}
