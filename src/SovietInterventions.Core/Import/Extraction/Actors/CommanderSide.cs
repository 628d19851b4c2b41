using SovietInterventions.Core.Import.Extraction.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction.Actors;

/// <summary>
/// Whose forces a commander leads, from the country named just before the name ("Finnish Field Marshal X",
/// "Marshal of the Soviet Union X") or in an apposition after it ("X, the Japanese commander"). Places do not count.
/// </summary>
internal sealed class CommanderSide(Gazetteer gazetteer)
{
    private const int Reach = 40;
    private readonly IReadOnlySet<string> interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet();

    public bool IsIntervener(string slug) => interveners.Contains(slug);

    /// <summary>The country slug of the side, or null; <paramref name="start"/> and <paramref name="end"/> are in folded coordinates.</summary>
    public string? Of(FoldedText folded, int start, int end)
    {
        var text = folded.Value;
        string? before = null;
        for (var i = Math.Max(0, start - Reach); i < start; i++)
        {
            if (text[i] is '.' or ';' or '(' or ')')
                before = null;
            if (folded.StartsWord(i) && Country(folded, i) is { } match && match.Start + match.Length <= start)
                before = match.Value.CountrySlug;
        }
        if (before is not null)
            return before;
        if (end + 2 >= text.Length || text[end] != ',')
            return null;
        for (var i = end + 1; i < Math.Min(text.Length, end + Reach); i++)
        {
            if (text[i] is '.' or ';' or ',')
                return null;
            if (folded.StartsWord(i) && Country(folded, i) is { } match)
                return match.Value.CountrySlug;
        }
        return null;
    }

    private NameMatch<CountryName>? Country(FoldedText folded, int i) =>
        gazetteer.CountryNames.LongestAt(folded, i) is { Value: { CountrySlug: not null, Form: not MentionForm.Place } } match ? match : null;
}
