using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Whose forces a commander leads, from the country named just before the name ("Finnish Field Marshal X",
/// "Marshal of the Soviet Union X") or in an apposition after it ("X, the Japanese commander"). Places do not count.
/// Also whether a clause names the Soviet side, which tells Soviet support from another's.
/// </summary>
internal sealed class CommanderSide(Gazetteer gazetteer)
{
    private const int Reach = 40;
    private readonly IReadOnlySet<string> interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet();

    public bool IsIntervener(string slug) => interveners.Contains(slug);

    private readonly string[] intervenerWords = [.. gazetteer.Countries.Where(c => c.Intervener)
        .SelectMany(c => c.Adjectives.Append(c.Name)).Select(w => w + " ")];

    /// <summary>"Soviet 14th Army": a body whose name opens with the Soviet side's name or adjective is on that side.</summary>
    public bool NamesIntervener(string name) => intervenerWords.Any(w => name.StartsWith(w, StringComparison.Ordinal));

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

    /// <summary>
    /// Whether support or a fight said of the mention at [start, end) is the Soviet side's: yes when its clause (up to a comma,
    /// semicolon, bracket or full stop) names the Soviet side in any form ("Soviet client", "from the USSR"), no when
    /// it names another country or another actor before the mention ("support for X by the US", "Chiang sent troops to
    /// assist X", "Hungarians organized militias to fight against X"), else yes, since these texts tell of the Soviet side's acts.
    /// </summary>
    public bool ActIsSoviet(FoldedText folded, int start, int end, int previousActorEnd) =>
        OtherActor(folded, start, end, previousActorEnd) is null;

    /// <summary>Who else the clause gives the act to (see <see cref="ActIsSoviet"/>): the first other state it names,
    /// "" for another actor named before the mention, or null when the act is the Soviet side's.</summary>
    public string? OtherActor(FoldedText folded, int start, int end, int previousActorEnd)
    {
        var text = folded.Value;
        var from = start;
        while (from > 0 && !EndsClause(text, from - 1))
            from--;
        var to = end;
        while (to < text.Length && !EndsClause(text, to))
            to++;
        string? other = previousActorEnd > from ? "" : null;
        for (var i = from; i < to; i++)
        {
            // The actor's own name ("Mongolian People's Party") names no other giver.
            if (!folded.StartsWord(i) || (i >= start && i < end))
                continue;
            var name = gazetteer.CountryNames.LongestAt(folded, i)?.Value;
            if ((name?.CountrySlug ?? PeopleOf(text, i)) is not { } slug)
                continue;
            if (interveners.Contains(slug))
                return null;
            // A place ("across southern Xinjiang") is where, not who: it tells of another's act but names no state acting.
            other = string.IsNullOrEmpty(other) && name?.Form != MentionForm.Place ? slug : other ?? "";
        }
        return other;
    }

    // "Hungarians", "Americans": a people named by its country's adjective in the plural.
    private readonly Dictionary<string, string> peoples = gazetteer.Countries
        .SelectMany(c => c.Adjectives.Select(a => (Plural: a.ToLowerInvariant() + "s", c.Slug)))
        .GroupBy(p => p.Plural).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);

    private string? PeopleOf(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return end > i ? peoples.GetValueOrDefault(text[i..end].ToLowerInvariant()) : null;
    }

    // A comma inside a number ("1,000 troops") ends no clause.
    private static bool EndsClause(string text, int i) =>
        text[i] is ';' or '(' or ')' || (text[i] is ',' or '.' && (i + 1 >= text.Length || !char.IsDigit(text[i + 1])));

    private NameMatch<CountryName>? Country(FoldedText folded, int i) =>
        gazetteer.CountryNames.LongestAt(folded, i) is { Value: { CountrySlug: not null, Form: not MentionForm.Place } } match ? match : null;
}
