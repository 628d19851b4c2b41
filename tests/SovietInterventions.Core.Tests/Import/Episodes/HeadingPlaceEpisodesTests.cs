namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>A heading with a country and a date over a section where the Soviet side acts without naming the place.</summary>
public sealed class HeadingPlaceEpisodesTests
{
    [Theory]
    [InlineData("On 3 May Soviet tanks cleared the streets.")]
    [InlineData("On 3 May the Soviet commandant declared a state of emergency.")]
    public void A_soviet_act_under_the_heading_takes_the_headings_place_and_year(string sentence)
    {
        var notes = $"A handout\n\nPORTUGAL, MAY 1971\n\nWorkers went on strike across the country.\n{sentence}\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("h.txt", notes)).Episodes);
        Assert.Equal(["portugal"], episode.Draft.Targets);
        Assert.Equal((1971, 1971), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
