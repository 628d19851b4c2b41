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
                before = AfterPlacePreposition(text, i) ? null : match.Value.CountrySlug;
        }
        if (before is not null)
            return before;
        if (end + 2 >= text.Length || text[end] != ',')
            return null;
        for (var i = end + 1; i < Math.Min(text.Length, end + Reach); i++)
        {
            if (text[i] is '.' or ';' or ',')
                return null;
            // "General Pyotr Lashchenko, already stationed in Hungary": where he was, not whose he was; nothing after it says whose.
            if (folded.StartsWord(i) && Country(folded, i) is { } match)
                return AfterPlacePreposition(text, i) ? null : match.Value.CountrySlug;
        }
        return null;
    }

    private static readonly string[] PlacePrepositions = ["in ", "into ", "to ", "from ", "at ", "across ", "through ", "over ", "throughout "];

    /// <summary>"in Germany Marshal Sokolovsky": a country after a preposition of place is where the commander was, not whose he was.</summary>
    private static bool AfterPlacePreposition(string text, int i) =>
        PlacePrepositions.Any(p => i >= p.Length && text.AsSpan(i - p.Length, p.Length).Equals(p, StringComparison.OrdinalIgnoreCase)
            && (i == p.Length || !char.IsLetter(text[i - p.Length - 1])));

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
        while (to < text.Length && text[to] == ')')
            to++;
        // "ZAPU (…), which recruited in the towns, got support from …": the act stands after an apposition right after the name.
        if (to < text.Length && text[to] == ',' && ClauseEnd(text, to + 1) is var apposition && apposition < text.Length && text[apposition] == ',')
            to = ClauseEnd(text, apposition + 1);
        else
            to = ClauseEnd(text, to);
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

    /// <summary>"Belgium and the United States overthrew Lumumba": the first state named before the mention in its sentence when the
    /// sentence names no Soviet side, else null; a coup's subject often stands a list away, past the clause <see cref="OtherActor"/> reads.</summary>
    /// <param name="own">The person's own state ("Though Iran was neutral, the Allies deposed Reza Shah"), which deposes no one.</param>
    public string? OtherStateBefore(FoldedText folded, int start, string? own)
    {
        var text = folded.Value;
        var from = start;
        while (from > 0 && !(text[from - 1] is '.' or ';' or '!' or '?' && from < text.Length && text[from] == ' '))
            from--;
        var to = start;
        while (to < text.Length && !(text[to] is '.' or ';' or '!' or '?' && (to + 1 >= text.Length || text[to + 1] == ' ')))
            to++;
        string? first = null;
        for (var i = from; i < to; i++)
        {
            if (!folded.StartsWord(i))
                continue;
            var name = gazetteer.CountryNames.LongestAt(folded, i)?.Value;
            if ((name?.CountrySlug ?? PeopleOf(text, i)) is not { } state)
                continue;
            // "Moscow" is the Soviet side too; another place ("in Leopoldville") is where, not who.
            if (interveners.Contains(state))
                return null;
            if (i < start && name?.Form != MentionForm.Place && state != own)
                first ??= state;
        }
        return first;
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

    private static int ClauseEnd(string text, int from)
    {
        while (from < text.Length && !EndsClause(text, from))
            from++;
        return from;
    }

    // A comma inside a number ("1,000 troops") ends no clause.
    private static bool EndsClause(string text, int i) =>
        text[i] is ';' or '(' or ')' || (text[i] is ',' or '.' && (i + 1 >= text.Length || !char.IsDigit(text[i + 1])));

    private NameMatch<CountryName>? Country(FoldedText folded, int i) => gazetteer.StateAt(folded, i);
}
