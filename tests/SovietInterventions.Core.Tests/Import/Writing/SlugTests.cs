using SovietInterventions.Core.Import.Writing;

namespace SovietInterventions.Core.Tests.Import.Writing;

/// <summary>Slugs are lower-case ASCII words: letters with accents lose the accent, not the letter.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("1961 Congo-Léopoldville", "1961-congo-leopoldville")]
    [InlineData("Ernő Gerő", "erno-gero")]
    [InlineData("Kâzım Karabekir", "kazim-karabekir")]
    [InlineData("Łódź 1945", "lodz-1945")]
    [InlineData("Nicolae Ceaușescu", "nicolae-ceausescu")]
    [InlineData("Ḥafizullah Amin", "hafizullah-amin")]
    public void Accented_letters_keep_their_base_letter(string text, string slug) => Assert.Equal(slug, Slug.From(text));
}
