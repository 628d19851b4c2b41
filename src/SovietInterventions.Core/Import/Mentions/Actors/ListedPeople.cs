using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds people the gazetteer lacks by the list they stand in beside a known person: "Dubček, Ion Popescu and Pavel Novák were
/// flown to Moscow" makes Ion Popescu and Pavel Novák people. Only full names (two to four name words) joined by a comma or "and"
/// to a known person or to another name of the same list count; a lone surname, a place or a country breaks the list.
/// A list has an "and": a name set off by a comma alone ("In the view of Ann Author, Stalin waited") is no list.
/// </summary>
internal sealed class ListedPeople(Gazetteer gazetteer, PersonDiscovery names)
{
    /// <summary>What the people found this way were found after, in place of a title.</summary>
    public static readonly ActorTitle Cue = new("a list with a known person", ActorType.Person);

    private static readonly string[] Separators = [", and ", ", ", " and "];

    public IEnumerable<PersonCandidate> Find(FoldedText folded)
    {
        var text = folded.Value;
        foreach (var known in gazetteer.ActorNames.Matches(folded).Where(m => m.Value.Actor?.Type == ActorType.Person))
        {
            var listed = new List<PersonCandidate>();
            var joinedByAnd = false;
            for (var end = known.Start + known.Length; After(text, end) is { } next;)
            {
                joinedByAnd |= text.AsSpan(end, next - end).Contains(" and ", StringComparison.Ordinal);
                if (KnownPersonAt(folded, next) is { } other)
                {
                    end = other.Start + other.Length;
                    continue;
                }
                if (names.NameAt(folded, next) is not { } name || !name.Contains(' ', StringComparison.Ordinal))
                    break;
                listed.Add(new PersonCandidate(name, Cue));
                end = next + FoldedText.Key(name).Length;
            }
            for (var start = known.Start; Before(text, start) is { } separator;)
            {
                if (names.NameBefore(folded, separator) is not { } name)
                    break;
                joinedByAnd |= text.AsSpan(separator, start - separator).Contains(" and ", StringComparison.Ordinal);
                listed.Add(new PersonCandidate(name, Cue));
                start = separator - FoldedText.Key(name).Length;
            }
            if (joinedByAnd)
                foreach (var person in listed) yield return person;
        }
    }

    private NameMatch<ActorName>? KnownPersonAt(FoldedText folded, int at) =>
        gazetteer.ActorNames.LongestAt(folded, at) is { Value.Actor.Type: ActorType.Person } known ? known : null;

    /// <summary>Where the next name of a list starts after <paramref name="end"/>, or null when no separator follows.</summary>
    private static int? After(string text, int end)
    {
        foreach (var separator in Separators)
            if (text.AsSpan(end).StartsWith(separator, StringComparison.Ordinal))
                return end + separator.Length;
        return null;
    }

    /// <summary>Where the separator before <paramref name="start"/> begins, or null when none does.</summary>
    private static int? Before(string text, int start)
    {
        foreach (var separator in Separators)
            if (text.AsSpan(0, start).EndsWith(separator, StringComparison.Ordinal))
                return start - separator.Length;
        return null;
    }
}
