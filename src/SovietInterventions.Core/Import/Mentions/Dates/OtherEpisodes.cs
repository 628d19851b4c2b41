using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// Events of an episode's passages that are another episode's: the sentence names, by its name or a place in it, a target
/// of another episode whose years hold the event's date, and none of its own episode's targets ("the Red Army entered
/// Vienna on 13 April" in a section on Germany, beside an episode on Austria). An adjective ("the German garrison") names
/// no country here: it says whose forces, not where.
/// </summary>
internal sealed class OtherEpisodes(IReadOnlyList<BuiltEpisode> episodes)
{
    private readonly ILookup<string, BuiltEpisode> byTarget =
        episodes.SelectMany(e => e.Targets.Distinct().Select(t => (Target: t, Episode: e))).ToLookup(x => x.Target, x => x.Episode, StringComparer.Ordinal);

    public bool Tell(BuiltEpisode episode, EventDraft found)
    {
        var named = found.Passage.Countries
            .Where(m => m.Form != MentionForm.Adjective && found.Text.Contains(m.Text, StringComparison.Ordinal))
            .Select(m => m.CountrySlug).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0 || named.Overlaps(episode.Targets)) return false;
        return named.SelectMany(c => byTarget[c]).Any(other => other != episode && other.Overlaps(found.Date.Year, found.Date.Year));
    }
}
