using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Writing;

public sealed class EpisodeTitleTests
{
    static readonly KindVocabulary Kinds = KindVocabulary.Load(Path.Combine(RepositoryRoot.Path, "data"));

    [Fact]
    public void A_title_names_the_kind_the_place_and_one_year()
    {
        var title = EpisodeTitle.For(EpisodeKind.Invasion, "Ruritania", 1956, 1956, null, Kinds);

        Assert.Equal(Kinds[EpisodeKind.Invasion].Title.Replace("{place}", "Ruritania") + " (1956)", title);
        Assert.StartsWith("Soviet", title);
    }

    [Fact]
    public void A_title_gives_a_range_of_years_with_an_en_dash() =>
        Assert.EndsWith("Ruritania (1967\u20131970)", EpisodeTitle.For(EpisodeKind.MilitaryAid, "Ruritania", 1967, 1970, null, Kinds));

    [Fact]
    public void Several_places_are_joined_as_in_a_sentence() =>
        Assert.Contains("Ruritania, Borduria and Syldavia (1940)",
            EpisodeTitle.For(EpisodeKind.Occupation, "Ruritania, Borduria, Syldavia", 1940, 1940, null, Kinds));

    [Fact]
    public void The_sources_own_name_is_the_title_when_they_give_one() =>
        Assert.Equal("Pastry War", EpisodeTitle.For(EpisodeKind.Invasion, "Ruritania", 1939, 1940, " Pastry War", Kinds));

    [Theory]
    [InlineData("Ruritania: the spring invasion")]
    [InlineData("the march on Strelsau")]
    [InlineData("Ruritania, !! (\"Spring Storm\")")]
    public void A_heading_with_a_description_is_no_name_and_the_title_is_descriptive(string heading) =>
        Assert.Equal(EpisodeTitle.For(EpisodeKind.Invasion, "Ruritania", 1921, 1921, null, Kinds),
            EpisodeTitle.For(EpisodeKind.Invasion, "Ruritania", 1921, 1921, heading, Kinds));

    [Fact]
    public void A_name_of_several_capitalized_words_stays_a_name() =>
        Assert.Equal("War of the Pastry Cooks", EpisodeTitle.AsName("War of the Pastry Cooks"));

    [Fact]
    public void Every_kind_reads_differently() =>
        Assert.Equal(Enum.GetValues<EpisodeKind>().Length,
            Enum.GetValues<EpisodeKind>().Select(k => EpisodeTitle.For(k, "Ruritania", 1950, 1950, null, Kinds)).Distinct().Count());

    [Fact]
    public void Aid_to_a_third_state_beside_the_target_names_the_state_it_went_to()
    {
        var episode = new Episode
        {
            Slug = "1978-ruritania", Title = "", ShortTitle = "", Kind = EpisodeKind.MilitaryAid, Summary = "", Start = "1978", StartYear = 1978, EndYear = 1979,
            Countries =
            [
                new EpisodeCountry { Country = new Country { Slug = "ruritania", Name = "Ruritania", Region = "Europe" }, Role = CountryRole.Target },
                new EpisodeCountry { Country = new Country { Slug = "borduria", Name = "Borduria", Region = "Europe" }, Role = CountryRole.SupportedGovernment },
            ],
        };
        var form = Kinds[EpisodeKind.MilitaryAid].RecipientTitle!;
        Assert.Equal(form.Replace("{recipient}", "Borduria").Replace("{place}", "Ruritania") + " (1978\u20131979)", EpisodeTitle.For(episode, "Ruritania", Kinds));
    }

    [Fact]
    public void A_headings_list_number_is_no_part_of_the_place() =>
        Assert.Equal("Soviet invasion of Ruritania (1956)", EpisodeTitle.For(EpisodeKind.Invasion, "IV. Ruritania", 1956, 1956, null, Kinds));

    [Fact]
    public void A_heading_that_names_an_event_gives_way_to_the_target_country()
    {
        var phrase = EpisodeTitle.Phrase(EpisodeKind.Invasion, "The Ruritanian adventure", ["Ruritania"], [], Kinds);

        Assert.Equal(Kinds[EpisodeKind.Invasion].Title.Replace("{place}", "Ruritania"), phrase);
    }

    [Fact]
    public void A_place_joined_by_and_stays_a_place() =>
        Assert.Equal("Borduria and Syldavia", EpisodeTitle.PlaceOf("Borduria and Syldavia", ["Borduria"]));

    [Fact]
    public void A_heading_that_is_only_a_city_gives_way_to_the_target_country() =>
        Assert.Equal("Ruritania", EpisodeTitle.PlaceOf("Strelsau", ["Ruritania"], name => name == "Strelsau"));

    [Fact]
    public void A_region_heading_stays_the_place_of_the_title() =>
        Assert.Equal("Zenda Valley", EpisodeTitle.PlaceOf("Zenda Valley", ["Ruritania"], name => name == "Strelsau"));

    [Fact]
    public void Aid_with_no_target_names_the_one_government_aided_not_the_region_of_the_heading() =>
        Assert.Equal(Kinds[EpisodeKind.MilitaryAid].Title.Replace("{place}", "Ruritania"),
            EpisodeTitle.Phrase(EpisodeKind.MilitaryAid, "Zenda Valley", [], ["Ruritania"], Kinds));

    [Fact]
    public void A_blockade_keeps_the_city_its_heading_names_where_an_invasion_names_the_country()
    {
        static bool IsCity(string place) => place == "Strelsau";

        Assert.Equal(Kinds[EpisodeKind.Blockade].Title.Replace("{place}", "Strelsau"), EpisodeTitle.Phrase(EpisodeKind.Blockade, "Strelsau", ["Ruritania"], [], Kinds, IsCity));
        Assert.Equal(Kinds[EpisodeKind.Invasion].Title.Replace("{place}", "Ruritania"), EpisodeTitle.Phrase(EpisodeKind.Invasion, "Strelsau", ["Ruritania"], [], Kinds, IsCity));
    }
}
