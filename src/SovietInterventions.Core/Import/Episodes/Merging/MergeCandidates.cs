using SovietInterventions.Core.Import.Episodes;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// The merged episodes a draft may join, by target country, for <see cref="EpisodeMerger"/>: the first added that
/// overlaps the draft's years and shares none of its documents, or one a section of the draft's own document went into that named the same place in the same years. Drafts arrive in order of start, so an episode that
/// ended before a draft starts can never match again and is dropped; a country whose episodes all come from the
/// draft's one document is skipped by a count. Without both, thousands of sections of one country in one file
/// compared every draft with every episode.
/// </summary>
internal sealed class MergeCandidates
{
    private readonly Dictionary<string, List<EpisodeDraft>> byCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> prunedSize = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Document), int> fromDocument = [];
    private readonly Dictionary<EpisodeDraft, int> order = [];
    private readonly Dictionary<EpisodeDraft, HashSet<string>> documents = [];
    private readonly Dictionary<(string Document, string Place), List<(EpisodeDraft Episode, int From, int To)>> sections = [];

    // "Khalkhin Gol" and "KHALKHIN GOL" in one document name one place.
    private static (string Document, string Place) Section(string document, EpisodeDraft draft) => (document, draft.Place.ToUpperInvariant());

    private static HashSet<string> Documents(EpisodeDraft draft) => draft.DefinedBy.Select(d => d.Document).ToHashSet(StringComparer.Ordinal);

    /// <summary>The earliest added episode the draft joins, or null.</summary>
    public EpisodeDraft? For(EpisodeDraft draft)
    {
        // "Bain-Tsagan: Khalkhin Gol, 3-5 July 1939" and "The August Offensive: Khalkhin Gol, 20-31 August 1939": sections of one
        // document naming the same place in the same years are parts of one episode.
        var draftDocuments = Documents(draft);
        foreach (var document in draftDocuments)
        {
            if (!sections.TryGetValue(Section(document, draft), out var named)) continue;
            // Drafts arrive in order of start: a section that ended before this one starts can match none again.
            named.RemoveAll(s => s.To < draft.StartYear);
            if (named.FirstOrDefault(s => s.From <= draft.EndYear).Episode is { } part) return part;
        }
        EpisodeDraft? best = null;
        foreach (var country in draft.Targets.Distinct())
        {
            if (!byCountry.TryGetValue(country, out var list)) continue;
            Prune(country, list, draft.StartYear);
            if (draftDocuments.Count == 1 && fromDocument.GetValueOrDefault((country, draftDocuments.First())) == list.Count) continue;
            foreach (var episode in list)
            {
                if (best is not null && order[episode] >= order[best]) break;
                if (episode.Overlaps(draft.StartYear, draft.EndYear) && !documents[episode].Overlaps(draftDocuments))
                {
                    best = episode;
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>Remembers that the draft's section, by its document, place and own years, went into the episode.</summary>
    public void Placed(EpisodeDraft draft, EpisodeDraft episode)
    {
        foreach (var document in Documents(draft))
        {
            if (!sections.TryGetValue(Section(document, draft), out var list)) sections[Section(document, draft)] = list = [];
            list.Add((episode, draft.StartYear, draft.EndYear));
        }
    }

    /// <summary>Indexes a new episode, or what an episode gained in a merge (its targets and documents).</summary>
    public void Add(EpisodeDraft episode)
    {
        order.TryAdd(episode, order.Count);
        if (!documents.TryGetValue(episode, out var known)) documents[episode] = known = [];
        var gained = Documents(episode).Where(known.Add).ToList();
        foreach (var country in episode.Targets.Distinct())
        {
            if (!byCountry.TryGetValue(country, out var list)) byCountry[country] = list = [];
            var at = list.BinarySearch(episode, Comparer<EpisodeDraft>.Create((a, b) => order[a].CompareTo(order[b])));
            var added = at < 0;
            if (added) list.Insert(~at, episode);
            foreach (var document in added ? known : (IEnumerable<string>)gained)
                fromDocument[(country, document)] = fromDocument.GetValueOrDefault((country, document)) + 1;
        }
    }

    // An episode that ended before this draft's year ends before every later draft's year too; dropped in batches
    // (when the list doubled since the last sweep) so that the sweeps stay linear in all.
    private void Prune(string country, List<EpisodeDraft> list, int year)
    {
        if (list.Count < 2 * prunedSize.GetValueOrDefault(country, 8)) return;
        list.RemoveAll(episode =>
        {
            if (episode.EndYear >= year) return false;
            foreach (var document in documents[episode]) fromDocument[(country, document)]--;
            return true;
        });
        prunedSize[country] = Math.Max(list.Count, 8);
    }
}
