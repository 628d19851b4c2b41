using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// An episode's countries in their roles: its targets, or supported governments where its claims say the
/// Soviet side aided the government; a third state its aid went to ("the Vietnamese invasion of Cambodia was supported
/// by the Soviet Union") is a supported government beside the target; participants only where a claim names a country
/// whose forces acted with the Soviets ("Polish, Hungarian and Bulgarian troops … occupied"), never a country named in passing.
/// </summary>
internal sealed class CountryRoles(Gazetteer gazetteer, IReadOnlySet<string> interveners)
{
    public List<(string Country, CountryRole Role, PassageDraft? Passage)> Of(BuiltEpisode episode, IReadOnlyList<Claim> claims, SovietSide? statedSide, EpisodeKind kind)
    {
        var own = claims.Where(c => c.Role != ActRole.Aside).ToList();
        var related = episode.Targets.SelectMany(t => gazetteer.Country(t)?.Successors ?? []).Concat(episode.Targets).ToHashSet();
        var thirdStates = own
            .Where(c => kind == EpisodeKind.MilitaryAid && c.Role == ActRole.Intervention && c.Form != ClaimForm.Name)
            .SelectMany(c => c.Recipients.Select(r => (Country: r, c.Passage)))
            .Where(x => !related.Contains(x.Country) && !interveners.Contains(x.Country))
            .GroupBy(x => x.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, CountryRole.SupportedGovernment, (PassageDraft?)g.First().Passage)).ToList();
        // Military aid goes to a government (aid to insurgents is a kind of its own), so the place aided is a supported
        // government, unless the aid went to a third state fighting there; an invasion "backing" a new government still targets it.
        var targetRole = kind == EpisodeKind.MilitaryAid && (statedSide == SovietSide.Government || thirdStates.Count == 0)
            ? CountryRole.SupportedGovernment : CountryRole.Target;
        var roles = episode.Targets
            .Select(t => (t, targetRole, own.FirstOrDefault(c => c.Targets.Contains(t))?.Passage))
            .ToList();
        roles.AddRange(thirdStates);
        var participants = own.SelectMany(c => c.Participants.Select(p => (Country: p, c.Passage)))
            .Where(x => !related.Contains(x.Country) && !interveners.Contains(x.Country) && roles.All(r => r.Item1 != x.Country))
            .GroupBy(x => x.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, CountryRole.Participant, (PassageDraft?)g.First().Passage));
        roles.AddRange(participants);
        return roles;
    }
}
