using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>An organization's name found before a head word ("Western Somali Liberation Front"), with the acronym the text defines for it.</summary>
internal sealed record OrganizationCandidate(string Name, ActorType Type, string Head, string? Acronym)
{
    /// <summary>The document it was found in.</summary>
    public string Document { get; init; } = "";
}

/// <summary>
/// Finds organizations the gazetteer lacks by the word that ends their name (data/organization-heads.json):
/// one to five capitalized words or ordinals before it ("Soviet 23rd Army", "Karelian Front"), and an
/// "of" tail after it ("Army of the Republic of Vietnam"), or a "for" tail that an acronym follows; "(WSLF)" right after becomes an alias.
/// An acronym in commas after a lower-case head word ("its army, FANR,") is an organization too, and so is one word before a
/// head that command words surround ("commanding the Turkestan Front"); an opening quote starts a name ("the “Altai Army”").
/// Known actors, countries and the file's notOrganizations are left alone. Linear in the text.
/// </summary>
internal sealed class OrganizationDiscovery
{
    private const int MaxModifiers = 5;
    private const int MaxTailWords = 5;
    private const int MaxWordLength = 30;

    private readonly Gazetteer gazetteer;
    private readonly PersonDiscovery people;
    private readonly NameTable<OrganizationHead> heads;
    private readonly NameTable<bool> notOrganizations;
    private readonly NameTable<OrganizationHead> lowerHeads;

    public OrganizationDiscovery(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        people = new PersonDiscovery(gazetteer);
        heads = new NameTable<OrganizationHead>(gazetteer.Discovery.OrganizationHeads.Select(h => (h.Head, h)));
        lowerHeads = new NameTable<OrganizationHead>(gazetteer.Discovery.OrganizationHeads.Select(h => (h.Head.ToLowerInvariant(), h)));
        notOrganizations = new NameTable<bool>(gazetteer.Discovery.NotOrganizations.Select(n => (n, true)));
    }

    public IEnumerable<OrganizationCandidate> Find(FoldedText folded)
    {
        foreach (var head in heads.Matches(folded))
        {
            // "Party Congress", "Army Group": the name goes on past the head word; it is not this head's name.
            if (ContinuesCapitalized(folded.Value, head.Start + head.Length))
                continue;
            var start = ModifiersStart(folded, head.Start);
            var end = TailEnd(folded, head.Start + head.Length);
            if (end == head.Start + head.Length && UnreadTail(folded.Value, end) && !OwnedByPerson(folded, end))
                continue;
            if (start == head.Start && end == head.Start + head.Length || CoordinatedUnits(folded, start, head.Start, head.Value.Head))
                continue;
            if (IsKnown(folded, start, head.Start, end) || notOrganizations.LongestAt(folded, start)?.Length == end - start)
                continue;
            var acronym = AcronymAfter(folded.Value, end);
            var commanded = end == head.Start + head.Length && CommandedForce(folded, start, head.Start, end);
            if (acronym is null && !IsProper(folded, start, end) && !NamedForce(folded, start, head.Start, head.Value) && !commanded)
                continue;
            var (index, length) = folded.OriginalSpan(start, end - start);
            yield return new OrganizationCandidate(folded.Original.Substring(index, length), commanded ? ActorType.ArmedForce : head.Value.Type, head.Value.Head, acronym);
        }
        foreach (var named in AcronymsInApposition(folded))
            yield return named;
    }

    /// <summary>
    /// "the movement's army, FANR, was fighting": an acronym set off by commas right after a head word written in lower case
    /// names that organization, of the head's type; a known actor or country ("the party, CPSU,") is left alone.
    /// </summary>
    private IEnumerable<OrganizationCandidate> AcronymsInApposition(FoldedText folded)
    {
        var text = folded.Value;
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            // "the new national army, the FPLM, trained …": the acronym may take an article.
            var start = text.AsSpan(comma + 2).StartsWith("the ", StringComparison.Ordinal) ? comma + 6 : comma + 2;
            var end = start;
            while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
                end++;
            if (end - start is < 3 or > 8 || end >= text.Length || text[end] is not (',' or ')' or ';') || !folded.StartsWord(start))
                continue;
            // One word back at most, so a long line without spaces stays linear.
            var headStart = text.LastIndexOf(' ', comma - 1, Math.Min(comma, MaxWordLength)) + 1;
            if (lowerHeads.LongestAt(folded, headStart) is not { } head || head.Start + head.Length != comma
                || !text.AsSpan(headStart, comma - headStart).SequenceEqual(head.Value.Head.ToLowerInvariant()))
                continue;
            if (gazetteer.ActorNames.LongestAt(folded, start)?.Length == end - start || gazetteer.CountryNames.LongestAt(folded, start) is not null)
                continue;
            yield return new OrganizationCandidate(text[start..end], head.Value.Type, head.Value.Head, null);
        }
    }

    private static readonly char[] OpeningQuotes = ['"', '\'', '“', '‘', '«'];

    private int ModifiersStart(FoldedText folded, int headStart)
    {
        var text = folded.Value;
        var start = headStart;
        for (var count = 0; count < MaxModifiers && start >= 2 && text[start - 1] == ' '; count++)
        {
            var wordEnd = start - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && wordEnd - wordStart < MaxWordLength && text[wordStart - 1] != ' ')
                wordStart--;
            // "the “Altai Army”", "a 'National Salvation Committee'": an opening quote marks the name's first word.
            if (OpeningQuotes.Contains(text[wordStart]) && wordEnd - wordStart > 1 && IsModifier(text[(wordStart + 1)..wordEnd]))
                return wordStart + 1;
            if (!IsModifier(text[wordStart..wordEnd]))
                break;
            start = wordStart;
        }
        return start;
    }

    /// <summary>"the 44th and 47th Armies": numbers before a plural head name several units, none of them by this name.</summary>
    private bool CoordinatedUnits(FoldedText folded, int start, int headStart, string head) =>
        head.EndsWith('s') && gazetteer.Discovery.OrganizationHeads.Any(h => h.Head == head[..^1] || head.EndsWith("ies", StringComparison.Ordinal) && h.Head == head[..^3] + "y")
        && folded.Value[start..headStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsAsciiDigit(w[0]) || RomanNumeral(w, 0));

    private static bool ContinuesCapitalized(string text, int headEnd) =>
        headEnd + 1 < text.Length && text[headEnd] == ' ' && char.IsUpper(text[headEnd + 1]);

    /// <summary>"Ministry of Defense's department": an "of" tail of a capitalized word that is no plain name; the name goes on, cut here it would be wrong.</summary>
    private static bool UnreadTail(string text, int headEnd) =>
        text.AsSpan(headEnd).StartsWith(" of ", StringComparison.Ordinal) && headEnd + 4 < text.Length && char.IsUpper(text[headEnd + 4]);

    /// <summary>"the Popular Army of Pavel Novák": an "of" tail that is a person's full name says whose force it is; it is no part of its name.</summary>
    private bool OwnedByPerson(FoldedText folded, int headEnd) =>
        folded.Value.AsSpan(headEnd).StartsWith(" of ", StringComparison.Ordinal)
        && people.NameAt(folded, headEnd + 4) is { } person && person.Contains(' ', StringComparison.Ordinal)
        && NameEnds(folded.Value, headEnd + 4 + FoldedText.Key(person).Length);

    // The person's name is the whole tail: no capitalized word runs on after it ("Army of Anton Kerel Province").
    private static bool NameEnds(string text, int end) => end >= text.Length || text[end] != ' ' || end + 1 >= text.Length || !char.IsUpper(text[end + 1]);

    /// <summary>"of [the] Capitalized ...": the end of the tail, or <paramref name="headEnd"/> when there is none.</summary>
    private int TailEnd(FoldedText folded, int headEnd)
    {
        var text = folded.Value;
        var forTail = text.AsSpan(headEnd).StartsWith(" for ", StringComparison.Ordinal);
        if (!text.AsSpan(headEnd).StartsWith(" of ", StringComparison.Ordinal) && !forTail)
            return headEnd;
        var end = headEnd;
        var position = headEnd + (forTail ? 5 : 4);
        for (var words = 0; words < MaxTailWords && position < text.Length; words++)
        {
            var wordEnd = position;
            while (wordEnd < text.Length && wordEnd - position < MaxWordLength && text[wordEnd] != ' ')
                wordEnd++;
            var word = text[position..wordEnd].TrimEnd(',', '.', ';', ':');
            if (word.Length > 0 && char.IsUpper(word[0]) && word.All(char.IsLetter))
            {
                end = position + word.Length;
                if (word.Length < wordEnd - position)
                    break;
            }
            else if (!gazetteer.Discovery.Connectors.Contains(word))
                break;
            if (wordEnd >= text.Length || text[wordEnd] != ' ')
                break;
            position = wordEnd + 1;
        }
        // "Armed Forces for the Liberation of Angola (FAPLA)": a "for" tail is part of the name only where the acronym that follows defines it.
        if (forTail && AcronymAfter(text, end) is null)
            return headEnd;
        return !forTail && OwnedByPerson(folded, headEnd) ? headEnd : end;
    }

    /// <summary>
    /// A name that says whose organization it is: a number ("23rd Army", "IV Corps"), a country or place ("Finnish Army"),
    /// or three words and more ("Western Somali Liberation Front"); "Communist Party" or "National Front" alone say too little.
    /// </summary>
    private bool IsProper(FoldedText folded, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (!folded.StartsWord(i))
                continue;
            words++;
            if (char.IsAsciiDigit(folded.Value[i]) || RomanNumeral(folded.Value, i) || gazetteer.CountryNames.LongestAt(folded, i) is { Value.CountrySlug: not null })
                return true;
        }
        return words >= 3;
    }

    /// <summary>"the Caspian Flotilla", "the Red Army's Southern Front": one capitalized word before an armed force's head, after "the"
    /// or a possessive, names that force (a bare "Naval Command" at a sentence's start does not).</summary>
    private static bool NamedForce(FoldedText folded, int start, int headStart, OrganizationHead head)
    {
        if (head.Type != ActorType.ArmedForce || folded.Value.IndexOf(' ', start, headStart - start) != headStart - 1)
            return false;
        var before = folded.Value.AsSpan(0, start > 0 && OpeningQuotes.Contains(folded.Value[start - 1]) ? start - 1 : start);
        return before.EndsWith("the ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("'s ", StringComparison.Ordinal);
    }

    private static readonly string[] CommandedBefore = ["commanding the ", "commanded the ", "troops of the "];
    private static readonly string[] CommandedAfter = [" commanded by ", ", commanded by ", " under the command of ", ", under the command of "];

    /// <summary>"commanding the Turkestan Front", "troops of the Southern Front", "the Southern Front, commanded by X", "the Red Army's Southern Front":
    /// one capitalized word and a head that command words or a known armed force's possessive surround name an armed force
    /// (a front of the Red Army); "the Popular Front" alone stays unnamed.</summary>
    private bool CommandedForce(FoldedText folded, int start, int headStart, int end)
    {
        var text = folded.Value;
        if (text.IndexOf(' ', start, headStart - start) != headStart - 1)
            return false;
        foreach (var words in CommandedBefore)
            if (text.AsSpan(0, start).EndsWith(words, StringComparison.OrdinalIgnoreCase))
                return true;
        foreach (var words in CommandedAfter)
            if (text.AsSpan(end).StartsWith(words, StringComparison.Ordinal))
                return true;
        return text.AsSpan(0, start).EndsWith("'s ", StringComparison.Ordinal) && OwnedByForce(folded, start - 3);
    }

    /// <summary>A known armed force's name ends at <paramref name="end"/> ("the Red Army|'s"), within two words back.</summary>
    private bool OwnedByForce(FoldedText folded, int end)
    {
        for (int position = end, words = 0; words < 3 && position > 0; words++)
        {
            // A word is at most MaxWordLength letters: a long line without spaces is not searched back to its start.
            position = folded.Value.LastIndexOf(' ', position - 1, Math.Min(position, MaxWordLength)) + 1;
            if (gazetteer.ActorNames.LongestAt(folded, position) is { Value.Actor.Type: ActorType.ArmedForce } force && force.Start + force.Length == end)
                return true;
            if (position == 0)
                return false;
            position--;
        }
        return false;
    }

    private static bool RomanNumeral(string text, int i)
    {
        var end = i;
        while (end < text.Length && text[end] is 'I' or 'V' or 'X' or 'L')
            end++;
        return end > i && (end == text.Length || text[end] == ' ');
    }

    /// <summary>"Liberation", "People's", "23rd", "II": a capitalized word or an ordinal, not a function word nor another possessive ("Konev's").</summary>
    private bool IsModifier(string word)
    {
        if (word.Length == 0 || gazetteer.Discovery.NotModifiers.Contains(word))
            return false;
        if ((word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith('\'')) && !gazetteer.Discovery.Possessives.Contains(word))
            return false;
        if (char.IsAsciiDigit(word[0]))
            return word.Length <= 5 && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
                || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)) && char.IsAsciiDigit(word[^3]);
        return char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '-');
    }

    /// <summary>
    /// A known actor whose name ends where this one does ("Soviet Red Army"), a country, place or not-actor phrase covering
    /// every word before the head ("Soviet Union Army"), or a country or place covering it all; a place that only opens
    /// the name ("Ili National Army") leaves it an organization's.
    /// </summary>
    private bool IsKnown(FoldedText folded, int start, int headStart, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!folded.StartsWord(i))
                continue;
            if (gazetteer.ActorNames.LongestAt(folded, i) is { } actor && (actor.Value.Actor is not null && actor.Start + actor.Length == end
                || i == start && actor.Value.Actor is null && actor.Start + actor.Length + 1 >= headStart))
                return true;
        }
        return gazetteer.CountryNames.LongestAt(folded, start)?.Length == end - start;
    }

    /// <summary>" (WSLF)": two to eight capital letters in brackets right after the name.</summary>
    private static string? AcronymAfter(string text, int end)
    {
        if (end + 4 > text.Length || text[end] != ' ' || text[end + 1] != '(')
            return null;
        var close = end + 2;
        while (close < text.Length && close - end <= 10 && char.IsAsciiLetterUpper(text[close]))
            close++;
        var length = close - end - 2;
        return close < text.Length && text[close] == ')' && length is >= 2 and <= 8 ? text[(end + 2)..close] : null;
    }
}
