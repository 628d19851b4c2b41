using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// Makes one episode of every section whose heading names one, with exactly the heading's years
/// and places; the section's blocks (and its subsections', unless they name an episode of their own)
/// become its passages. An overview heading ("Soviet expansion 1940–44: Bessarabia, Tuva, Bulgaria", "Poland and Gilan,
/// 1920–1921") whose subsections are headed by each of its places, with years or without, is no episode itself: its lines
/// are left to the claims, which tell each place's years apart.
/// </summary>
internal sealed class SectionEpisodes(DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners, PassageOwners owners, Func<string, bool> isName)
{
    public IReadOnlyList<EpisodeDraft> Find(IReadOnlyList<PassageDraft> document)
    {
        var episodes = new Dictionary<Heading, EpisodeDraft>();
        var above = new Dictionary<Heading, IReadOnlyList<Heading>>();
        var places = new Dictionary<Heading, HashSet<string>>();
        foreach (var passage in document)
        {
            if (!passage.IsHeading || passage.Block.Section is not { } heading || above.ContainsKey(heading)) continue;
            above[heading] = passage.Block.Headings;
            places[heading] = [.. countries.Find(heading.Text).Select(m => m.CountrySlug)];
            var named = EpisodeHeading.TryRead(heading, dates, countries, interveners, isName);
            if (named is null) continue;
            var draft = new EpisodeDraft { Place = named.Place, Targets = [.. named.Targets], Start = named.Start, End = named.End, CommonName = named.Name, Owners = owners, WinterAcrossYears = named.WinterAcrossYears, HeadingStartDate = named.StartDate };
            draft.DefinedBy.Add((passage.Document.FileName, $"{passage.Document.FileName} (heading \"{heading.Text}\")", named.Years));
            episodes[heading] = draft;
        }
        foreach (var overview in episodes.Keys.Where(h => IsOverview(h, episodes, above, places)).ToList())
            episodes.Remove(overview);

        foreach (var passage in document)
        {
            // The innermost heading above the block that names an episode owns it.
            for (var i = passage.Block.Headings.Count - 1; i >= 0; i--)
            {
                if (!episodes.TryGetValue(passage.Block.Headings[i], out var owner)) continue;
                owner.Add(passage);
                break;
            }
        }
        return [.. episodes.Values];
    }

    // Each of the heading's places heads a subsection below it that names none of the others ("3.2 Poland: …", "3.3 Gilan: …");
    // a subsection naming them together ("Reactions in Poland and Hungary") tells of all of them.
    private static bool IsOverview(Heading heading, Dictionary<Heading, EpisodeDraft> episodes, Dictionary<Heading, IReadOnlyList<Heading>> above,
        Dictionary<Heading, HashSet<string>> places)
    {
        var targets = episodes[heading].Targets;
        var below = above.Where(h => h.Key != heading && h.Value.Contains(heading))
            .Select(h => episodes.TryGetValue(h.Key, out var episode) ? episode.Targets.ToHashSet() : places[h.Key]).ToList();
        return targets.Count > 1 && targets.All(target => below.Any(named => named.Contains(target) && !targets.Any(t => t != target && named.Contains(t))));
    }
}
