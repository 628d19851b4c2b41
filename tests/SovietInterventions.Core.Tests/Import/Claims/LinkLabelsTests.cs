using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>The articles a page linked, read from its link labels run together; the dumps are written here.</summary>
public sealed class LinkLabelsTests
{
    private static readonly Lazy<LinkLabels> Reader = new(() =>
    {
        var gazetteer = RealData.Gazetteer;
        var interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet();
        return new LinkLabels(EpisodeRules.Load(RealData.Directory).Claims, new CountryFinder(gazetteer), interveners);
    });

    private static List<LinkLabel> Labels(string dump) => Reader.Value.Find(dump).ToList();

    [Fact]
    public void Labels_run_together_are_cut_where_a_small_letter_or_a_bracket_meets_a_capital()
    {
        // Two small letters meeting show no cut: such labels stay together and name nothing.
        Assert.Equal(["Harbour cranes", "Old Town (1920)", "River bargesthe long winter", "Tram depot", "World War IISea ports"],
            LinkLabels.Split("Harbour cranesOld Town (1920)River bargesthe long winterTram depotWorld War IISea ports"));
    }

    [Fact]
    public void A_label_naming_a_soviet_act_in_a_region_is_read_with_its_country()
    {
        var label = Assert.Single(Labels("Tram depotRiver bargesSoviet occupation of ManchuriaHarbour cranes"));
        Assert.Equal("Soviet occupation of Manchuria", label.Text);
        Assert.Equal(("china", MentionForm.Place), (label.Place.CountrySlug, label.Place.Form));
    }

    [Theory]
    [InlineData("Tram depotWarsaw Pact invasion of CzechoslovakiaRiver barges", "czechoslovakia")]
    [InlineData("Tram depotAnglo-Soviet invasion of IranRiver barges", "iran")]
    [InlineData("Tram depotRed Army annexation of LatviaRiver barges", "latvia")]
    public void Any_agent_of_the_soviet_side_names_the_act(string dump, string country) =>
        Assert.Equal(country, Assert.Single(Labels(dump)).Place.CountrySlug);

    [Theory]
    [InlineData("Tram depotOccupation of Poland (1939–1945)River barges")]
    [InlineData("Tram depotGerman invasion of PolandRiver barges")]
    [InlineData("Tram depotSoviet occupation of Bessarabia and the coastRiver barges")]
    [InlineData("Tram depotSoviet invasion of Manchuriathe long winter")]
    [InlineData("Tram depotHistory of the Soviet occupation of AustriaRiver barges")]
    [InlineData("Tram depotSoviet withdrawal from HungaryRiver barges")]
    [InlineData("Tram depotSoviet occupation of Russian landsRiver barges")]
    public void A_label_that_is_not_only_a_soviet_act_and_one_place_names_nothing(string dump) =>
        Assert.Empty(Labels(dump));
}
