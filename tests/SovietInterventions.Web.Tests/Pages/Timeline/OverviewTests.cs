using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Timeline;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Pages.Timeline;

public sealed class OverviewTests
{
    static WeightedEpisode Episode(int id, int year, string region, int passages) =>
        new(id, new EpisodeListItem($"e{id}", $"Episode {id}", EpisodeKind.Coup, year.ToString(), null, year), year, region, passages);

    [Fact]
    public void Each_decade_and_region_names_its_most_written_about_episodes_and_counts_them_all()
    {
        var episodes = Enumerable.Range(1, Overview.PerRegion + 3).Select(i => Episode(i, 1950 + i % 10, "Europe", passages: i)).ToList();

        var fifties = Overview.Of(episodes, new Dictionary<int, int>()).Single(d => d.Decade.StartYear == 1950);

        var europe = Assert.Single(fifties.Regions);
        Assert.Equal(episodes.Count, europe.Count);
        Assert.Equal(3, europe.NotShown);
        var expected = episodes.OrderByDescending(e => e.Passages).Take(Overview.PerRegion).Select(e => e.Item.Slug).Order();
        Assert.Equal(expected, europe.Shown.Select(e => e.Slug).Order());
        Assert.Equal(europe.Shown.OrderBy(e => e.StartYear).Select(e => e.Slug), europe.Shown.Select(e => e.Slug));
    }

    [Fact]
    public void An_episode_counts_in_the_decade_it_began_and_context_events_in_the_decade_of_their_year()
    {
        var decades = Overview.Of([Episode(1, 1979, "Asia", 3)], new Dictionary<int, int> { [1922] = 2, [1929] = 1 });

        Assert.Equal(1, decades.Single(d => d.Decade.StartYear == 1970).Episodes);
        Assert.Equal(0, decades.Single(d => d.Decade.StartYear == 1980).Episodes);
        Assert.Equal(3, decades.Single(d => d.Decade.StartYear == 1920).ContextEvents);
    }

    [Fact]
    public void Regions_follow_the_reading_order_and_unknown_ones_come_after()
    {
        var decades = Overview.Of([Episode(1, 1950, "Africa", 1), Episode(2, 1951, EpisodeBars.NoTarget, 1), Episode(3, 1952, "Europe", 1)], new Dictionary<int, int>());

        Assert.Equal(["Europe", "Africa", EpisodeBars.NoTarget], decades.Single(d => d.Decade.StartYear == 1950).Regions.Select(r => r.Name));
    }
}
