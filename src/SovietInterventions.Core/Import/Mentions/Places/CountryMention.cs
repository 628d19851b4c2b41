namespace SovietInterventions.Core.Import.Mentions.Places;

/// <summary>How a country was named: its name, another name of the same state, an adjective, or a place in it.</summary>
public enum MentionForm { Name, Alias, Adjective, Place }

/// <summary>
/// A country found in a text. <see cref="Text"/>, <see cref="Index"/> and <see cref="Length"/> are in the
/// original text, accents as written, without a possessive "'s". <see cref="Place"/> is the place's name when
/// the form is <see cref="MentionForm.Place"/>.
/// </summary>
public sealed record CountryMention(string CountrySlug, string Text, int Index, int Length, MentionForm Form, string? Place);

/// <summary>What a name in the country table stands for; a null slug marks a phrase that names no country;
/// <see cref="Others"/> are the further states a region over several names.</summary>
internal sealed record CountryName(string? CountrySlug, MentionForm Form, string? Place, IReadOnlyList<string>? Others = null)
{
    public static IEnumerable<(string, CountryName)> All(Reference.Gazetteer gazetteer)
    {
        foreach (var phrase in gazetteer.NotCountries)
            yield return (phrase, new CountryName(null, MentionForm.Name, null));
        foreach (var place in gazetteer.Places)
            yield return (place.Name, new CountryName(place.Country, MentionForm.Place, place.Name, place.Others));
        foreach (var country in gazetteer.Countries)
        {
            foreach (var adjective in country.Adjectives)
                yield return (adjective, new CountryName(country.Slug, MentionForm.Adjective, null));
            foreach (var alias in country.Aliases)
                yield return (alias, new CountryName(country.Slug, MentionForm.Alias, null));
            yield return (country.Name, new CountryName(country.Slug, MentionForm.Name, null));
        }
    }

    /// <summary>
    /// Names and aliases of countries, regions and islands in lower case, as hasty notes write them ("finland"):
    /// not cities ("nice", "split"), not acronyms ("us"), not adjectives ("polish"), not the listed ordinary words ("turkey").
    /// </summary>
    public static IEnumerable<(string, CountryName)> Lowercase(Reference.Gazetteer gazetteer)
    {
        foreach (var phrase in gazetteer.NotCountries)
            yield return (phrase.ToLowerInvariant(), new CountryName(null, MentionForm.Name, null));
        var names = gazetteer.Countries.SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (n, new CountryName(c.Slug, MentionForm.Name, null))))
            .Concat(gazetteer.Places.Where(p => p.Kind != "city").Select(p => (p.Name, new CountryName(p.Country, MentionForm.Place, p.Name, p.Others))));
        foreach (var (name, value) in names)
        {
            var lower = name.ToLowerInvariant();
            if (name.Any(char.IsLower) && !gazetteer.LowercaseWords.Contains(lower)) yield return (lower, value);
        }
    }
}
