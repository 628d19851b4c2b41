using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds people and organizations in a text, with the role the surrounding words give them.
/// <see cref="Learn"/> first reads every text of the import to learn people the gazetteer lacks;
/// <see cref="Find"/> then knows them too, by full name or surname.
/// </summary>
internal sealed class ActorFinder
{
    private readonly Gazetteer gazetteer;
    private readonly ActorDiscovery discovery;
    private readonly RolePatterns roles;
    private readonly MentionDirection direction;
    private NameTable<ActorName> names;

    public ActorFinder(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        discovery = new ActorDiscovery(gazetteer);
        roles = new RolePatterns(gazetteer.RoleRules);
        direction = new MentionDirection(gazetteer);
        names = gazetteer.ActorNames;
    }

    /// <summary>Discovered people and organizations, sorted by slug, each with type from its title or head word.</summary>
    public IReadOnlyList<ActorEntry> Learned { get; private set; } = [];

    /// <summary>Historians and authors the texts cite for an opinion: never actors.</summary>
    public IReadOnlyCollection<string> CitedAuthors => discovery.Cited;

    /// <summary>Learns from titles in the texts, each its own document; repeated calls add to what was learned, in any order with the same result.</summary>
    public void Learn(IEnumerable<string> texts) => Learn(texts.Select((text, i) => ($"{i}", text)));

    /// <summary>Learns from titles in the texts of the named documents.</summary>
    public void Learn(IEnumerable<(string Document, string Text)> texts)
    {
        foreach (var (document, text) in texts)
            discovery.Read(text, document);
        Learned = discovery.Learned();
        var surnames = discovery.Surnames();
        names = Learned.Count == 0 && surnames.Count == 0 ? gazetteer.ActorNames
            : new NameTable<ActorName>(ActorName.All(gazetteer, Learned).Concat(surnames.Select(s => (s.Surname, new ActorName(s.Actor, false)))));
    }

    /// <param name="unsaidRole">The role of a person the words around say nothing of (a commander in an infobox's commanders field).</param>
    public IReadOnlyList<ActorMention> Find(string text, string? unsaidRole = null)
    {
        var folded = FoldedText.Of(text);
        var matches = names.Matches(folded).Where(m => m.Value.Actor is not null && !AfterPrefix(folded.Value, m.Start)).ToList();
        var lower = matches.Count > 0 ? folded.Lower() : folded;
        var found = new List<(ActorEntry Actor, int Start, int Length, string Role, bool Discovered)>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var (match, actor) = (matches[i], matches[i].Value.Actor!);
            var from = i > 0 ? matches[i - 1].Start + matches[i - 1].Length : 0;
            var role = roles.RoleOf(lower, match.Start, match.Length, actor.Type, from, SaidUntil(folded.Value, matches, i));
            if (role == ActorRoles.Involved && actor.Type == Model.ActorType.Person && i > 0 && CommandsUnitBefore(folded.Value, matches[i - 1], match))
                role = ActorRoles.Commander;
            if (role == ActorRoles.Involved && actor.Type == Model.ActorType.Person)
                role = unsaidRole ?? RoleOfHim(lower, match.Start + match.Length, i + 1 < matches.Count ? matches[i + 1].Start : folded.Value.Length);
            // Before roles are shared along a list: "against the Soviet 14th Army and the 54th Division" sets no one against the Soviet side.
            if (direction.IsSoviet(actor) && ActorRoles.AgainstTheSovietSide.Contains(role))
                role = ActorRoles.Involved;
            found.Add((actor, match.Start, match.Length, role, match.Value.Discovered));
        }
        ShareRolesAlongLists(lower, found);
        var mentions = new List<ActorMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (actor, start, length, givenRole, discovered) = found[i];
            var (role, side, othersRole) = direction.Of(folded, actor, start, length, givenRole, i > 0 ? found[i - 1].Start + found[i - 1].Length : -1);
            var (index, originalLength) = folded.OriginalSpan(start, length);
            mentions.Add(new ActorMention(actor.Slug, actor.Name, text.Substring(index, originalLength), index, originalLength, actor.Type, discovered, role, side, othersRole));
        }
        ShareSidesAlongLists(folded, lower, found, mentions);
        return mentions;
    }

    /// <summary>"the Anti-Comintern Pact", "pro-NATO": a name joined to a prefix names something else.</summary>
    private static bool AfterPrefix(string text, int start)
    {
        if (start < 2 || text[start - 1] != '-') return false;
        var from = start - 1;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        return NamePrefixes.Contains(text[from..(start - 1)]);
    }

    private static readonly HashSet<string> NamePrefixes = new(["anti", "pro", "non", "neo", "post", "pre"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the words said of match <paramref name="i"/> end: at the next name, unless that name stands in an apposition opened
    /// right after this one ("ZIPRA, the armed wing of ZAPU, took advice from …"): then at the first name after the apposition.
    /// </summary>
    private static int SaidUntil(string text, List<NameMatch<ActorName>> matches, int i)
    {
        if (i + 1 >= matches.Count)
            return text.Length;
        var (end, next, nextEnd) = (matches[i].Start + matches[i].Length, matches[i + 1].Start, matches[i + 1].Start + matches[i + 1].Length);
        var between = text[end..next].TrimStart(')');
        if (!(between.StartsWith(", the ", StringComparison.Ordinal) || between.StartsWith(", a ", StringComparison.Ordinal)) || between.IndexOfAny([',', '.', ';', '('], 1) >= 0)
            return next;
        var close = text.IndexOf(',', nextEnd);
        if (close < 0 || text.AsSpan(nextEnd, close - nextEnd).IndexOfAny(".;()") >= 0)
            return next;
        for (var k = i + 2; k < matches.Count; k++)
            if (matches[k].Start > close)
                return matches[k].Start;
        return text.Length;
    }

    /// <summary>"the Belorussian Front (Mikhail Kovalyov)": a person in brackets right after an armed force is its commander.</summary>
    private static bool CommandsUnitBefore(string text, NameMatch<ActorName> unit, NameMatch<ActorName> person)
    {
        var end = person.Start + person.Length;
        return unit.Value.Actor!.Type == Model.ActorType.ArmedForce && unit.Start + unit.Length + 2 == person.Start
            && text.AsSpan(unit.Start + unit.Length, 2).SequenceEqual(" (") && end < text.Length && text[end] == ')';
    }

    /// <summary>
    /// "The Allies thought Reza Shah friendly to Germany and deposed him": a "him" later in the sentence, before any
    /// other name, stands for the person just named, and what is said of it is said of that person.
    /// </summary>
    private string RoleOfHim(FoldedText lower, int after, int to)
    {
        var text = lower.Value;
        for (var i = text.IndexOf(" him", after, StringComparison.Ordinal); i >= 0 && i + 4 <= to; i = text.IndexOf(" him", i + 4, StringComparison.Ordinal))
        {
            if (EndsSentenceBetween(text, after, i))
                return ActorRoles.Involved;
            if (i + 4 < text.Length && char.IsLetter(text[i + 4]))
                continue;
            var role = roles.RoleOf(lower, i + 1, 3, Model.ActorType.Person, after, to);
            if (role != ActorRoles.Involved)
                return role;
        }
        return ActorRoles.Involved;
    }

    private static bool EndsSentenceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '.' or ';' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
                return true;
        return false;
    }

    /// <summary>
    /// Names in one list share what the sentence says of the list: "A, journalist B and C were shot" gives all three
    /// the role found after the last, "led by A, B and C" gives all three the role found before the first.
    /// </summary>
    private static void ShareRolesAlongLists(FoldedText lower, List<(ActorEntry Actor, int Start, int Length, string Role, bool Discovered)> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
            if (found[i].Role == ActorRoles.Involved && found[i + 1].Role != ActorRoles.Involved && SameList(lower, found[i], found[i + 1]))
                found[i] = found[i] with { Role = found[i + 1].Role };
        for (var i = 1; i < found.Count; i++)
            if (found[i].Role == ActorRoles.Involved && found[i - 1].Role != ActorRoles.Involved && SameList(lower, found[i - 1], found[i]))
                found[i] = found[i] with { Role = found[i - 1].Role };
    }

    /// <summary>
    /// "the Finnish III Corps", "the Soviet 14th Army and 54th Rifle Division", "the 237th Rifle Division and the Soviet 10th
    /// Mechanised Corps": a unit the texts taught, named without its state, is on the side of the state's adjective right before it,
    /// or of a force listed right beside it whose state is known.
    /// </summary>
    private void ShareSidesAlongLists(FoldedText folded, FoldedText lower, List<(ActorEntry Actor, int Start, int Length, string Role, bool Discovered)> found,
        List<ActorMention> mentions)
    {
        bool Unplaced(int i) => found[i].Discovered && found[i].Actor.Type == Model.ActorType.ArmedForce && mentions[i].Side is null && StateOf(found[i].Actor) is null;
        for (var i = 0; i < found.Count; i++)
            if (Unplaced(i) && AdjectiveBefore(folded, found[i].Start) is { } state) mentions[i] = mentions[i] with { Side = state };
        string? Known(int i) => StateOf(found[i].Actor) ?? (mentions[i].OthersRole is null ? mentions[i].Side : null);
        for (var i = 0; i < found.Count; i++)
        {
            if (!Unplaced(i)) continue;
            var state = (i > 0 && ListedTogether(lower, found[i - 1], found[i]) ? Known(i - 1) : null)
                ?? (i + 1 < found.Count && ListedTogether(lower, found[i], found[i + 1]) ? Known(i + 1) : null);
            if (state is not null) mentions[i] = mentions[i] with { Side = state };
        }
    }

    // Two forces with only a comma, "and", "the" or a word of parts ("the Soviet 10th Mechanised Corps, excluding the 198th
    // Motorised Division") between them.
    private static bool ListedTogether(FoldedText lower, (ActorEntry Actor, int Start, int Length, string Role, bool Discovered) first,
        (ActorEntry Actor, int Start, int Length, string Role, bool Discovered) next) =>
        first.Actor.Type == next.Actor.Type && Words.Of(lower.Value[(first.Start + first.Length)..next.Start]) is { Count: > 0 } between
        && between.All(w => w is "," or "and" or "the" or "including" or "excluding");

    // A force's state: the curated one, or the state its name opens with ("Soviet 10th Mechanised Corps", "Finnish II Corps").
    private string? StateOf(ActorEntry force) => force.Country ?? gazetteer.StateAt(FoldedText.Of(force.Name), 0)?.Value.CountrySlug;

    // "the Finnish III Corps": a state's adjective as the word right before the name (not "in Finland").
    private string? AdjectiveBefore(FoldedText folded, int start)
    {
        var before = folded.Value[..start].TrimEnd();
        var from = before.LastIndexOf(' ') + 1;
        return before.Length == start - 1 && gazetteer.StateAt(folded, from) is { Value.Form: Places.MentionForm.Adjective } state
            && from + state.Length == before.Length ? state.Value.CountrySlug : null;
    }

    private const int ListDescriptorWords = 3;

    /// <summary>Two people of one type next to each other in a list: only a comma or "and", and at most a few lower-case words describing the next ("socialist journalist").</summary>
    private static bool SameList(FoldedText lower, (ActorEntry Actor, int Start, int Length, string Role, bool Discovered) first,
        (ActorEntry Actor, int Start, int Length, string Role, bool Discovered) next)
    {
        if (first.Actor.Type != next.Actor.Type)
            return false;
        var between = Words.Of(lower.Value[(first.Start + first.Length)..next.Start]);
        if (between.Count == 0 || between[0] is not ("," or "and"))
            return false;
        var rest = between.SkipWhile(w => w is "," or "and").ToList();
        return rest.Count <= ListDescriptorWords && rest.All(w => w.All(c => char.IsLetter(c) || c == '-') && !ClauseWords.Contains(w));
    }

    // Words that start a new clause or phrase ("Sheng, but when Chiang"): the names around them are no list.
    private static readonly HashSet<string> ClauseWords =
        ["but", "when", "while", "who", "whom", "which", "that", "as", "after", "before", "then", "until", "since", "because", "if", "though", "although",
         "by", "with", "of", "to", "in", "on", "at", "for", "from", "against", "under", "the", "a", "an", "his", "her", "their", "its"];
}
