using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds people by what the text says they own: a full name of two to four words before "'s" and a noun that only a person owns
/// in these texts ("Ion Popescu's government", "Pavel Novák's offensive", "Ivo Horvat's army"; data/actor-titles.json's possessedHeads).
/// A single word ("Stalin's government") is left alone: it may be a state or a place, and known people are found anyway.
/// The same nouns before "of" and a full name say the same ("the Popular Army of Pavel Novák").
/// </summary>
internal sealed class PossessorDiscovery(Gazetteer gazetteer, PersonDiscovery names)
{
    /// <summary>What the people found this way were found after, in place of a title.</summary>
    public static readonly ActorTitle Cue = new("a possessive before a person's noun", Model.ActorType.Person);

    private static readonly string[] Marks = ["'s ", "\u2019s "];

    private readonly HashSet<string> heads = new(gazetteer.Discovery.PossessedHeads, StringComparer.Ordinal);

    public IEnumerable<PersonCandidate> Find(FoldedText folded)
    {
        var text = folded.Value;
        foreach (var mark in Marks)
            for (var at = text.IndexOf(mark, StringComparison.Ordinal); at > 0; at = text.IndexOf(mark, at + 3, StringComparison.Ordinal))
            {
                var next = at + 3;
                var end = next;
                while (end < text.Length && char.IsLetter(text[end]))
                    end++;
                if (end == next || !heads.Contains(text[next..end]))
                    continue;
                if (names.NameBefore(folded, at) is { } name)
                    yield return new PersonCandidate(name, Cue);
            }
        foreach (var person in Owners(folded))
            yield return person;
    }

    /// <summary>"the Popular Army of Pavel Novák", "the government of Ion Popescu": a full name right after such a noun and "of".</summary>
    private IEnumerable<PersonCandidate> Owners(FoldedText folded)
    {
        var text = folded.Value;
        for (var at = text.IndexOf(" of ", StringComparison.Ordinal); at > 0; at = text.IndexOf(" of ", at + 4, StringComparison.Ordinal))
        {
            var start = at;
            while (start > 0 && char.IsLetter(text[start - 1]))
                start--;
            if (!heads.Contains(text[start..at].ToLowerInvariant()) || names.NameAt(folded, at + 4) is not { } name || !name.Contains(' ', StringComparison.Ordinal))
                continue;
            yield return new PersonCandidate(name, Cue);
        }
    }
}
