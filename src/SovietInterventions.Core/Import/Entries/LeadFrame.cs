using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// When no sentence of the sources the lead could choose says when, or names the place, the lead closes on one
/// sentence built from what the episode's heading or defining sentence states: the kind's phrase, the place and the
/// years as the source dates them ("The Soviet military aid to Nigeria lasted from 1967 to 1970."), citing the passage those come from.
/// Where the sources' sentences name the place only as a city in it that is their subject ("Königsberg fell"), the frame follows
/// them, naming the whole after its part. It comes first where they say neither where nor when; so it does where the lead opens with sentences shown only as the context a Soviet act
/// answers ("The government left the alliance … The Soviet Union responded by invading …") or that leans on one it does not show
/// ("Apart from the pact …, the USSR also occupied …"), or that tells only the last year of an episode of several ("the last Soviet column
/// crossed … in 1989" for 1979–1989): a lead's first sentence says what the
/// Soviet side did, and a lead has at most three sentences.
/// </summary>
internal static class LeadFrame
{
    private const int Sentences = 3;
    private const int SeveralYears = 2;

    public static List<LeadDraft> Frame(
        BuiltEpisode episode, List<LeadDraft> lead, EpisodeKind kind, IReadOnlyList<string> targets, IReadOnlyList<string> recipients, KindVocabulary kinds,
        Func<string, bool> isCity)
    {
        // A lead whose sentences name the place only as a city that is their subject ("Königsberg fell") tells a part of the act: the frame names the whole first.
        var onlyPart = lead.Any(l => l.NamesPlace) && lead.Where(l => l.NamesPlace).All(l => l.NamesOnlyPart);
        // So does one that tells only the last year of an episode of several ("On 15 February 1989, the last Soviet column … crossed" for
        // 1979–1989): an entry opens with its beginning.
        var endOnly = episode.EndYear - episode.StartYear >= SeveralYears
            && lead.Any(l => l.Year is not null) && lead.All(l => l.Year is null || l.Year == episode.EndYear);
        // And one that opens leaning on a sentence it does not show ("Apart from the pact …, the USSR also occupied …").
        var contextFirst = lead.Count > 0 && (!lead[0].StatesAct || lead[0].LeansBack || endOnly);
        // Sentences that say neither where nor when ("implored neighbouring governments to aid the rebels") cannot open an entry.
        var placeless = !lead.Any(l => l.Dated) && !lead.Any(l => l.NamesPlace);
        if (lead.Count == 0 || lead.Any(l => l.Dated) && lead.Any(l => l.NamesPlace) && !onlyPart && !contextFirst) return lead;
        var phrase = EpisodeTitle.Phrase(kind, episode.Place, targets, recipients, kinds, isCity);
        // An entry's own sentence, as an encyclopedia states its subject's dates; the years are the entry's, which its cited heading or
        // defining sentence gives.
        // An occupation or aid lasts its years; an invasion or a coup only happened within them (Korea's heading runs to the armistice).
        // Where a source ends an occupation before the heading's last year ("Soviet forces departed in 1948" under "1945–1953:
        // Korea"), the entry says only when it began: the heading's years take in what followed. Aid ends piecemeal (a mission
        // recalled, another sent), so its end is not read so.
        var endings = episode.Claims.Where(c => c.Role == ActRole.End && c.Year is not null).Select(c => c.Year!.Value).ToList();
        var endedEarlier = kind is EpisodeKind.Occupation && endings.Any(year => year >= episode.StartYear && year < episode.EndYear)
            && !endings.Contains(episode.EndYear);
        var dates = episode.StartYear == episode.EndYear ? $"took place in {episode.StartYear}"
            : kind is EpisodeKind.Occupation or EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport or EpisodeKind.Blockade
                ? endedEarlier ? $"began in {episode.StartYear}" : $"lasted from {episode.StartYear} to {episode.EndYear}"
                : $"took place in {episode.StartYear}\u2013{episode.EndYear}";
        var frame = new LeadDraft($"The {phrase} {dates}.", Source(episode, lead[0].Passage)) { Dated = true, NamesPlace = true };
        // The context and the act that answers it stay together after the frame, where all fit in a lead's three sentences; where
        // they do not, the frame takes the context's place (it says what the act was, where and when) and the context stays in the narrative.
        if (contextFirst) return lead.Count < Sentences ? [frame, .. lead] : [frame, .. lead.Where(l => l.StatesAct)];
        // The sources' own sentences open the lead; the frame only adds, after them, what none of them says, or the whole after
        // its part: a city's fall to the Soviet side still says who did what, where and when. A city's own act that only mentions
        // the Soviet side ("… at Mahabad, under the protection of Soviet garrisons") follows the frame.
        return placeless || onlyPart && !lead[0].Statement ? [frame, .. lead.Take(Sentences - 1)] : [.. lead.Take(Sentences - 1), frame];
    }

    // The heading that dates the episode ("1967–1970: Nigeria") when it has one, else the passage of the lead's first sentence.
    private static PassageDraft Source(BuiltEpisode episode, PassageDraft first) =>
        episode.Passages.FirstOrDefault(p => p.IsHeading && p.Text.Contains($"{episode.StartYear}", StringComparison.Ordinal)) ?? first;
}
