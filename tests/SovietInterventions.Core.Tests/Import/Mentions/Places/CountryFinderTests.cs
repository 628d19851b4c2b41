using System.Diagnostics;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Tests.Import.Mentions.Places;

public class CountryFinderTests
{
    private static readonly CountryFinder Finder = new(RealData.Gazetteer);

    private static CountryMention Only(string text) => Assert.Single(Finder.Find(text));

    [Fact]
    public void A_capital_implies_its_country_as_a_place()
    {
        var mention = Only("tanks entered Budapest at dawn");
        Assert.Equal("hungary", mention.CountrySlug);
        Assert.Equal(MentionForm.Place, mention.Form);
        Assert.Equal("Budapest", mention.Place);
    }

    [Fact]
    public void A_town_joined_by_a_hyphen_to_another_name_is_part_of_that_name() =>
        Assert.Empty(Finder.Find("the short-lived peace of Budapest-Tepa"));

    [Fact]
    public void A_country_joined_by_a_hyphen_stays_itself() =>
        Assert.Contains(Finder.Find("the Soviet-Israeli war"), m => m.CountrySlug == "israel");

    [Fact]
    public void An_adjective_implies_its_country()
    {
        var mention = Only("the last Hungarian troops were routed");
        Assert.Equal(("hungary", MentionForm.Adjective, "Hungarian"), (mention.CountrySlug, mention.Form, mention.Text));
    }

    [Fact]
    public void A_region_over_several_states_names_each_of_them()
    {
        var mentions = Finder.Find("the Baltic states were occupied");
        Assert.Equal(["estonia", "latvia", "lithuania"], mentions.Select(m => m.CountrySlug).Order());
        Assert.All(mentions, m => Assert.Equal("Baltic states", m.Text));
    }

    [Fact]
    public void Names_and_regions_written_in_lower_case_are_found()
    {
        var mentions = Finder.Find("buffer zone in 1939-1940 (baltic states, bessarabia and finland)");
        Assert.Equal(["estonia", "finland", "latvia", "lithuania", "romania"], mentions.Select(m => m.CountrySlug).Order());
    }

    [Theory]
    [InlineData("2. FINLAND - WINTER WAR", "finland")]
    [InlineData("3. THE BALTIC STATES, JUNE 1940", "estonia latvia lithuania")]
    [InlineData("(4) EAST GERMANY 17 JUNE 1953", "east-germany")]
    [InlineData("IV. POLAND", "poland")]
    public void A_name_in_capitals_that_opens_a_label_is_found(string label, string slugs) =>
        Assert.Equal(slugs.Split(' '), Finder.Find(label).Select(m => m.CountrySlug).Order());

    [Theory]
    [InlineData("REFUGEES STREAM INTO NORWAY")]
    [InlineData("CHAD")]
    [InlineData("A NICE TURKEY FOR CHAD")]
    public void A_name_in_capitals_inside_a_headline_or_an_ordinary_word_in_capitals_is_no_country(string text) =>
        Assert.Empty(Finder.Find(text));

    [Theory]
    [InlineData("the turkey and the china were served in nice, near the us border")]
    [InlineData("a polish of the chad")]
    public void Lower_case_ordinary_words_cities_acronyms_and_adjectives_are_no_countries(string text) =>
        Assert.Empty(Finder.Find(text));

    [Theory]
    [InlineData("The Warsaw Pact invasion of Czechoslovakia", "czechoslovakia")]
    [InlineData("a small naval group appeared in the Gulf of Guinea off Ghana", "ghana")]
    public void An_alliance_or_a_sea_named_after_a_place_names_no_country(string text, string named) =>
        Assert.Equal(named, Only(text).CountrySlug);

    [Fact]
    public void East_germany_is_not_also_germany()
    {
        var mention = Only("East Germany signed the declaration");
        Assert.Equal("east-germany", mention.CountrySlug);
        Assert.Equal("East Germany", mention.Text);
    }

    [Theory]
    [InlineData("Southern Rhodesia declared independence", "rhodesia", "Southern Rhodesia")]
    [InlineData("Mao proclaimed the People's Republic of China", "china", "People's Republic of China")]
    [InlineData("join the Soviet Ukraine.", "soviet-union", "Soviet Ukraine")]
    [InlineData("the stalemate in Kampuchea", "cambodia", "Kampuchea")]
    [InlineData("the province of Tannu Tuva", "tannu-tuva", "Tannu Tuva")]
    [InlineData("a government in Stanleyville", "congo-leopoldville", "Stanleyville")]
    [InlineData("Carpathian Ukraine under Soviet control", "czechoslovakia", "Carpathian Ukraine")]
    [InlineData("the Danish island of Bornholm", "denmark", "Danish")]
    public void The_longest_name_wins(string text, string slug, string name)
    {
        var first = Finder.Find(text)[0];
        Assert.Equal((slug, name), (first.CountrySlug, first.Text));
    }

    [Fact]
    public void The_soviet_union_is_found_by_its_aliases_and_is_the_intervener()
    {
        var mentions = Finder.Find("the USSR, the Soviets and the Union of Soviet Socialist Republics");
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("soviet-union", m.CountrySlug));
        Assert.True(RealData.Gazetteer.Country("soviet-union")!.Intervener);
    }

    [Fact]
    public void Accents_are_optional_and_the_original_text_is_reported()
    {
        var folded = Only("proclaimed in Leopoldville");
        var accented = Only("in Léopoldville, in 1960");
        Assert.Equal("congo-leopoldville", folded.CountrySlug);
        Assert.Equal(("Léopoldville", 3, 12), (accented.Text, accented.Index, accented.Length));
    }

    [Fact]
    public void Names_match_whole_words_only_and_with_a_possessive()
    {
        Assert.Empty(Finder.Find("Omanis and Chadwick and Iranians"));
        var possessive = Only("Hungary's János Kádár");
        Assert.Equal(("Hungary", 0, 7), (possessive.Text, possessive.Index, possessive.Length));
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        Assert.Empty(Finder.Find("a turkey for dinner, china plates"));
    }

    [Fact]
    public void Phrases_that_name_no_country_are_skipped()
    {
        Assert.Empty(Finder.Find("across the Indian Ocean to Latin America"));
        Assert.Empty(Finder.Find("Konev's 1st Ukrainian Front"));
    }

    [Fact]
    public void A_name_split_across_lines_is_still_one_name()
    {
        var mention = Only("occupied East\n  Germany");
        Assert.Equal(("east-germany", "East\n  Germany"), (mention.CountrySlug, mention.Text));
    }

    [Fact]
    public void Five_megabytes_of_random_unicode_return_quickly_without_throwing()
    {
        var random = new Random(1968);
        var chars = new char[5_000_000];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 997 == 0 ? "Hungary "[i % 8] : (char)random.Next(0, 0x10000);
        var text = new string(chars) + " Poland";

        var mentions = Finder.Find(text);

        Assert.Equal("poland", mentions[^1].CountrySlug);
    }
}
