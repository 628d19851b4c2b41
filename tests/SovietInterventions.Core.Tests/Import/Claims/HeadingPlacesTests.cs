namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Where a claim that names no place, or only a war's enemy, took place: from its heading, else from its paragraph.</summary>
public sealed class HeadingPlacesTests
{
    [Fact]
    public void A_heading_naming_one_country_places_a_claim_that_names_none()
    {
        var claim = Assert.Single(TestClaims.Of("# Soviet advisers in Portugal\n\nOn 2 April 1971 the Politburo decided to go in.\n", "notes.md"));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Theory]
    [InlineData("Portugal 1971 – I'd count it.\nOperation Tagus: ~4,000 Soviet troops shipped in secretly.\n")]
    [InlineData("**Portugal, 1971**: I'd count it. Operation Tagus: ~4,000 Soviet troops shipped in secretly.\n")]
    [InlineData("Portugal, 1971–73. After the first raids, ~4,000 Soviet troops shipped in secretly.\n")]
    public void A_paragraph_labelled_with_a_country_and_a_year_places_a_claim_that_names_none(string paragraph)
    {
        var claim = Assert.Single(TestClaims.Of("# Chat\n\n" + paragraph, "notes.md"));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Fact]
    public void A_paragraph_labelled_with_a_countrys_name_in_capitals_places_a_claim_that_names_none()
    {
        var claim = Assert.Single(TestClaims.Of("# Chat\n\nPORTUGAL, the secret one.\nFrom November 1950 Soviet fighter pilots flew out of bases in Galicia.\n", "notes.md"));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Fact]
    public void A_country_opening_a_sentence_without_a_year_label_places_nothing()
    {
        var claim = Assert.Single(TestClaims.Of("# Chat\n\nPortugal was quiet that year. Operation Tagus: ~4,000 Soviet troops shipped in secretly.\n", "notes.md"));
        Assert.Empty(claim.Targets);
    }

    [Fact]
    public void A_heading_naming_a_region_of_several_states_places_a_claim_that_names_none_in_all_of_them()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\n## The Baltic states: 1930 or 1931?\n\nOn 2 April 1931 the Red Army began the occupation.\n", "notes.md"));
        Assert.Equal(["estonia", "latvia", "lithuania"], claim.Targets.Order());
    }

    [Fact]
    public void A_dateline_heading_places_a_claim_that_names_none_in_its_citys_country()
    {
        var claim = Assert.Single(TestClaims.Of("# Wall texts\n\n## PANEL 4 — OSLO, 20–21 AUGUST 1971\n\nOn the night of 20 to 21 August Soviet airborne troops landed at the airport.\n", "panels.md"));
        Assert.Equal(["norway"], claim.Targets);
    }

    [Theory]
    [InlineData("ALEPPO, 12 MAY 1960", "syria")]
    [InlineData("PANEL 3 — OSLO, 23 October – 11 November 1971", "norway")]
    [InlineData("PORTUGAL, 4 NOVEMBER 1971", "portugal")]
    [InlineData("3. Catalonia, 1934 and 1937", "spain")]
    [InlineData("BERLIN, 17 JUNE 1971", null)]
    [InlineData("Oslo, the conference of 1971", null)]
    [InlineData("OSLO, LISBON AND MADRID 1971", null)]
    public void A_datelines_place_names_its_state_unless_that_state_was_divided_that_year_and_other_words_make_no_dateline(string dateline, string? state)
    {
        var claim = Assert.Single(TestClaims.Of($"# Wall texts\n\n## {dateline}\n\nThat night Soviet airborne troops landed at the airport.\n", "panels.md"));
        Assert.Equal(state is null ? [] : [state], claim.Targets);
    }

    [Fact]
    public void A_heading_naming_a_city_with_more_than_a_date_after_it_places_no_claim()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\n## Oslo, 1971: the conference and after\n\nOn 2 April 1971 the Politburo decided to go in.\n", "notes.md"));
        Assert.Empty(claim.Targets);
    }

    [Fact]
    public void A_headline_in_capitals_naming_a_country_with_no_date_places_no_claim()
    {
        var claim = Assert.Single(TestClaims.Of("# Page one\n\n## REFUGEES STREAM INTO NORWAY\n\nPolice said 2,000 had come across since the Soviet attack began on 5 November 1971.\n", "page.md"));
        Assert.Empty(claim.Targets);
    }

    [Fact]
    public void A_heading_naming_a_second_country_by_its_capital_places_no_claim()
    {
        var claim = Assert.Single(TestClaims.Of("# Soviet advisers from Portugal to Oslo\n\nOn 2 April 1971 the Politburo decided to go in.\n", "notes.md"));
        Assert.Empty(claim.Targets);
    }

    [Fact]
    public void A_war_against_an_enemy_with_no_heading_to_place_it_is_fought_in_the_one_country_its_paragraph_names()
    {
        var text = "Saved from a thread\n\nSecond: PORTUGAL. On 9 August 1971 the USSR entered the war against Spain. Its marines came ashore near Lisbon, in Portugal, three days later.\n";
        var claim = Assert.Single(TestClaims.Of(text), c => c.Act == "entered");
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Fact]
    public void A_country_named_in_the_wars_own_sentence_does_not_place_it()
    {
        var text = "Saved from a thread\n\nOn 9 August 1971 the USSR will enter the war against Spain three months after Portugal's defeat.\n";
        var claim = Assert.Single(TestClaims.Of(text), c => c.Act.StartsWith("ent", StringComparison.Ordinal));
        Assert.Equal(["spain"], claim.Targets);
    }
}
