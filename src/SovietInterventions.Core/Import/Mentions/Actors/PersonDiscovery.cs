using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>A person's name found after a title ("Prime Minister Ion Popescu"), as written.</summary>
internal sealed record PersonCandidate(string Name, ActorTitle Title);

/// <summary>
/// Finds names the gazetteer lacks after titles from data/actor-titles.json: one to four capitalized
/// words, name particles ("von", "al-") inside, a regnal number ("I", "II") at the end.
/// Names that start a known actor, country or place are left alone.
/// </summary>
internal sealed class PersonDiscovery(Gazetteer gazetteer)
{
    private const int MaxNameWords = 4;
    private const int MaxWordLength = 30;
    private static readonly HashSet<string> Particles = ["von", "van", "der", "den", "de", "da", "dos", "das", "del", "di", "la", "le", "bin", "ibn", "ben", "y"];
    private static readonly HashSet<string> NamePrefixes = ["Mc", "Le", "La", "De", "Di", "Du"];
    private static readonly HashSet<string> RegnalNumbers = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private readonly NameTable<ActorTitle> titles =
        new(gazetteer.Titles.Concat(gazetteer.Discovery.Introducers.Select(i => new ActorTitle(i, Model.ActorType.Person)))
            .Select(t => (t.Title.ToLowerInvariant(), t)));
    private readonly HashSet<string> linkingWords = [.. gazetteer.LinkingWords];

    public IEnumerable<PersonCandidate> Find(FoldedText folded)
    {
        FoldedText? lowerText = null;
        foreach (var title in titles.Matches(folded.Lower()))
        {
            // "leader" must be written in lower case: "Nationalist Air Force" has no title.
            var writtenLower = title.Value.Title == title.Value.Title.ToLowerInvariant();
            if (writtenLower && folded.Value.AsSpan(title.Start, title.Length).ToString() != title.Value.Title)
                continue;
            // "King Michael" or "Comandante Contreras" may be a known actor's alias, title included.
            if (gazetteer.ActorNames.LongestAt(folded, title.Start) is { Value.Actor: not null })
                continue;
            if (HolderBefore(folded, title.Start, title.Value) is { } holder)
                yield return new PersonCandidate(holder, title.Value);
            if (title.Value.AfterName && NameAround(folded, title.Start + title.Length) is { } around)
            {
                yield return new PersonCandidate(around, title.Value);
                continue;
            }
            if (PlacedApposition(folded, title.Start + title.Length) is { } placed)
            {
                yield return new PersonCandidate(placed, title.Value);
                continue;
            }
            var start = SkipLinkingWord(folded.Value, title.Start + title.Length);
            // "commanded by Field Marshal X": the title that follows gives the name.
            if (start > 0 && start < folded.Value.Length && titles.LongestAt(lowerText ??= folded.Lower(), start) is not null)
                continue;
            if (NameAt(folded, start) is { } name && (!AfterComma(folded.Value, title.Start + title.Length) || ClosedApposition(folded.Value, start, name)))
                yield return new PersonCandidate(name, title.Value);
        }
    }

    /// <summary>"Ehsanullah Khan", "Haidar Khan Amu-oghli": a title written after a given name, with the name words before it and
    /// any right after it; null when no name word stands before it or a known actor opens the name.</summary>
    private string? NameAround(FoldedText folded, int titleEnd)
    {
        if (NameBefore(folded, titleEnd) is not { } before)
            return null;
        if (titleEnd + 1 >= folded.Value.Length || folded.Value[titleEnd] != ' ' || NameAt(folded, titleEnd + 1) is not { } after)
            return before;
        return $"{before} {after}";
    }

    private static bool AfterComma(string text, int titleEnd) => titleEnd + 1 < text.Length && text[titleEnd] == ',' && text[titleEnd + 1] == ' ';

    /// <summary>"the defence minister, Pál Maléter, went …": after a title and a comma, a name of two words and more that the apposition's comma or the sentence closes.</summary>
    private static bool ClosedApposition(string text, int start, string name)
    {
        var end = start + FoldedText.Key(name).Length;
        return name.Contains(' ', StringComparison.Ordinal) && end < text.Length && text[end] is ',' or '.' or ';' or ')';
    }

    private static readonly string[] HolderLinks = [" as ", " as the ", " as a "];
    private readonly HashSet<ActorTitle> personTitles = [.. gazetteer.Titles.Where(t => t.Type == Model.ActorType.Person)];

    /// <summary>"with Ion Popescu as prime minister": a full name (two words or more) right before "as" and a person's title holds it.</summary>
    private string? HolderBefore(FoldedText folded, int titleStart, ActorTitle title)
    {
        if (!personTitles.Contains(title))
            return null;
        var before = folded.Value.AsSpan(0, titleStart);
        foreach (var link in HolderLinks)
            if (before.EndsWith(link, StringComparison.OrdinalIgnoreCase))
                return NameBefore(folded, titleStart - link.Length);
        return null;
    }

    private static readonly string[] PlaceWords = [" in ", " to ", " at "];
    private const int MaxPlaceWords = 3;

    /// <summary>"the Soviet envoy in Tehran, Ion Popescu, pressed …", "the minister to Moscow, Ion Popescu.": after a title placed by
    /// "in", "to" or "at" and a few words that a comma closes, a full name that the apposition's comma or the sentence closes.</summary>
    private string? PlacedApposition(FoldedText folded, int titleEnd)
    {
        var text = folded.Value;
        if (!PlaceWords.Any(w => text.AsSpan(titleEnd).StartsWith(w, StringComparison.Ordinal)))
            return null;
        var position = titleEnd + 4;
        for (var words = 0; words < MaxPlaceWords && position < text.Length; words++)
        {
            var next = text.IndexOf(' ', position, Math.Min(MaxWordLength, text.Length - position));
            if (next < 0)
                return null;
            if (text[next - 1] == ',')
                return NameAt(folded, next + 1) is { } name && ClosedApposition(text, next + 1, name) ? name : null;
            if (text[next - 1] is '.' or ';' or ':')
                return null;
            position = next + 1;
        }
        return null;
    }

    private int SkipLinkingWord(string text, int position)
    {
        if (AfterComma(text, position))
            return position + 2;
        if (position >= text.Length || text[position] != ' ')
            return -1;
        var next = text.IndexOf(' ', position + 1, Math.Min(MaxWordLength, text.Length - position - 1));
        if (next > 0 && text.AsSpan(position + 1, next - position - 1) is "of" or "for")
            return AfterComplement(text, next + 1);
        return next > 0 && linkingWords.Contains(text[(position + 1)..next]) ? next + 1 : position + 1;
    }

    /// <summary>"minister of defence, Pyotr Smirnov", "commissar for foreign affairs, Pyotr Smirnov": after a title's "of" or "for" and up to two lower-case words, the name follows a comma.</summary>
    private static int AfterComplement(string text, int position)
    {
        for (var words = 0; words < 2 && position < text.Length; words++)
        {
            var next = text.IndexOf(' ', position, Math.Min(MaxWordLength, text.Length - position));
            if (next < 0 || !char.IsLower(text[position]))
                return -1;
            if (text[next - 1] == ',')
                return next + 1;
            position = next + 1;
        }
        return -1;
    }

    /// <summary>The name of 2 to 4 words that ends just before <paramref name="end"/> ("... Cai Yunsheng|, the commander"), or null.</summary>
    internal string? NameBefore(FoldedText folded, int end)
    {
        var text = folded.Value;
        var words = new List<int>();
        var wordEnd = end;
        while (words.Count < MaxNameWords && wordEnd > 0)
        {
            var wordStart = wordEnd;
            while (wordStart > 0 && wordEnd - wordStart < MaxWordLength && text[wordStart - 1] != ' ')
                wordStart--;
            var word = text[wordStart..wordEnd];
            if (!Fits(folded, wordStart, word, words.Count) || (words.Count == 0 && Particles.Contains(word)))
                break;
            words.Add(wordStart);
            if (wordStart == 0 || text[wordStart - 1] != ' ')
                break;
            wordEnd = wordStart - 1;
        }
        while (words.Count > 0 && Particles.Contains(text[words[^1]..(text.IndexOf(' ', words[^1]) is var space and >= 0 ? space : end)]))
            words.RemoveAt(words.Count - 1);
        if (words.Count < 2 || gazetteer.ActorNames.LongestAt(folded, words[^1]) is not null)
            return null;
        var (index, length) = folded.OriginalSpan(words[^1], end - words[^1]);
        return folded.Original.Substring(index, length);
    }

    internal string? NameAt(FoldedText folded, int start)
    {
        // A cue word that ends the text ("… historians" at a line's end) has no name after it.
        if (start < 0 || start >= folded.Value.Length)
            return null;
        var text = folded.Value;
        // "General [[Vasily Petrov]]": a wiki link left in the text.
        if (text.AsSpan(start).StartsWith("[[", StringComparison.Ordinal))
            start += 2;
        var words = new List<(int Start, int End)>();
        var position = start;
        while (words.Count < MaxNameWords && position < text.Length)
        {
            var end = text.IndexOf(' ', position);
            end = end < 0 ? text.Length : end;
            // "Pliev.[14]": a citation mark ends the word.
            var bracket = text.IndexOf('[', position, end - position);
            var word = text[position..(bracket < 0 ? end : bracket)].TrimEnd(',', '.', ';', ':', ')', ']', '"', '!', '?');
            // "I. A. Pliev", "Lyndon B. Johnson": an initial with its full stop goes on to the next name word.
            if (word.Length == 1 && char.IsUpper(word[0]) && end - position == 2 && text[end - 1] == '.')
            {
                words.Add((position, end));
                position = end + 1;
                continue;
            }
            var possessive = word.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
                word = word[..^2];
            if (!Fits(folded, position, word, words.Count))
                break;
            words.Add((position, position + word.Length));
            if (possessive || word.Length < end - position || RegnalNumbers.Contains(word))
                break;
            position = end + 1;
        }
        while (words.Count > 0 && text[words[^1].End - 1] == '.')
            words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && Particles.Contains(text[words[^1].Start..words[^1].End]))
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || words.Any(w => gazetteer.ActorNames.LongestAt(folded, w.Start) is not null))
            return null;
        var (index, length) = folded.OriginalSpan(start, words[^1].End - start);
        return folded.Original.Substring(index, length);
    }

    /// <summary>"CommitteeGalician": words run together where a page lost its spacing (but "McNamara", "O'Brien", "Kai-Shek" are fine).</summary>
    private static bool RunsWordsTogether(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && !(i == 2 && NamePrefixes.Contains(word[..2]))
                && !(i == 3 && word.StartsWith("Mac", StringComparison.Ordinal)))
                return true;
        return false;
    }

    private bool Fits(FoldedText folded, int position, string word, int wordsSoFar)
    {
        if (word.Length == 0)
            return false;
        if (wordsSoFar > 0 && (Particles.Contains(word) || RegnalNumbers.Contains(word)))
            return true;
        if (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal))
            word = word[3..];
        var looksLikeName = word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLower)
            && word.All(c => char.IsLetter(c) || c is '-' or '\'') && !RunsWordsTogether(word);
        return looksLikeName && !gazetteer.NotNameWords.Contains(word) && gazetteer.CountryNames.LongestAt(folded, position) is null;
    }
}
