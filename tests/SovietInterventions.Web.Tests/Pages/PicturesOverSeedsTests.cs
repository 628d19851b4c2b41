using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Tests.Pages;

/// <summary>The home page, /map and /decades over the real seeds: every episode and every target country gets its link.</summary>
[Collection(SeedsCollection.Name)]
public sealed class PicturesOverSeedsTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    EncyclopediaDb Db() => new(EncyclopediaDb.OptionsFor(site.DatabasePath, readOnly: true));

    [Fact]
    public async Task The_home_timeline_links_every_episode()
    {
        using var db = Db();
        var slugs = await db.Episodes.Select(e => e.Slug).ToListAsync();
        var page = await SiteAssert.OkAsync(client, "/");

        foreach (var layout in new[] { "picture-wide", "picture-narrow" })
        {
            var links = PageSvg.Links(PageSvg.One(page, "timeline", layout));
            Assert.All(slugs, s => Assert.Contains($"/episodes/{s}", links));
        }
    }

    [Fact]
    public async Task A_historical_state_that_cannot_be_drawn_says_why_on_the_map_page()
    {
        var page = await SiteAssert.OkAsync(client, "/map");

        Assert.Contains("Tannu Tuva cannot be drawn", page.Text);
        Assert.Contains("Tuva Republic inside Russia", page.Text);
        Assert.DoesNotContain("/countries/tannu-tuva", PageSvg.Links(PageSvg.One(page, "world-map")));
    }

    [Fact]
    public async Task The_map_links_every_target_country_itself_or_through_its_successors()
    {
        using var db = Db();
        var targets = await db.Countries
            .Where(c => c.Episodes.Any(e => e.Role == CountryRole.Target) && c.NotOnMap == null)
            .Select(c => c.Slug).ToListAsync();
        var links = PageSvg.Links(PageSvg.One(await SiteAssert.OkAsync(client, "/map"), "world-map"));

        Assert.NotEmpty(targets);
        Assert.All(targets, slug => Assert.Contains($"/countries/{slug}", links));
    }

    [Fact]
    public async Task Czechoslovakias_episodes_shade_the_czech_republic_and_slovakia()
    {
        var map = PageSvg.One(await SiteAssert.OkAsync(client, "/map"), "world-map");

        var titles = map.Descendants().Where(e => e.Name.LocalName == "title").Select(t => t.Value).ToList();
        Assert.Contains(titles, t => t.Contains("Czech Republic") && t.Contains("Czechoslovakia"));
        Assert.Contains(titles, t => t.Contains("Slovakia") && t.Contains("Czechoslovakia"));
    }

    [Fact]
    public async Task Every_map_decade_answers_and_every_decade_has_a_bar_on_the_decades_page()
    {
        foreach (var decade in new[] { "1910s", "1920s", "1930s", "1940s", "1950s", "1960s", "1970s", "1980s", "1990s" })
            await SiteAssert.OkAsync(client, $"/map?decade={decade}");
        var chart = PageSvg.One(await SiteAssert.OkAsync(client, "/decades"), "decade-chart", layout: "");
        Assert.Equal(9, PageSvg.Links(chart).Distinct().Count());
    }
}
