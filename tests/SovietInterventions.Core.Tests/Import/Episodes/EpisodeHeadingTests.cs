using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Episodes;

public sealed class EpisodeHeadingTests
{
    private static readonly Lazy<CountryFinder> Countries = new(() => new CountryFinder(RealData.Gazetteer));
    private static readonly HashSet<string> Interveners = ["soviet-union"];

    private static readonly Lazy<EpisodeNames> Names = new(() => new EpisodeNames(EpisodeRules.Load(RealData.Directory).Claims, Countries.Value, Interveners));

    private static EpisodeHeading? Read(string text) =>
        EpisodeHeading.TryRead(new Heading(text, 4, 1), new DateFinder(), Countries.Value, Interveners, name => Names.Value.Name(name) is not null);

    [Theory]
    [InlineData("1921–1924: Mongolia", 1921, 1924, "Mongolia", "mongolia")]
    [InlineData("1956: Hungary", 1956, 1956, "Hungary", "hungary")]
    [InlineData("Hungary (1956)", 1956, 1956, "Hungary", "hungary")]
    [InlineData("Hungarian Revolution of 1956", 1956, 1956, "Hungary", "hungary")]
    [InlineData("1979–1989: Soviet–Afghan War (Afghanistan)", 1979, 1989, "Soviet–Afghan War (Afghanistan)", "afghanistan")]
    [InlineData("1933–1934: Xinjiang", 1933, 1934, "Xinjiang", "china")]
    public void Heading_with_years_and_a_target_names_an_episode(string text, int start, int end, string place, string target)
    {
        var heading = Read(text);
        Assert.NotNull(heading);
        Assert.Equal((start, end), (heading.Start.Year, heading.End.Year));
        Assert.Equal(place, heading.Place);
        Assert.Contains(target, heading.Targets);
    }

    [Theory]
    [InlineData("Kabul under siege (winter 1933–34)", true)]
    [InlineData("Finland, the winter of 1939–1940", true)]
    [InlineData("Finland, 1939–1940", false)]
    [InlineData("Finland, the winter of 1939–1941", false)]
    public void A_winter_across_the_turn_of_a_year_is_told_from_a_two_year_period(string text, bool winter) =>
        Assert.Equal(winter, Read(text)!.WinterAcrossYears);

    [Theory]
    [InlineData("I. Finland, the winter of 1939–1940", "Finland")]
    [InlineData("III) Budapest, 1956", "Budapest")]
    [InlineData("4. Prague, August 1968", "Prague")]
    [InlineData("Part II: Egypt, 1970–1972", "Egypt")]
    public void A_section_number_before_the_heading_never_reaches_the_place(string text, string place)
    {
        var heading = Read(text);
        Assert.NotNull(heading);
        Assert.Equal(place, heading.Place);
        Assert.Null(heading.Name);
    }

    [Theory]
    [InlineData("E. GERMANY 1953", "east-germany")]
    [InlineData("E. Finland, 1939", "finland")]
    public void A_letter_that_opens_a_countrys_short_name_is_no_section_number(string text, string target) =>
        Assert.Equal([target], Read(text)!.Targets);

    [Fact]
    public void A_description_beside_the_place_leaves_the_place_alone_as_the_address()
    {
        var heading = Read("The Gilan adventure of 1920–1921");
        Assert.NotNull(heading);
        Assert.Equal("Gilan", heading.Place);
    }

    [Fact]
    public void A_city_in_a_state_divided_in_the_headings_year_names_no_target()
    {
        Assert.Null(Read("Berlin, 17 June 1971"));
        Assert.Equal(["germany"], Read("Berlin, 17 June 1948")!.Targets);
    }

    [Fact]
    public void A_real_name_beside_the_place_is_kept_as_the_heading_gives_it()
    {
        var heading = Read("Berlin Blockade, 1948–1949");
        Assert.NotNull(heading);
        Assert.Equal("Berlin Blockade", heading.Place);
    }

    [Theory]
    [InlineData("Finland, 1939–1940 (Winter War)", "Finland", "Winter War")]
    [InlineData("Week 9: Cuba, 1962 (Operation Quill)", "Cuba", "Operation Quill")]
    public void A_name_in_brackets_after_the_years_names_the_episode_and_the_place_is_the_country_before_them(string text, string place, string name)
    {
        var heading = Read(text);

        Assert.NotNull(heading);
        Assert.Equal(place, heading.Place);
        Assert.Equal(name, heading.Name);
    }

    [Fact]
    public void An_aside_in_brackets_after_the_years_is_neither_place_nor_target()
    {
        var heading = Read("Week 7: Hungary, 1956 (and Suez)");

        Assert.NotNull(heading);
        Assert.Equal("Hungary", heading.Place);
        Assert.Equal(["hungary"], heading.Targets);
    }

    [Fact]
    public void A_heading_that_names_its_country_only_by_an_adjective_keeps_the_country_as_place_and_its_words_as_name()
    {
        var heading = Read("Polish October of 1956");

        Assert.NotNull(heading);
        Assert.Equal("Poland", heading.Place);
        Assert.Equal("Polish October", heading.Name);
    }

    [Theory]
    [InlineData("1921–1940: Interwar period")]
    [InlineData("1941–1949: World War II, formation of East Bloc, creation of Soviet satellite states")]
    [InlineData("1950s")]
    [InlineData("Hungary")]
    [InlineData("See also")]
    public void Heading_without_years_or_without_a_target_is_not_an_episode(string text) => Assert.Null(Read(text));

    [Theory]
    [InlineData("LATVIA 1940", "Latvia", "latvia")]
    [InlineData("CUBA 1962", "Cuba", "cuba")]
    [InlineData("NORTH VIETNAM 1965 (the air war)", "North Vietnam", "north-vietnam")]
    [InlineData("20 AUGUST 1939 - KHALKHIN GOL", "Khalkhin Gol", "mongolia")]
    [InlineData("GDR 1953", "GDR", "east-germany")]
    public void A_heading_written_in_capitals_is_read_as_its_words(string text, string place, string target)
    {
        var heading = Read(text);
        Assert.NotNull(heading);
        Assert.StartsWith(place, heading.Place, StringComparison.Ordinal);
        Assert.Contains(target, heading.Targets);
    }
}
