using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Pages.Sources;

/// <summary>A made-up document of <see cref="Passages"/> passages, one of them (<see cref="Linked"/>) an episode's.</summary>
public sealed class LongSourceFactory : DatabaseFolderFactory
{
    public const int Passages = 450;
    public const int Linked = 300;

    public LongSourceFactory() : base("long-source")
    {
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(DatabasePath, readOnly: false));
        db.Database.EnsureCreated();
        var episode = new Episode
        {
            Slug = "made-up-landing", Title = "Made-up landing", ShortTitle = "Made-up landing", Kind = EpisodeKind.Invasion,
            Start = "1962-04", StartYear = 1962, EndYear = 1962, Summary = "A landing that never happened.",
        };
        var source = new SourceDocument { Slug = "chronicle", FileName = "chronicle.md", Title = "A long chronicle", Format = SourceFormat.Markdown, Sha256 = "00" };
        db.AddRange(episode, source);
        for (var p = 1; p <= Passages; p++)
            db.Passages.Add(new Passage
            {
                SourceDocument = source, Position = p, Line = p, SectionPath = "A long chronicle",
                Kind = p % 50 == 1 ? PassageKind.Heading : PassageKind.Paragraph, Depth = p % 50 == 1 ? 2 : 0,
                Text = p % 50 == 1 ? $"Part {p / 50 + 1}" : $"Entry number {p} of the chronicle.", Episode = p == Linked ? episode : null,
            });
        db.SaveChanges();
    }
}

/// <summary>A long source document is read a page at a time, and links to its passages find the page that holds them.</summary>
public sealed class LongSourceTests(LongSourceFactory site) : IClassFixture<LongSourceFactory>
{
    readonly HttpClient client = site.CreateClient();

    static List<int> Anchors(HtmlPage page) =>
        [.. page.Ids.Where(id => id.Length > 1 && id[0] == 'p' && id[1..].All(char.IsAsciiDigit)).Select(id => int.Parse(id[1..]))];

    [Fact]
    public async Task The_pages_of_a_document_hold_every_passage_once_in_order_and_at_most_a_page_full_each()
    {
        var all = new List<int>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await SiteAssert.OkAsync(client, number == 1 ? "/sources/chronicle" : $"/sources/chronicle?page={number}");
            var anchors = Anchors(page);
            Assert.InRange(anchors.Count, 1, ListPage.Size);
            all.AddRange(anchors);
            Assert.Equal(number < 3, page.Html.Contains("rel=\"next\"", StringComparison.Ordinal));
        }

        Assert.Equal(Enumerable.Range(1, LongSourceFactory.Passages), all);
    }

    [Fact]
    public async Task A_later_page_is_its_own_canonical_address()
    {
        var page = await SiteAssert.OkAsync(client, "/sources/chronicle?page=2");

        SiteAssert.CanonicalIs(page, "http://localhost/sources/chronicle?page=2");
    }

    [Fact]
    public async Task The_episode_links_its_passage_on_the_page_that_holds_it()
    {
        var episode = await SiteAssert.OkAsync(client, "/episodes/made-up-landing");
        var link = episode.Hrefs.First(h => h.StartsWith("/sources/chronicle", StringComparison.Ordinal));

        Assert.EndsWith($"#p{LongSourceFactory.Linked}", link);
        var target = await SiteAssert.OkAsync(client, link.Split('#')[0]);
        Assert.Contains(LongSourceFactory.Linked, Anchors(target));
        Assert.Contains("/episodes/made-up-landing", target.InternalLinks);
    }

    [Theory]
    [InlineData(1, "/sources/chronicle#p1")]
    [InlineData(200, "/sources/chronicle#p200")]
    [InlineData(201, "/sources/chronicle?page=2#p201")]
    public void A_passage_link_names_the_page_only_after_the_first(int position, string expected) =>
        Assert.Equal(expected, SitePaths.Passage("chronicle", position));
}
