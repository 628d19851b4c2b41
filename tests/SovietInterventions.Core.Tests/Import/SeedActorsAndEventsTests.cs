using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>The episode stage's actors (role, also mentioned, passage) and events on the real seeds.</summary>
public sealed partial class SeedActorsAndEventsTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>
{
    [Theory]
    [InlineData("1956-hungary", "Imre Nagy", "executed", false)]
    [InlineData("1956-hungary", "János Kádár", "leader installed", false)]
    [InlineData("1956-hungary", "Joseph Stalin", null, true)]
    [InlineData("1968-czechoslovakia", "Vladimir Putin", null, true)]
    [InlineData("1968-czechoslovakia", "Mao Zedong", null, true)]
    [InlineData("1965-rhodesia", "Cecil Rhodes", null, true)]
    [InlineData("1933-xinjiang", "Zhang Peiyuan", "opposing commander", false)]
    public void An_episode_actor_has_the_role_the_text_gives_and_is_set_apart_when_only_in_the_background(
        string episode, string actor, string? role, bool alsoMentioned)
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var link = db.EpisodeActors.Include(a => a.Actor).Single(a => a.Episode.Slug == episode && a.Actor.Name == actor);

        if (role is not null) Assert.Equal(role, link.Role);
        Assert.Equal(alsoMentioned, link.AlsoMentioned);
        Assert.NotNull(link.PassageId);
    }

    [Fact]
    public void No_event_lies_outside_its_episodes_years_by_more_than_the_episodes_span()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var far = db.Events.Where(v => v.Episode != null).Select(v => new { v.Year, v.Episode!.Slug, v.Episode.StartYear, v.Episode.EndYear }).AsEnumerable()
            .Where(v => v.Year < v.StartYear - Span(v.StartYear, v.EndYear) || v.Year > v.EndYear + Span(v.StartYear, v.EndYear))
            .Select(v => $"{v.Slug}: {v.Year}").ToList();

        Assert.Empty(far);
    }

    [Fact]
    public void Every_episode_with_a_dated_passage_has_at_least_one_event()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var episodes = db.Episodes.Select(e => new
        {
            e.Slug, e.StartYear, e.EndYear, Events = e.Events.Count,
            Texts = e.Passages.Where(p => p.Kind != PassageKind.Heading).Select(p => p.Text).ToList(),
        }).AsSplitQuery().ToList();
        Assert.Contains(episodes, e => e.Events > 0);

        var dated = episodes.Where(e => e.Texts.Any(t => WrittenYear().Matches(t).Any(m =>
            int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) is var year
            && year >= e.StartYear - Span(e.StartYear, e.EndYear) && year <= e.EndYear + Span(e.StartYear, e.EndYear))));
        Assert.All(dated, e => Assert.True(e.Events > 0, $"{e.Slug} has a dated passage but no event"));
    }

    [Fact]
    public void A_yearless_day_between_sentences_of_the_episodes_year_keeps_that_year()
    {
        var events = seeds.Episode("1945-germany").Events.Where(e => e.Text.StartsWith("On 6 March", StringComparison.Ordinal)).ToList();

        Assert.Contains(events, e => e.Date == "1945-03-06");
        Assert.DoesNotContain(events, e => e.Date.StartsWith("1944", StringComparison.Ordinal));
    }

    // An episode's span in whole years: 1 for an episode within one year.
    private static int Span(int start, int end) => end - start + 1;

    [GeneratedRegex(@"(?<![\d,.])1[89]\d\d(?![\d,])")]
    private static partial Regex WrittenYear();
}
