using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A section heading naming no country leaves a claim's place to the document's title: the one of its countries the claim's paragraph names.</summary>
public sealed class TopicPlacesTests
{
    private const string Title = "# Soviet forces in Portugal and Norway\n\n";

    [Fact]
    public void A_claim_naming_no_place_under_a_placeless_heading_takes_the_title_country_its_paragraph_names_by_a_city()
    {
        var text = Title + "## The airlift, 1971\n\nIn March 1971 the Kremlin approved the plan, and the first cargo planes landed near Lisbon in April.\n";
        var claim = Assert.Single(TestClaims.Of(text, "essay.md"));
        Assert.Equal("portugal", Assert.Single(claim.Targets));
    }

    [Fact]
    public void A_paragraph_naming_two_of_the_titles_countries_gives_no_place() =>
        Assert.Empty(Assert.Single(TestClaims.Of(Title + "## Afterwards, 1971\n\nIn March 1971 the Kremlin approved the plan; Lisbon and Oslo were told.\n", "essay.md")).Targets);

    [Fact]
    public void A_paragraph_naming_none_of_the_titles_countries_gives_no_place() =>
        Assert.Empty(Assert.Single(TestClaims.Of(Title + "## Background, 1971\n\nIn March 1971 the Kremlin approved the plan.\n", "essay.md")).Targets);

    [Fact]
    public void Claims_placed_by_the_title_make_their_episode()
    {
        var text = Title + "## The airlift, 1971\n\nIn March 1971 the Kremlin approved the plan. On 2 April 1971 Soviet cargo planes landed at an airfield near Lisbon.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("essay.md", text)).Episodes);
        Assert.Equal(["portugal"], episode.Draft.Targets);
    }
}
