using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The Soviet side as the one attacked, fighting abroad: "Japanese troops fought Soviet and Mongolian forces" is Soviet
/// forces defending Mongolia beside its own (military aid to its government, a claim like any other); "a war fought by
/// Finland against the Soviet Union from 1941 to 1944" states the period of a war with Finland, which joins the Soviet
/// acts against Finland (<see cref="ActRole.Defence"/>) but makes no episode by itself, so "Germany attacked the Soviet
/// Union", a war at home, is no claim.
/// </summary>
internal sealed class DefenceClaims(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private const int MaxAllyGap = 6;

    public Claim? Read(PassageDraft passage, int index, string sentence, List<DatePhrase> found)
    {
        var agents = rules.Agents.Find(sentence);
        foreach (var agent in agents)
        {
            var verb = rules.DefenceVerbs.Find(sentence[..agent.Index]).LastOrDefault();
            if (verb is null || sentence[verb.End..agent.Index].Trim() is not ("" or "the")) continue;
            var mentions = countries.Find(sentence).Where(m => !IsSoviet(m.CountrySlug) && !agents.Any(a => m.Index < a.End && a.Index < m.Index + m.Length)).ToList();
            var allies = mentions.Where(m => m.Index >= agent.End && IsAllyGap(sentence[agent.End..m.Index])).Select(m => m.CountrySlug).Distinct().ToList();
            var attackers = mentions.Where(m => m.Index < verb.Index).Select(m => m.CountrySlug).Where(c => !allies.Contains(c)).Distinct().ToList();
            var date = found.OrderBy(d => Math.Abs(d.Index - agent.Index)).FirstOrDefault();
            var end = date is null ? null : DateRanges.EndOf(sentence, date, found, rules);
            var period = date is not null && end is { } e && e.Year > date.Start.Year;
            if (attackers.Count == 0 || allies.Count == 0 && !period) continue;
            if (allies.Count > 0)
                return new Claim(passage, index, sentence, agent.Text, verb.Text, EpisodeKind.MilitaryAid, ActRole.Intervention, allies, [],
                    date?.Start, end, date is not null, SovietSide.Government)
                { Form = ClaimForm.Statement, NamesTarget = true, Recipients = allies, Combat = true };
            return new Claim(passage, index, sentence, agent.Text, verb.Text, EpisodeKind.Invasion, ActRole.Defence, attackers, [],
                date!.Start, end, true, null)
            { Form = ClaimForm.Statement, NamesTarget = true, Combat = true };
        }
        return null;
    }

    // "Soviet and Mongolian forces", "Soviet-Mongolian troops": a country joined to the agent by "and" or a dash.
    private static bool IsAllyGap(string gap) =>
        gap.Length <= MaxAllyGap && gap.Trim() is "and" or "-" or "–" or "" && gap.Length > 0;

    private bool IsSoviet(string slug) => interveners.Contains(slug) || rules.AgentCountries.Contains(slug);
}
