using SovietInterventions.Core.Import.Extraction;
using SovietInterventions.Core.Import.Extraction.Episodes;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Merging;

/// <summary>
/// Makes new episodes from passages no section covers: a dated sentence with an intervention word
/// that names a target with no episode at that date ("In 1990–1991, Soviet troops occupied the island
/// of X and the north of Y"). Such sentences about the same country within two
/// years make one episode. Only documents that do not lay out their own episodes as sections are
/// read this way, and the target must come after the intervention word ("X and Y let Z invade"
/// names no target).
/// </summary>
public sealed class NewEpisodes(EpisodeRules rules, PassageAttacher attacher, Gazetteer gazetteer)
{
    private const int YearsApart = 2;

    public List<EpisodeDraft> Find(List<PassageDraft> left, IReadOnlyList<EpisodeDraft> existingList)
    {
        var existing = new EpisodesByCountry(existingList);
        var created = new List<EpisodeDraft>();
        var createdByCountry = new EpisodesByCountry([]);
        foreach (var passage in left)
        {
            if (passage.Block.Kind == PassageKind.Caption || !rules.InterventionWords.AnyIn(passage.Text)) continue;
            var spans = passage.YearSpans.ToList();
            if (spans.Count == 0) continue;
            var from = spans.Min(s => s.From);
            var to = spans.Max(s => s.To);

            var firstAction = rules.InterventionWords.FirstIndexIn(passage.Text);
            var targets = attacher.NamedCountries(passage, includeAdjectives: false, after: firstAction, placesFirst: false)
                .Where(c => !existing.For([c]).Any(e => e.Overlaps(from, to, slack: 1)))
                .ToList();
            if (targets.Count == 0) continue;

            var episode = createdByCountry.For(targets).FirstOrDefault(e => e.Overlaps(from, to, YearsApart));
            if (episode is null)
            {
                episode = new EpisodeDraft { Place = PlaceName(passage, targets), Targets = targets, Start = new PartialDate(from), End = new PartialDate(to) };
                created.Add(episode);
                createdByCountry.Add(episode);
            }
            else
            {
                Widen(episode, from, to);
                foreach (var target in targets.Where(t => !episode.Targets.Contains(t))) episode.Targets.Add(target);
                createdByCountry.Add(episode);
            }
            episode.DefinedBy.Add((passage.Document.FileName, $"{passage.Document.FileName} (line {passage.Block.Line})", from == to ? $"{from}" : $"{from}–{to}"));
            episode.Add(passage);
        }

        return created;
    }

    /// <summary>
    /// An undated sentence joins the episode of the sentence just before or after it in its document
    /// when they name the same country; its year then comes from that neighbour (see EpisodeEvents).
    /// </summary>
    public static void JoinNeighbours(IEnumerable<PassageDraft> left, IReadOnlyList<PassageDraft> all, PassageAttacher attacher)
    {
        var index = all.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        foreach (var passage in left.Where(p => p.Episode is null && p.Block.Kind != PassageKind.Caption && !p.YearSpans.Any()))
        {
            var named = attacher.NamedCountries(passage, includeAdjectives: false);
            var at = index[passage];
            var neighbour = new[] { at + 1, at - 1 }
                .Where(i => i >= 0 && i < all.Count && all[i].Document == passage.Document)
                .Select(i => all[i].Episode)
                .FirstOrDefault(e => e is not null && e.Targets.Intersect(named).Any());
            neighbour?.Add(passage);
        }
    }

    private static void Widen(EpisodeDraft episode, int from, int to)
    {
        if (from < episode.StartYear) episode.Start = new PartialDate(from);
        if (to > episode.EndYear) episode.End = new PartialDate(to);
    }

    // Name the episode as the sentence names its targets ("Norway and Bornholm"): a region or island
    // before its country's name, the country's name before one of its cities.
    private string PlaceName(PassageDraft passage, List<string> targets)
    {
        var names = passage.Countries
            .Where(m => targets.Contains(m.CountrySlug) && m.Form != MentionForm.Adjective)
            .OrderBy(Preference).ThenBy(m => m.Index)
            .GroupBy(m => m.CountrySlug).Select(g => g.First())
            .OrderBy(m => m.Index)
            .Select(m => Capitalised(m.Text.Trim()))
            .ToList();
        return names.Count switch
        {
            0 => targets[0],
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    private int Preference(CountryMention mention) => mention.Form switch
    {
        MentionForm.Place when gazetteer.Places.Any(p => p.Name == mention.Place && p.Kind != "city") => 0,
        MentionForm.Place => 2,
        _ => 1,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
