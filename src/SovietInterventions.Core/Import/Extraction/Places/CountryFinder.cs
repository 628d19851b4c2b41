using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction.Places;

/// <summary>
/// Finds countries in a text by their names, aliases, adjectives and places, whole words only,
/// longest match first ("East Ruritania" is not also "Ruritania"). The names are compiled once per gazetteer.
/// </summary>
internal sealed class CountryFinder(Gazetteer gazetteer)
{
    public IReadOnlyList<CountryMention> Find(string text)
    {
        var folded = FoldedText.Of(text);
        var mentions = new List<CountryMention>();
        foreach (var match in gazetteer.CountryNames.Matches(folded))
        {
            if (match.Value.CountrySlug is not { } slug)
                continue;
            var (index, length) = folded.OriginalSpan(match.Start, match.Length);
            mentions.Add(new CountryMention(slug, text.Substring(index, length), index, length, match.Value.Form, match.Value.Place));
        }
        return mentions;
    }

    /// <summary>The usual English name of a country in the gazetteer.</summary>
    public string NameOf(string slug) => gazetteer.Country(slug)?.Name ?? slug;
}
