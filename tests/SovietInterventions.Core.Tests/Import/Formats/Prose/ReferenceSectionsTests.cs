using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

public class ReferenceSectionsTests
{
    [Theory]
    [InlineData("See also", true)]
    [InlineData("References", true)]
    [InlineData("Further reading", true)]
    [InlineData("External links", true)]
    [InlineData(" Bibliography: ", true)]
    [InlineData("Confidential Links & Embeds:", true)]
    [InlineData("Sources", true)]
    [InlineData("Reading list", true)]
    [InlineData("RELATED STORIES", true)]
    [InlineData("Sources to chase", true)]
    [InlineData("Reading", false)]
    [InlineData("Literature used", true)]
    [InlineData("Reading for the essay", true)]
    [InlineData("Sources of the quarrel", false)]
    [InlineData("Further developments", false)]
    [InlineData("Reactions to the invasion", false)]
    [InlineData("Notes on the invasion", false)]
    [InlineData("Exercises", true)]
    [InlineData("🔑 Key terms", true)]
    [InlineData("Learning objectives", true)]
    [InlineData("Questions of legitimacy", false)]
    [InlineData("8.0 SELECT BIBLIOGRAPHY", true)]
    [InlineData("3. References", true)]
    [InlineData("1956", false)]
    [InlineData("2.1 Historical Background", false)]
    public void Apparatus_headings_are_recognised_by_their_name(string heading, bool expected)
    {
        Assert.Equal(expected, ReferenceSections.IsReferenceHeading(heading));
    }

    [Theory]
    [InlineData("Sources: an old book, a newer one", true)]
    [InlineData("Notes: the army moved at night", false)]
    [InlineData("The sources agree: it was winter", false)]
    [InlineData("Further reading for staff: an old book; a newer one", true)]
    [InlineData("Sources for the essay: an old book", true)]
    [InlineData("Further reading on the label: an old book (2005)", true)]
    [InlineData("Sources onward: the army moved at night", false)]
    [InlineData("Sources forgotten by the army: none", false)]
    public void A_sources_label_opens_a_paragraph_of_sources(string text, bool expected)
    {
        Assert.Equal(expected, ReferenceSections.StartsWithSourcesLabel(text));
    }
}
