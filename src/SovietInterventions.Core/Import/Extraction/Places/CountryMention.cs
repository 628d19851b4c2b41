namespace SovietInterventions.Core.Import.Extraction.Places;

/// <summary>How a country was named: its name, another name of the same state, an adjective, or a place in it.</summary>
public enum MentionForm { Name, Alias, Adjective, Place }

/// <summary>
/// A country found in a text. <see cref="Text"/>, <see cref="Index"/> and <see cref="Length"/> are in the
/// original text, accents as written, without a possessive "'s". <see cref="Place"/> is the place's name when
/// the form is <see cref="MentionForm.Place"/>.
/// </summary>
public sealed record CountryMention(string CountrySlug, string Text, int Index, int Length, MentionForm Form, string? Place);

/// <summary>What a name in the country table stands for; a null slug marks a phrase that names no country.</summary>
internal sealed record CountryName(string? CountrySlug, MentionForm Form, string? Place)
{
    public static IEnumerable<(string, CountryName)> All(Reference.Gazetteer gazetteer)
    {
        foreach (var phrase in gazetteer.NotCountries)
            yield return (phrase, new CountryName(null, MentionForm.Name, null));
        foreach (var place in gazetteer.Places)
            yield return (place.Name, new CountryName(place.Country, MentionForm.Place, place.Name));
        foreach (var country in gazetteer.Countries)
        {
            foreach (var adjective in country.Adjectives)
                yield return (adjective, new CountryName(country.Slug, MentionForm.Adjective, null));
            foreach (var alias in country.Aliases)
                yield return (alias, new CountryName(country.Slug, MentionForm.Alias, null));
            yield return (country.Name, new CountryName(country.Slug, MentionForm.Name, null));
        }
    }
}
