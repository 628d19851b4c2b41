using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds historians and authors cited for an opinion, who are sources, not actors: "historian X",
/// "according to X", "as X argued", "X writes that" (words of data/citation-words.json), and a work's author ("The
/// Liberators, by Viktor Suvorov, is …").
/// </summary>
internal sealed class CitedAuthors
{
    private enum Cue { NameAfter, AsNameVerb, NameBefore }

    private readonly PersonDiscovery names;
    private readonly NameTable<Cue> cues;
    private readonly NameTable<bool> citingVerbs;
    private readonly IReadOnlyList<string> workNouns;
    private readonly IReadOnlySet<string> notNameWords;
    private const int MaxNameLength = 80;

    public CitedAuthors(Gazetteer gazetteer, PersonDiscovery names)
    {
        this.names = names;
        notNameWords = gazetteer.NotNameWords;
        var words = gazetteer.Discovery;
        cues = new NameTable<Cue>(words.AuthorTitles.Concat(words.CiteBefore).Select(w => (w.ToLowerInvariant(), Cue.NameAfter))
            .Append(("as", Cue.AsNameVerb))
            .Concat(words.PresentVerbs.Select(w => (w.ToLowerInvariant(), Cue.NameBefore))));
        citingVerbs = new NameTable<bool>(words.CitingVerbs.Select(w => (w.ToLowerInvariant(), true)));
        workNouns = words.WorkNouns;
    }

    public IEnumerable<string> Find(FoldedText folded)
    {
        var lower = folded.Lower();
        foreach (var cue in cues.Matches(lower))
        {
            var after = cue.Start + cue.Length + 1;
            var name = cue.Value switch
            {
                Cue.NameAfter => names.NameAt(folded, after),
                Cue.AsNameVerb => FollowedByVerb(folded, lower, names.NameAt(folded, after), after),
                _ => cue.Start > 0 && folded.Value[cue.Start - 1] == ' ' ? names.NameBefore(folded, cue.Start - 1) ?? SingleNameBefore(folded, cue.Start - 1) : null,
            };
            if (name is not null)
                yield return name;
        }
        foreach (var author in WorksAuthors(folded))
            yield return author;
        foreach (var author in WorksOwners(folded))
            yield return author;
    }

    /// <summary>"Willard Sunderland's life of Ungern", "Coox's study of the battle": a name owning a written work of something.</summary>
    private IEnumerable<string> WorksOwners(FoldedText folded)
    {
        var text = folded.Value;
        foreach (var noun in workNouns)
        {
            var cue = $"'s {noun} of ";
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at > 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
                if ((names.NameBefore(folded, at) ?? SingleNameBefore(folded, at)) is { } name)
                    yield return name;
        }
    }

    /// <summary>"The Liberators, by Viktor Suvorov, is an eyewitness account": a capitalised title, then "by" and a name closed
    /// by a comma, names a work's author.</summary>
    private IEnumerable<string> WorksAuthors(FoldedText folded)
    {
        var text = folded.Value;
        for (var at = text.IndexOf(", by ", StringComparison.Ordinal); at > 0; at = text.IndexOf(", by ", at + 1, StringComparison.Ordinal))
        {
            var before = text.LastIndexOf(' ', at - 1) + 1;
            if (!char.IsUpper(text[before]) || names.NameAt(folded, at + 5) is not { } name) continue;
            var end = at + 5 + FoldedText.Key(name).Length;
            if (end < text.Length && text[end] == ',') yield return name;
        }
    }

    /// <summary>"as Coox argued": the name only when a citing verb follows it.</summary>
    private string? FollowedByVerb(FoldedText folded, FoldedText lower, string? name, int start)
    {
        if (name is null)
            return null;
        var verb = start;
        for (var words = name.Split(' ').Length; words > 0 && verb >= 0; words--)
            verb = lower.Value.IndexOf(' ', verb, Math.Min(MaxNameLength, lower.Value.Length - verb)) is var space and >= 0 ? space + 1 : -1;
        return verb > 0 && citingVerbs.LongestAt(lower, verb) is not null ? name : null;
    }

    /// <summary>"Coox writes that": one capitalized word is enough before a verb in the present tense.</summary>
    private string? SingleNameBefore(FoldedText folded, int end)
    {
        var start = end;
        while (start > 0 && end - start < 30 && char.IsLetter(folded.Value[start - 1]))
            start--;
        var word = folded.Value[start..end];
        return word.Length > 1 && char.IsUpper(word[0]) && (start == 0 || folded.Value[start - 1] == ' ') && !notNameWords.Contains(word) ? word : null;
    }
}
