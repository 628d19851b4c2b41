using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Web.Search;

/// <summary>Near spellings for a search that found nothing: the country or actor name closest to each word.</summary>
public sealed class Suggestions(SuggestionIndex index)
{
    public async Task<IReadOnlyList<string>> NearSpellingsAsync(string? q, CancellationToken cancel = default)
    {
        var words = FtsQuery.Words(q).Where(w => w.Length >= 3).Take(5).ToList();
        if (words.Count == 0) return [];
        var snapshot = await index.GetAsync(cancel);

        var found = new List<string>();
        foreach (var word in words.Select(w => w.ToLowerInvariant()))
        {
            // About one typo per four letters; further than that a suggestion is more confusing than helpful.
            var limit = Math.Max(1, word.Length / 4);
            (string? Name, int Distance) best = (null, int.MaxValue);
            for (var i = 0; i < snapshot.Names.Count; i++)
            {
                var candidate = snapshot.LowerNames[i];
                // Lengths further apart than the limit are further apart in spelling too.
                if (Math.Abs(candidate.Length - word.Length) > limit) continue;
                var distance = EditDistance(word, candidate);
                if (distance == 0 || distance > limit) continue;
                var name = snapshot.Names[i];
                if (distance < best.Distance || (distance == best.Distance && string.CompareOrdinal(name, best.Name) < 0)) best = (name, distance);
            }
            if (best.Name is not null && !found.Contains(best.Name)) found.Add(best.Name);
        }
        return found;
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
