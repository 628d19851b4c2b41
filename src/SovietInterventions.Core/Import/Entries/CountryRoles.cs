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
            // "an airlift of arms to Egypt and Syria": aid to the places it names goes to no third state.
            .SelectMany(c => c.Recipients.Except(c.Targets).Select(r => (Country: r, c.Passage)))
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
        roles = [.. roles.Select(r => r.Item2 == CountryRole.SupportedGovernment ? (InItsTime(r.Item1, episode.StartYear, episode.EndYear), r.Item2, r.Item3) : r)
            .DistinctBy(r => r.Item1)];
        var participants = own.SelectMany(c => c.Participants.Where(p => !NamesOnlyPersons(c.Sentence, p)).Concat(CoAgents(c)).Select(p => (Country: p, c.Passage)))
            .Where(x => !related.Contains(x.Country) && !interveners.Contains(x.Country) && roles.All(r => r.Item1 != x.Country))
            .GroupBy(x => x.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, CountryRole.Participant, (PassageDraft?)g.First().Passage));
        roles.AddRange(participants);
        return roles;
    }

    /// <summary>"Ruritania" for aid of 1950–1960 where today's Ruritania was formed in 1970: the government aided is the state of that
    /// time it came from, the one allied with the Soviet side (curated <c>ally</c>) or else the only one; otherwise the name as given.</summary>
    private string InItsTime(string country, int firstYear, int lastYear)
    {
        if (gazetteer.Country(country)?.Years is not { From: { } formed } || formed <= lastYear)
            return country;
        var then = gazetteer.Countries.Where(c => c.Successors.Contains(country)
            && c.Years is { } years && (years.From ?? int.MinValue) <= lastYear && (years.To ?? int.MaxValue) >= firstYear).ToList();
        var allied = then.Where(c => c.Ally is { } ally && interveners.Contains(ally)).ToList();
        return allied.Count == 1 ? allied[0].Slug : then.Count == 1 ? then[0].Slug : country;
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
