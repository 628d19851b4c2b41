using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// An episode's countries in their roles: its targets, or supported governments where its claims say the
/// Soviet side aided the government; a third state its aid went to ("the Vietnamese invasion of Cambodia was supported
/// by the Soviet Union") is a supported government beside the target; participants only where a claim names a country
/// whose forces acted with the Soviets ("Polish, Hungarian and Bulgarian troops … occupied") or that acted beside the Soviet side
/// ("Britain and the Soviet Union invaded"), never a country named in passing or as a person's ("the Ruritanian ambassador").
/// </summary>
internal sealed partial class CountryRoles(Gazetteer gazetteer, IReadOnlySet<string> interveners)
{
    private readonly CountryFinder countries = new(gazetteer);
    private readonly string[] personTitles = [.. gazetteer.Titles.Where(t => t.Type == ActorType.Person).Select(t => t.Title + " ")];

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
        var participants = own.SelectMany(c => c.Participants.Where(p => !NamesOnlyPersons(c.Sentence, p)).Concat(CoAgents(c)).Select(p => (Country: p, c.Passage)))
            .Where(x => !related.Contains(x.Country) && !interveners.Contains(x.Country) && roles.All(r => r.Item1 != x.Country))
            .GroupBy(x => x.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, CountryRole.Participant, (PassageDraft?)g.First().Passage));
        roles.AddRange(participants);
        return roles;
    }

    /// <summary>"the West Ruritanian ambassador … that Soviet troops had arrived": every mention of the country names a person's office.</summary>
    private bool NamesOnlyPersons(string sentence, string country) =>
        countries.Find(sentence).Where(m => m.CountrySlug == country).ToList() is { Count: > 0 } mentions
        && mentions.All(m => sentence[(m.Index + m.Length)..].TrimStart() is var after && personTitles.Any(t => after.StartsWith(t, StringComparison.OrdinalIgnoreCase)));

    /// <summary>"The Ruritanian Commonwealth and the Soviet Union invaded", "the Soviet Union and Ruritania occupied": a state
    /// joined to the Soviet agent by "and", before the act, acted with it.</summary>
    private IEnumerable<string> CoAgents(Claim claim)
    {
        if (claim.Role != ActRole.Intervention || claim.Form != ClaimForm.Statement)
            yield break;
        var sentence = claim.Sentence;
        var agent = sentence.IndexOf(claim.Agent, StringComparison.Ordinal);
        var act = agent < 0 ? -1 : sentence.IndexOf(claim.Act, agent + claim.Agent.Length, StringComparison.Ordinal);
        if (act < 0)
            yield break;
        foreach (var m in countries.Find(sentence).Where(m => !interveners.Contains(m.CountrySlug) && !claim.Targets.Contains(m.CountrySlug)))
        {
            var end = m.Index + m.Length;
            if ((end <= agent && JoinedBefore().IsMatch(sentence[end..agent])) || (m.Index >= agent + claim.Agent.Length && end <= act && JoinedAfter().IsMatch(sentence[(agent + claim.Agent.Length)..m.Index])))
                yield return m.CountrySlug;
        }
    }

    // "Ruritania and the", "Ruritanian Commonwealth and ": at most one capitalized word, then "and".
    [GeneratedRegex(@"^(\s+\p{Lu}\p{L}*)?\s+and\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedBefore();

    [GeneratedRegex(@"^\s+and\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedAfter();
}
