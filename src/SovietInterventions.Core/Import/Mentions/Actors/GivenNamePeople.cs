using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds people the gazetteer lacks by the given name that opens their full name, with no title before it: "Fyodor Polynin led
/// SB bombers", "Grigory Kravchenko among them". The given names are data/actor-titles.json's (the first names of the
/// period's Soviet officers, envoys and advisers, as historians transliterate them); the name words after one are read as
/// after a title (<see cref="PersonDiscovery.NameAt"/>), so a known actor, country or place after it makes no one.
/// </summary>
internal sealed class GivenNamePeople(Gazetteer gazetteer, PersonDiscovery names)
{
    /// <summary>What the people found this way were found after, in place of a title.</summary>
    public static readonly ActorTitle Cue = new("a given name", ActorType.Person);

    private readonly HashSet<string> givenNames = new(gazetteer.Discovery.GivenNames, StringComparer.Ordinal);

    public IEnumerable<PersonCandidate> Find(FoldedText folded)
    {
        if (givenNames.Count == 0) yield break;
        var text = folded.Value;
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsUpper(text[start]) || start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
            var end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end + 1 < text.Length && text[end] == ' ' && givenNames.Contains(text[start..end])
                && names.NameAt(folded, end + 1) is { } surname && surname.Split(" ").Length <= 2)
                yield return new PersonCandidate($"{text[start..end]} {surname}", Cue);
            start = end;
        }
    }
}
