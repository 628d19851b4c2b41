using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// "the last Soviet advisers left in 1991", "Soviet personnel were withdrawn by 1990", "the president expelled the Soviet advisers
/// in July 1972", "Moscow cut the deliveries, and they ended in 1990": a Soviet presence (data/claim-rules.json presenceWords or
/// forcesWords) that a departure verb (departureVerbs) sends away or ends, in one clause, ends the stay. It is dated by the first
/// date after the verb ("left in 1991"), else the date nearest it.
/// </summary>
internal sealed class Departures(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private readonly ActGrammar grammar = new(rules, countries, interveners);
    // "Soviet military advisers", "Gorbachev cut the deliveries": the agent before its presence.
    private const int MaxAgentWords = 3;
    // "advisers were all withdrawn", "deliveries back from 1989, and they ended": the presence before its verb.
    private const int MaxVerbWords = 5;
    private const int MaxSpanChars = 30;

    /// <summary>The ending a dated sentence states of a Soviet presence, or null.</summary>
    public Claim? Read(PassageDraft passage, int index, string sentence, List<DatePhrase> found)
    {
        if (found.Count == 0) return null;
        var agents = rules.Agents.Find(sentence);
        var verbs = rules.DepartureVerbs.Find(sentence);
        if (agents.Count == 0 || verbs.Count == 0) return null;
        foreach (var presence in rules.Presence.Find(sentence))
        {
            var agent = agents.LastOrDefault(a => a.End <= presence.Index && Joins(sentence, a.End, presence.Index, MaxAgentWords));
            if (agent is null) continue;
            // Sent away ("expelled the Soviet advisers"), or leaving ("the Soviet advisers left"), with no act of force in between
            // ("troops entered and left"; "cut the deliveries back" is no act of aid).
            var verb = verbs.LastOrDefault(v => v.End <= agent.Index && agent.Index - v.End <= MaxSpanChars && sentence[v.End..agent.Index].Trim() is "" or "the" or "all" or "all the")
                ?? verbs.FirstOrDefault(v => v.Index >= presence.End && Joins(sentence, presence.End, v.Index, MaxVerbWords)
                    && !rules.Acts.Find(sentence[presence.End..v.Index]).Any(a => a.Value is { Role: ActRole.Intervention, Kind: not EpisodeKind.MilitaryAid }));
            if (verb is null || grammar.StopsOthersForces(sentence, verb.End)) continue;
            var date = found.FirstOrDefault(d => d.Index >= verb.End) ?? DateRanges.Nearest(found, verb.Index)!;
            // The place left follows the verb or the presence sent away ("left Portugal", "expelled the advisers from Portugal");
            // none named: the place of the claim before (see ClaimFinder).
            var after = verb.Index > presence.Index ? verb.End : presence.End;
            var targets = countries.Find(sentence)
                .Where(m => m.Index >= after && PlaceLeft(sentence[after..m.Index]) && !interveners.Contains(m.CountrySlug)
                    && !rules.AgentCountries.Contains(m.CountrySlug) && !ClaimPlaces.StartsName(sentence, m))
                .Select(m => m.CountrySlug).Distinct().ToList();
            return new Claim(passage, index, sentence, agent.Text, verb.Text, EpisodeKind.MilitaryAid, ActRole.End, targets, [], date.Start, date.End, true, null)
            {
                Form = ClaimForm.Statement,
                NamesTarget = targets.Count > 0,
            };
        }
        return null;
    }

    private static bool PlaceLeft(string between) => between.Trim().ToLowerInvariant() is "" or "the" or "from" or "from the" or "out of" or "out of the";

    // One clause, a few words, no country of its own ("Moscow made the Cuban troops leave") and no denial ("never left").
    private bool Joins(string sentence, int from, int to, int maxWords)
    {
        // A cheap bound first: a megabyte-long "sentence" must not be copied once for every pair of words.
        if (to - from > maxWords * MaxSpanChars) return false;
        var between = sentence[from..to];
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.IndexOfAny([';', ':', '(', ')']) < 0 && words.Length <= maxWords
            && !words.Any(w => rules.Negators.Contains(w.Trim(',', '.')))
            && !countries.Find(between).Any(m => !interveners.Contains(m.CountrySlug));
    }
}
