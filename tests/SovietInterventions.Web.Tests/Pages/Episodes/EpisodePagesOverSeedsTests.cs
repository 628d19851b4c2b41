using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

/// <summary>Every episode page of the real seeds, read for what issue 12 counts: repeats, openings, related lists.</summary>
[Collection(SeedsCollection.Name)]
public sealed partial class EpisodePagesOverSeedsTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    async Task<List<HtmlPage>> EveryEpisodePage()
    {
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(site.DatabasePath, readOnly: true));
        var slugs = await db.Episodes.Select(e => e.Slug).ToListAsync();
        Assert.NotEmpty(slugs);
        var pages = new List<HtmlPage>();
        foreach (var slug in slugs) pages.Add(await SiteAssert.OkAsync(client, $"/episodes/{slug}"));
        return pages;
    }

    static List<string> Passages(HtmlPage page) =>
        [.. PassageText().Matches(page.Section("narrative")).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task No_two_passages_on_a_page_share_most_of_their_word_trigrams()
    {
        foreach (var page in await EveryEpisodePage())
        {
            var passages = Passages(page);
            for (var i = 0; i < passages.Count; i++)
                for (var j = i + 1; j < passages.Count; j++)
                    Assert.False(WordTrigrams.AreRepeats(passages[i], passages[j]), $"{page.Url} repeats \"{passages[j]}\"");
        }
    }

    [Fact]
    public async Task No_narrative_opens_with_a_passage_that_points_back()
    {
        foreach (var page in await EveryEpisodePage())
            if (Passages(page) is [var first, ..])
                Assert.False(ReferBack.Opens(first), $"{page.Url} opens with \"{first}\"");
    }

    [Fact]
    public async Task Related_lists_have_at_most_six_entries_each_with_its_reason()
    {
        foreach (var page in await EveryEpisodePage())
        {
            var items = page.Section("related").Split("<li>")[1..];
            Assert.True(items.Length <= RelatedEpisodes.Most, $"{page.Url} relates {items.Length} episodes");
            Assert.All(items, i => Assert.Matches("<span class=\"reason\">[^<]+</span>", i));
        }
    }

    [Fact]
    public async Task No_event_is_listed_twice_on_a_page()
    {
        foreach (var page in await EveryEpisodePage())
        {
            var events = EventLine().Matches(page.Section("events")).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            Assert.Equal(events.Count, events.Distinct().Count());
        }
    }

    [Fact]
    public async Task Every_passage_of_an_episode_is_quoted_cited_as_a_repeat_or_counted_as_not_quoted()
    {
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(site.DatabasePath, readOnly: true));
        var episodes = await db.Episodes.Select(e => new
        {
            e.Slug,
            Own = e.Passages.Where(p => p.Kind != Core.Model.PassageKind.Heading).Select(p => new { Source = p.SourceDocument.Slug, p.Position }).ToList(),
        }).ToListAsync();
        Assert.Contains(episodes, e => e.Own.Count > 0);
        foreach (var episode in episodes.Where(e => e.Own.Count > 0))
        {
            var narrative = (await SiteAssert.OkAsync(client, $"/episodes/{episode.Slug}")).Section("narrative");
            var note = narrative.IndexOf("class=\"narrative-untold\"", StringComparison.Ordinal);
            var quoted = PassageLink().Matches(note < 0 ? narrative : narrative[..note]).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
            var notQuoted = note < 0 ? 0 : NotQuoted().Matches(narrative[note..]).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(episode.Own.Count(p => !quoted.Contains((p.Source, p.Position))), notQuoted);
        }
    }

    [GeneratedRegex(@"href=""/sources/([^""?#]+)(?:\?page=\d+)?#p(\d+)""")]
    private static partial Regex PassageLink();

    [GeneratedRegex(@"\((\d+) passages? not quoted\)")]
    private static partial Regex NotQuoted();

    [GeneratedRegex(@"<blockquote cite=""[^""]*"">\s*<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex PassageText();

    [GeneratedRegex(@"<time datetime=""([^""]*)"">[^<]*</time>\s*<span>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex EventLine();
}
