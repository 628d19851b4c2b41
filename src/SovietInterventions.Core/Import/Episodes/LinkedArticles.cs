using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// A scraped page's link dump names the articles it linked (<see cref="LinkLabels"/>). A label naming a Soviet act in a
/// place makes the page a source of the one existing episode about that place: for a country, the one episode with it
/// as a target; for a region or city, the one such episode whose own passages name it. A label names no year, so the
/// episode must tell an act of the label's sort (force against the place, or aid) that no claim dates outside its years,
/// and no claim may tell such an act in that place at other years ("Soviet invasion of Poland" where the sources tell
/// one invasion in one year and an episode of later years): then the label may name that other act, and lists nothing.
/// It never makes an episode, gives no date and no fact: the page is listed through a shared passage that quotes the
/// label alone, a list item placed after the document's own passages (the dump has no place among them, and their
/// positions must not move).
/// </summary>
internal sealed class LinkedArticles(LinkLabels labels)
{
    private const int Slack = 1;

    /// <summary>The label passages made, each shared with its episode; they belong to no episode.</summary>
    public List<PassageDraft> Share(IReadOnlyList<IReadOnlyList<PassageDraft>> documents, IReadOnlyList<EpisodeDraft> episodes,
        IReadOnlyDictionary<EpisodeDraft, List<Claim>> owned, IReadOnlyList<Claim> claims)
    {
        var made = new List<PassageDraft>();
        foreach (var passages in documents.Where(d => d.Count > 0 && d[0].Document.LinkDumps.Count > 0))
        {
            var document = passages[0].Document;
            var position = passages.Max(p => p.Position);
            foreach (var dump in document.LinkDumps)
                foreach (var label in labels.Find(dump.Text))
                {
                    if (About(label.Place, episodes) is not { } episode || Sources(episode).Contains(document)) continue;
                    if (!Tells(episode, label, owned.GetValueOrDefault(episode) ?? []) || ToldAtOtherYears(episode, label, claims)) continue;
                    var passage = new PassageDraft
                    {
                        Document = document,
                        Block = new Block(PassageKind.ListItem, label.Text, dump.Line, dump.Headings),
                        Position = ++position,
                        Countries = [label.Place],
                    };
                    episode.SharedPassages.Add(passage);
                    made.Add(passage);
                }
        }
        return made;
    }

    private static EpisodeDraft? About(CountryMention place, IReadOnlyList<EpisodeDraft> episodes) =>
        episodes.Where(e => e.Targets.Contains(place.CountrySlug) && (place.Form != MentionForm.Place || Names(e, place.Place!)))
            .ToList() is [var only] ? only : null;

    // The episode's own claims tell an act of the label's sort, undated or dated within its years.
    private static bool Tells(EpisodeDraft episode, LinkLabel label, List<Claim> own) =>
        own.Any(c => c.Role == ActRole.Intervention && SameSort(c.Kind, label.Kind) && (c.Year is null || episode.Overlaps(c.Year.Value, c.LastYear!.Value, Slack)));

    // A claim of the label's sort in the label's place, dated outside the episode's years: the label may name that act instead.
    private static bool ToldAtOtherYears(EpisodeDraft episode, LinkLabel label, IReadOnlyList<Claim> claims) =>
        claims.Any(c => c.Role == ActRole.Intervention && SameSort(c.Kind, label.Kind) && c.Year is { } year && !episode.Overlaps(year, c.LastYear!.Value, Slack)
            && InPlace(c, label.Place));

    private static bool InPlace(Claim claim, CountryMention place) =>
        claim.Targets.Contains(place.CountrySlug)
        && (place.Form != MentionForm.Place || claim.Sentence.Contains(place.Place!, StringComparison.OrdinalIgnoreCase));

    // An invasion and the occupation it led to are one sort of act (force against the place); aid is another.
    private static bool SameSort(EpisodeKind a, EpisodeKind b) => EpisodeKinds.AgainstTheTarget(a) == EpisodeKinds.AgainstTheTarget(b);

    private static bool Names(EpisodeDraft episode, string place) =>
        episode.Passages.Any(p => p.Countries.Any(m => m.Form == MentionForm.Place && string.Equals(m.Place, place, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<ParsedDocument> Sources(EpisodeDraft episode) =>
        episode.Passages.Concat(episode.SharedPassages).Select(p => p.Document);
}
