using System.Text.RegularExpressions;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// What a passage says of a named actor through a reference: a pronoun ("he", "him", "his"; "they", "them", "their" for a group),
/// a title it was named with ("the King" after "King Michael", data/actor-titles.json), the head word of its name with words of it
/// ("the party", "the communist party", data/organization-heads.json) or a word of its name in the plural ("the communists").
/// A reference stands for the nearest fitting actor before it, and only where one actor alone fits there: a pronoun looks at its own
/// sentence, else the one before; a title or name word back through the passage. Nothing is guessed. The role patterns then read the
/// reference as that actor ("the USSR would support them"); only references that say more than "involved" are returned.
/// </summary>
internal sealed partial class ActorReferences(Gazetteer gazetteer)
{
    private readonly RolePatterns patterns = new(gazetteer.RoleRules);
    private readonly MentionDirection direction = new(gazetteer);
    private readonly string[][] titles = [.. gazetteer.Titles.Where(t => t.Type == ActorType.Person)
        .Select(t => t.Title.ToLowerInvariant().Split(' ')).OrderByDescending(t => t.Length)];
    private readonly HashSet<string> heads = [.. gazetteer.Discovery.OrganizationHeads.Select(h => h.Head.ToLowerInvariant()).Where(h => !h.Contains(' '))];

    private readonly HashSet<string> peoples = [.. gazetteer.Countries.SelectMany(c => c.Adjectives).Select(a => a.ToLowerInvariant() + "s")];

    private enum Kind { Person, Group, Title, Head, Plural }

    private sealed record Reference(int Start, int End, Kind Kind, string[] Words, bool Possessive);

    private sealed record Candidate(string Slug, ActorMention Named, int Start, int End, int Sentence);

    private const int ModifierWords = 2;
    private const string Referent = "Xq";
    private const string OtherName = "Yq";

    /// <param name="earlier">The people named with a title in the episode's passages before this one ("the King" in a paragraph after the one
    /// naming King Michael), to which this passage's are added; a title no name of the passage fits stands for the one such holder.</param>
    public IReadOnlyList<ActorMention> In(string text, IReadOnlyList<ActorMention> named, TitledPeople? earlier = null)
    {
        var sentences = Sentences(text);
        var starts = sentences.Select(x => x.Start).ToArray();
        var namedIn = sentences.Select(_ => new List<ActorMention>()).ToArray();
        foreach (var mention in named)
            namedIn[SentenceOf(starts, mention.Index)].Add(mention);
        var candidatesIn = namedIn.Select((list, k) => list.Select(m => new Candidate(m.ActorSlug, m, m.Index, m.Index + m.Length, k)).ToList()).ToArray();
        var titled = TitlesOf(text, named);
        earlier?.AddTo(titled);
        var nameWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        bool Fit(ActorMention actor, Reference reference) => Fits(actor, reference, titled, nameWords);
        var found = new List<ActorMention>();
        for (var k = 0; k < sentences.Count && (named.Count > 0 || earlier?.Count > 0); k++)
            foreach (var reference in ReferencesIn(text, sentences[k], namedIn[k]))
            {
                var (referent, anyFits) = Resolve(text, sentences, k, reference, candidatesIn, Fit);
                if (referent is null && reference.Kind == Kind.Title && !anyFits)
                    referent = earlier?.Holder(TitleOf(reference));
                if (referent is null)
                    continue;
                candidatesIn[k].Add(new Candidate(referent.ActorSlug, referent, reference.Start, reference.End, k));
                if (RoleAt(text, sentences[k], reference, referent, namedIn[k]) is { } mention)
                    found.Add(mention);
            }
        earlier?.Add(named, titled);
        return found;
    }

    /// <summary>Sentences a title, head or name word looks back through; a pronoun looks at its own and the one before.</summary>
    private const int Lookback = 12;

    /// <summary>The one actor the reference stands for, if any, and whether any actor in its reach fits it at all.</summary>
    private static (ActorMention? Referent, bool AnyFits) Resolve(string text, List<(int Start, int End)> sentences, int k, Reference reference,
        List<Candidate>[] candidatesIn, Func<ActorMention, Reference, bool> fits)
    {
        var pronoun = reference.Kind is Kind.Person or Kind.Group;
        for (var j = k; j >= 0 && j >= k - (pronoun ? 1 : Lookback); j--)
        {
            var before = j == k ? reference.Start : sentences[j].End;
            var there = candidatesIn[j].Where(c => c.End <= before).ToList();
            var fitting = there.Where(c => fits(c.Named, reference)).ToList();
            var blocked = reference.Kind == Kind.Group && (there.Where(c => c.Named.Type == ActorType.Person).Select(c => c.Slug).Distinct().Count() > 1
                || PluralPeople().IsMatch(text.AsSpan(sentences[j].Start, before - sentences[j].Start)));
            if (fitting.Count == 0 && !blocked)
                continue;
            // "X ordered his arrest": a pronoun with a fitting name before it in its own sentence may stand for another.
            if (pronoun && j == k)
                return (null, true);
            return (!blocked && fitting.Select(c => c.Slug).Distinct().Count() == 1 ? fitting.MaxBy(c => c.Start)!.Named : null, true);
        }
        return (null, false);
    }

    private bool Fits(ActorMention actor, Reference reference, Dictionary<string, HashSet<string>> titled, Dictionary<string, HashSet<string>> nameWords)
    {
        if (!nameWords.TryGetValue(actor.ActorSlug, out var name))
            nameWords[actor.ActorSlug] = name = NameWords(actor);
        return reference.Kind switch
        {
            Kind.Person => actor.Type == ActorType.Person,
            Kind.Group => actor.Type != ActorType.Person,
            Kind.Title => actor.Type == ActorType.Person && titled.TryGetValue(actor.ActorSlug, out var held) && held.Contains(TitleOf(reference)),
            Kind.Head => actor.Type != ActorType.Person && reference.Words.All(name.Contains),
            // "the communists": a party or movement with "Communist" in its name; "the Social Democrats": "Social Democratic".
            _ => actor.Type is ActorType.Party or ActorType.Organization && reference.Words[..^1].All(name.Contains)
                && (name.Contains(reference.Words[^1]) || name.Contains(reference.Words[^1] + "ic")),
        };
    }

    private string TitleOf(Reference reference) => string.Join(' ',
        titles.FirstOrDefault(t => reference.Words.Length >= t.Length && reference.Words.AsSpan(reference.Words.Length - t.Length).SequenceEqual(t)) ?? reference.Words[^1..]);

    private static HashSet<string> NameWords(ActorMention actor) =>
        [.. WordPattern().Matches($"{actor.Name} {actor.Text}".ToLowerInvariant()).Select(m => m.Value)];

    /// <summary>The titles each person is named with in the passage: in the name as written ("King Michael") or right before it ("dictator X").</summary>
    private Dictionary<string, HashSet<string>> TitlesOf(string text, IReadOnlyList<ActorMention> named)
    {
        var held = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in named.Where(m => m.Type == ActorType.Person))
        {
            var written = WordPattern().Matches(person.Text.ToLowerInvariant()).Select(m => m.Value).ToArray();
            var before = WordPattern().Matches(text[Math.Max(0, person.Index - 60)..person.Index].ToLowerInvariant()).Select(m => m.Value).ToArray();
            foreach (var title in titles)
                if (Contains(written, title) || (before.Length >= title.Length && before.AsSpan(before.Length - title.Length).SequenceEqual(title)))
                    (held.TryGetValue(person.ActorSlug, out var set) ? set : held[person.ActorSlug] = []).Add(string.Join(' ', title));
        }
        return held;
    }

    private static bool Contains(string[] words, string[] part) =>
        Enumerable.Range(0, Math.Max(0, words.Length - part.Length + 1)).Any(i => words.Skip(i).Take(part.Length).SequenceEqual(part));

    /// <summary>The references of one sentence, outside the names found in it.</summary>
    private IEnumerable<Reference> ReferencesIn(string text, (int Start, int End) sentence, IReadOnlyList<ActorMention> named)
    {
        var words = WordPattern().Matches(text[sentence.Start..sentence.End]).Select(m => (Start: sentence.Start + m.Index, m.Value)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].Value.ToLowerInvariant();
            var reference = lower switch
            {
                "he" or "him" or "his" => new Reference(words[i].Start, words[i].Start + lower.Length, Kind.Person, [lower], lower == "his"),
                "they" or "them" or "their" => new Reference(words[i].Start, words[i].Start + lower.Length, Kind.Group, [lower], lower == "their"),
                "the" => Described(words, i),
                _ => null,
            };
            if (reference is not null && !named.Any(m => m.Index < reference.End && reference.Start < m.Index + m.Length))
                yield return reference;
        }
    }

    /// <summary>"the king", "the communist party", "the Communists": "the", up to two lower-case words, and a title, head or plural noun
    /// (a head or title after a word that could be one: "communist party"); not before a name or an "of" ("the King of Italy", "King Michael").</summary>
    private Reference? Described(List<(int Start, string Value)> words, int at)
    {
        Reference? found = null;
        for (var end = at + 1; end < words.Count && end <= at + 1 + ModifierWords; end++)
        {
            var (value, possessive) = words[end].Value.EndsWith("'s", StringComparison.Ordinal) ? (words[end].Value[..^2], true) : (words[end].Value, false);
            var phrase = words[(at + 1)..end].Select(w => w.Value).Append(value).Select(w => w.ToLowerInvariant()).ToArray();
            var next = end + 1 < words.Count ? words[end + 1].Value : "";
            if (Noun(phrase) is { } kind && (found is null || kind is Kind.Head or Kind.Title))
                found = possessive || !(next == "of" || (next.Length > 0 && char.IsUpper(next[0]) && words[end + 1].Start == words[end].Start + words[end].Value.Length + 1))
                    ? new Reference(words[at].Start, words[end].Start + value.Length, kind, phrase, possessive) : null;
            if (!words[end].Value.All(char.IsLower))
                break;
        }
        return found;
    }

    private Kind? Noun(string[] phrase)
    {
        if (titles.Any(t => phrase.Length >= t.Length && phrase.AsSpan(phrase.Length - t.Length).SequenceEqual(t)))
            return Kind.Title;
        if (heads.Contains(phrase[^1]))
            return Kind.Head;
        var last = phrase[^1];
        // A people ("the Soviets", "the Hungarians") is a country's, not a party's.
        if (last.Length > 4 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal)
            && gazetteer.CountryNames.LongestAt(FoldedText.Of(last), 0) is null && !peoples.Contains(last))
        {
            phrase[^1] = last[..^1];
            return Kind.Plural;
        }
        return null;
    }

    /// <summary>The role the reference's sentence gives the referent, read with the reference standing for a name.</summary>
    private ActorMention? RoleAt(string text, (int Start, int End) sentence, Reference reference, ActorMention referent, IReadOnlyList<ActorMention> named)
    {
        var pieces = new System.Text.StringBuilder();
        var at = sentence.Start;
        var others = named.Where(m => m.Index >= sentence.Start && m.Index + m.Length <= sentence.End).Select(m => (m.Index, End: m.Index + m.Length, Mark: OtherName))
            .Append((Index: reference.Start, reference.End, Mark: reference.Possessive ? Referent + "'s" : Referent)).OrderBy(m => m.Index);
        foreach (var (index, end, mark) in others)
        {
            if (index < at)
                continue;
            pieces.Append(text, at, index - at).Append(mark);
            at = end;
        }
        pieces.Append(text, at, sentence.End - at);
        var folded = FoldedText.Of(pieces.ToString());
        var lower = folded.Lower();
        var start = Marked(lower.Value, Referent.ToLowerInvariant()).Single();
        var marks = Marked(lower.Value, OtherName.ToLowerInvariant()).ToList();
        var from = marks.Where(m => m < start).Select(m => m + OtherName.Length).DefaultIfEmpty(0).Max();
        var to = marks.Where(m => m > start).DefaultIfEmpty(lower.Value.Length).Min();
        var role = patterns.RoleOf(lower, start, Referent.Length, referent.Type, from, to);
        if (role == ActorRoles.Involved || role == ActorRoles.Mentioned)
            return null;
        var entry = gazetteer.Actor(referent.ActorSlug) ?? new ActorEntry(referent.ActorSlug, referent.Name, referent.Type, [], null);
        if (direction.IsSoviet(entry) && ActorRoles.AgainstTheSovietSide.Contains(role))
            return null;
        var (given, side, othersRole) = direction.Of(folded, entry, start, Referent.Length, role, from > 0 ? from : -1);
        return given == ActorRoles.Involved && othersRole is null ? null
            : referent with { Text = text[reference.Start..reference.End], Index = reference.Start, Length = reference.End - reference.Start, Role = given, Side = side, OthersRole = othersRole };
    }

    private static IEnumerable<int> Marked(string text, string mark)
    {
        for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.Ordinal))
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (i + mark.Length >= text.Length || !char.IsLetter(text[i + mark.Length])))
                yield return i;
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int, int)>();
        for (var at = 0; at < text.Length;)
        {
            var (start, end) = ActorRelevance.SentenceAround(text, at, at);
            if (end > start)
                sentences.Add((start, end));
            at = end + 1;
        }
        return sentences;
    }

    private static int SentenceOf(int[] starts, int index)
    {
        var at = Array.BinarySearch(starts, index);
        return Math.Max(0, at >= 0 ? at : ~at - 1);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*")]
    private static partial Regex WordPattern();

    // "the Soviets", "the Allies": another group named in the plural, which a "they" may stand for as well.
    [GeneratedRegex(@"\b[Tt]he (?:[a-z]+ )?[A-Z][a-z]+s\b")]
    private static partial Regex PluralPeople();
}

/// <summary>The people an episode's passages have named with a title so far ("King Michael" is the holder of "king").</summary>
internal sealed class TitledPeople
{
    private readonly Dictionary<string, (ActorMention Named, HashSet<string> Titles)> people = new(StringComparer.Ordinal);

    public int Count => people.Count;

    /// <summary>The one person named with this title, or null when none or several were.</summary>
    public ActorMention? Holder(string title) =>
        people.Values.Where(p => p.Titles.Contains(title)).Take(2).ToList() is [var one] ? one.Named : null;

    /// <summary>Adds the titles these people held earlier to those of a passage.</summary>
    public void AddTo(Dictionary<string, HashSet<string>> titled)
    {
        foreach (var (slug, (_, titles)) in people)
            (titled.TryGetValue(slug, out var set) ? set : titled[slug] = []).UnionWith(titles);
    }

    public void Add(IReadOnlyList<ActorMention> named, Dictionary<string, HashSet<string>> titled)
    {
        foreach (var person in named)
            if (titled.TryGetValue(person.ActorSlug, out var titles) && titles.Count > 0)
                people[person.ActorSlug] = (people.TryGetValue(person.ActorSlug, out var known) ? known.Named : person, [.. titles]);
    }
}
