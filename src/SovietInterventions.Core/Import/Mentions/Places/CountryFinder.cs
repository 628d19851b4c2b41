using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Places;

/// <summary>
/// Finds countries in a text by their names, aliases, adjectives and places, whole words only,
/// longest match first ("East Ruritania" is not also "Ruritania"). The names are compiled once per gazetteer.
/// </summary>
internal sealed partial class CountryFinder(Gazetteer gazetteer)
{
    // Claims, episodes and facts search the same passages and sentences again: each text is searched once per import.
    private readonly ConcurrentDictionary<string, IReadOnlyList<CountryMention>> found = new(StringComparer.Ordinal);

    public IReadOnlyList<CountryMention> Find(string text) => found.GetOrAdd(text, Search);

    private IReadOnlyList<CountryMention> Search(string text)
    {
        var mentions = new List<CountryMention>();
        Add(mentions, text, FoldedText.Of(text), gazetteer.CountryNames, lowercaseOnly: false);
        // Lower-case text reads again for names written in lower case ("finland"), or in capitals where they open a label ("2. FINLAND -
        // WINTER WAR", "3. THE BALTIC STATES, JUNE 1940"; not a headline's "REFUGEES STREAM INTO NORWAY"), never where a capital only
        // starts the words.
        if (text.Any(char.IsLetter))
            Add(mentions, text, FoldedText.Of(text.ToLowerInvariant()), gazetteer.LowercaseCountryNames, lowercaseOnly: true);
        return mentions.Count > 1 ? [.. mentions.OrderBy(m => m.Index)] : mentions;
    }

    private static void Add(List<CountryMention> mentions, string text, FoldedText folded, NameTable<CountryName> names, bool lowercaseOnly)
    {
        var found = mentions.Count;
        foreach (var match in names.Matches(folded))
        {
            if (match.Value.CountrySlug is not { } slug)
                continue;
            var (index, length) = folded.OriginalSpan(match.Start, match.Length);
            var name = text.Substring(index, length);
            if (lowercaseOnly && (name.Any(char.IsUpper) && (name.Any(char.IsLower) || !OpensLabel(text, index)) || mentions.Take(found).Any(m => index < m.Index + m.Length && m.Index < index + length)))
                continue;
            if (match.Value.Form == MentionForm.Place && JoinedToAName(text, index + length))
                continue;
            mentions.Add(new CountryMention(slug, name, index, length, match.Value.Form, match.Value.Place));
            // "The Baltic states" names each of its states, at the same words.
            foreach (var other in match.Value.Others ?? [])
                mentions.Add(new CountryMention(other, name, index, length, match.Value.Form, match.Value.Place));
        }
    }

    // Only a list's number or letter ("2.", "(4)", "IV.", "b)") and "THE" stand before a name in capitals that opens a label.
    private static bool OpensLabel(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        if (before.EndsWith("THE", StringComparison.Ordinal) && (before.Length == 3 || !char.IsLetter(before[^4]))) before = before[..^3];
        return ListMarker().IsMatch(before);
    }

    [GeneratedRegex(@"^[^\p{L}]*(?:\(?(?:[IVXivx]+|\p{L})[.)][^\p{L}]*)?$")]
    private static partial Regex ListMarker();

    // "the peace of Kyzyl-Tepa": a town's name joined by a hyphen to a capitalised word is part of another place's name. A country's
    // name or adjective stays itself ("the Soviet-Israeli war").
    private static bool JoinedToAName(string text, int end) =>
        end + 1 < text.Length && text[end] == '-' && char.IsUpper(text[end + 1]);

    /// <summary>Whether the state <paramref name="slug"/> was divided among several states in <paramref name="year"/> (Germany in
    /// 1953: East and West), so that a city in it names neither.</summary>
    public bool Divided(string slug, int year) => gazetteer.Country(slug)?.DividedIn(year) == true;

    /// <summary>The countries whose people <paramref name="text"/> names in the plural ("Latvians"), in order. Not mentions
    /// everywhere (the plural names people far more often than what was done to their country): only where a claim's act names no place.</summary>
    public List<string> Peoples(string text) =>
        [.. Words().Matches(text).Select(m => gazetteer.Peoples.GetValueOrDefault(m.Value)).OfType<string>().Distinct()];

    [GeneratedRegex(@"\b\p{Lu}\p{L}+\b")]
    private static partial Regex Words();

    /// <summary>The usual English name of a country in the gazetteer.</summary>
    public string NameOf(string slug) => gazetteer.Country(slug)?.Name ?? slug;
}
