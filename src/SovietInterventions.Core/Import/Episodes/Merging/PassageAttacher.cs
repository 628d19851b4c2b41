using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// Attaches passages that stand outside any episode section (the sentences of an article, the
/// notes) to the episode they describe: one whose target country they name, at a date the episode
/// covers. A passage naming no country continues the episode of the passage before it; a passage
/// with no year but an intervention word goes to the only episode of its country, or to the one
/// that shares its actors.
/// </summary>
internal sealed class PassageAttacher(EpisodeRules rules, IReadOnlySet<string> interveners)
{
    /// <summary>Passages left unattached, in document order, for <see cref="NewEpisodes"/>.</summary>
    public List<PassageDraft> Attach(IReadOnlyList<PassageDraft> loose, IReadOnlyList<EpisodeDraft> list)
    {
        var episodes = new EpisodesByCountry(list);
        var left = new List<PassageDraft>();
        PassageDraft? previous = null;
        foreach (var passage in loose)
        {
            var episode = Choose(passage, previous, episodes);
            if (episode is not null) episode.Add(passage);
            else left.Add(passage);
            previous = passage;
        }
        return left;
    }

    /// <summary>
    /// A dated passage that names another episode's target within that episode's years tells that episode too
    /// ("buffer zone in 1939-1940 (baltic states, ... and finland)"): it becomes one of its sources, never one of its
    /// facts. Inside an episode's section it must also state an act (a section's passages are its episode's by place,
    /// not by what they say); outside one it needs no more than <see cref="Attach"/> does. One passage per document is enough.
    /// </summary>
    public void Share(IEnumerable<PassageDraft> passages, IReadOnlyList<EpisodeDraft> list, IReadOnlySet<PassageDraft> outsideSections)
    {
        var episodes = new EpisodesByCountry(list);
        var told = list.ToDictionary(e => e, e => e.Passages.Select(p => p.Document).ToHashSet());
        foreach (var passage in passages.Where(p => !p.IsHeading && p.Block.Kind != PassageKind.Caption))
        {
            var years = passage.YearSpans.ToList();
            if (years.Count == 0 || !(outsideSections.Contains(passage) || StatesAnAct(passage.Text))) continue;
            foreach (var episode in episodes.For(NamedCountries(passage, includeAdjectives: false, placesFirst: false)))
            {
                if (episode == passage.Episode || !years.Any(y => episode.Overlaps(y.From, y.To))) continue;
                if (!told[episode].Add(passage.Document)) continue;
                episode.SharedPassages.Add(passage);
            }
        }
    }

    private bool StatesAnAct(string text) => rules.InterventionWords.AnyIn(text) || rules.Claims.Acts.AnyIn(text);

    private EpisodeDraft? Choose(PassageDraft passage, PassageDraft? previous, EpisodesByCountry episodes)
    {
        var named = NamedCountries(passage, includeAdjectives: true);
        if (named.Count == 0)
            return Continues(passage, previous) ? previous!.Episode : null;

        var candidates = episodes.For(named);
        var years = passage.YearSpans.ToList();
        if (years.Count > 0)
        {
            candidates = candidates.Where(e => years.Any(y => e.Overlaps(y.From, y.To, slack: 1))).ToList();
        }
        else
        {
            if (!rules.InterventionWords.AnyIn(passage.Text) || passage.Block.Kind == PassageKind.Caption) return null;
            // Undated, it must be about one country: an overview naming several episodes' countries is about none of them.
            var all = NamedCountries(passage, includeAdjectives: false, placesFirst: false);
            if (episodes.For(all).Select(e => e.Targets[0]).Distinct().Count() > 1
                && !Continues(passage, previous))
                return null;
        }

        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        if (previous?.Episode is { } last && candidates.Contains(last) && passage.Document == previous.Document
            && passage.Block.Line - previous.Block.Line <= 1) return last;

        var actors = passage.Actors.Select(a => a.ActorSlug).ToHashSet();
        var byActors = candidates
            .Select(e => (Episode: e, Shared: e.Passages.SelectMany(p => p.Actors).Count(a => actors.Contains(a.ActorSlug))))
            .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ToList();
        if (byActors.Count > 0 && (byActors.Count == 1 || byActors[0].Shared > byActors[1].Shared)) return byActors[0].Episode;

        // The country named last is usually the one the sentence is about ("German forces and their Hungarian troops").
        var lastNamed = named[^1];
        var forLast = candidates.Where(e => e.Targets.Contains(lastNamed)).ToList();
        return forLast.Count == 1 ? forLast[0] : null;
    }

    private static bool Continues(PassageDraft passage, PassageDraft? previous) =>
        previous?.Episode is not null
        && passage.Block.Kind != PassageKind.Caption
        && passage.Document == previous.Document
        && passage.Block.Section == previous.Block.Section
        && passage.Block.Line - previous.Block.Line <= 1;

    /// <summary>
    /// Countries a passage names as possible targets, in order: places first when there are any
    /// (a region names its state more precisely than a passing country name), never the intervener
    /// nor a country named as the agent ("handed over by Nazi Germany").
    /// </summary>
    public List<string> NamedCountries(PassageDraft passage, bool includeAdjectives, int after = 0, bool placesFirst = true)
    {
        var mentions = passage.Countries
            .Where(m => m.Index >= after && !interveners.Contains(m.CountrySlug))
            .Where(m => includeAdjectives || m.Form != MentionForm.Adjective)
            .Where(m => !IsAgent(passage.Text, m.Index))
            .ToList();
        var places = mentions.Where(m => m.Form == MentionForm.Place).ToList();
        var chosen = places.Count > 0 && placesFirst ? places : mentions;
        return chosen.Select(m => m.CountrySlug).Distinct().ToList();
    }

    private bool IsAgent(string text, int index)
    {
        // A span, not a substring: a copy of everything before each mention made long passages quadratic.
        var before = text.AsSpan(0, index).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        // "by Nazi Germany": skip one adjective-like capitalised word before the name.
        if (word.Length > 0 && char.IsUpper(word[0]) && space > 0)
        {
            var earlier = before[..space].TrimEnd();
            word = earlier[(earlier.LastIndexOf(' ') + 1)..];
        }
        return rules.AgentWords.Contains(word.ToString());
    }
}
