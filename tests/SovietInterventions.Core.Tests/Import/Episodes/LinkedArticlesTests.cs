using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>A scraped page's link dump lists the page as a source of an episode another document tells; documents written here.</summary>
public sealed class LinkedArticlesTests
{
    private const string Notes = "# Notes\n\n## Manchuria, 1945\n\nIn August 1945 the Red Army invaded Manchuria and stayed until May 1946.\n";

    // A page whose prose tells of shipping, then its link labels run together (more than 400 characters).
    private static string Page(string labels) =>
        "Harbours of the north\n\nThe harbours of the north froze each winter. Ships waited for the thaw in the outer roads.\n\n" +
        string.Concat(Enumerable.Repeat("Tram depotRiver bargesHarbour cranesOld lighthouseFerry timetable", 6)) + labels +
        "Salt warehousesFishing fleet\n";

    private static ImportModel Import(string labels, params (string Name, string Text)[] others) =>
        TestImport.Of([("page.txt", Page(labels)), .. others]);

    [Fact]
    public void A_linked_article_on_a_soviet_act_in_a_place_lists_the_page_under_the_one_episode_there()
    {
        var before = Assert.Single(TestImport.Of(("notes.md", Notes)).Episodes).Draft;
        var episode = Assert.Single(Import("Soviet occupation of Manchuria", ("notes.md", Notes)).Episodes).Draft;
        var shared = Assert.Single(episode.SharedPassages, p => p.Document.FileName == "page.txt");
        Assert.Equal("Soviet occupation of Manchuria", shared.Text);
        Assert.Equal(PassageKind.ListItem, shared.Block.Kind);
        Assert.DoesNotContain(episode.Passages, p => p.Document.FileName == "page.txt");
        Assert.Equal((before.Start, before.End), (episode.Start, episode.End));
        Assert.Equal(before.Targets, episode.Targets);
    }

    [Fact]
    public void The_label_passage_comes_after_the_pages_own_passages_and_moves_none_of_them()
    {
        var alone = TestImport.Of(("page.txt", Page("Soviet occupation of Manchuria"))).Passages.Where(p => p.Document.FileName == "page.txt").ToList();
        var page = Import("Soviet occupation of Manchuria", ("notes.md", Notes)).Passages.Where(p => p.Document.FileName == "page.txt").ToList();
        Assert.Equal(alone.Select(p => (p.Position, p.Text)), page.SkipLast(1).Select(p => (p.Position, p.Text)));
        Assert.Equal((alone.Count + 1, "Soviet occupation of Manchuria"), (page[^1].Position, page[^1].Text));
    }

    [Fact]
    public void A_linked_article_makes_no_episode_where_none_is_told()
    {
        var model = Import("Soviet occupation of Manchuria");
        Assert.Empty(model.Episodes);
        Assert.DoesNotContain(model.Passages, p => p.Text.Contains("Manchuria", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_names_no_episode_told_elsewhere_in_its_country()
    {
        var xinjiang = "# Notes\n\n## Xinjiang, 1934\n\nIn January 1934 Soviet troops crossed the border into Xinjiang.\n";
        var episode = Assert.Single(Import("Soviet occupation of Manchuria", ("notes.md", xinjiang)).Episodes).Draft;
        Assert.DoesNotContain(episode.SharedPassages, p => p.Document.FileName == "page.txt");
    }

    [Fact]
    public void A_place_two_episodes_are_about_lists_the_page_under_neither()
    {
        var twice = Notes + "\n## Manchuria, 1929\n\nIn November 1929 Soviet troops invaded Manchuria and left in December 1929.\n";
        var episodes = Import("Soviet occupation of Manchuria", ("notes.md", twice)).Episodes;
        Assert.Equal(2, episodes.Count);
        Assert.All(episodes, e => Assert.DoesNotContain(e.Draft.SharedPassages, p => p.Document.FileName == "page.txt"));
    }

    [Fact]
    public void A_label_naming_an_act_its_place_suffered_at_other_years_lists_the_page_under_no_episode()
    {
        var twice = "# Notes\n\n## Manchuria, 1945\n\nIn August 1929 the Red Army invaded Manchuria for a month. " +
            "In August 1945 the Red Army invaded Manchuria and stayed until May 1946.\n";
        var episode = Assert.Single(Import("Soviet invasion of Manchuria", ("notes.md", twice)).Episodes).Draft;
        Assert.Equal(1945, episode.StartYear);
        Assert.DoesNotContain(episode.SharedPassages, p => p.Document.FileName == "page.txt");
    }

    [Fact]
    public void A_label_naming_force_lists_the_page_under_no_episode_of_aid_alone()
    {
        var aid = "# Notes\n\n## Manchuria, 1945\n\nIn August 1945 Soviet advisers trained the army in Manchuria and stayed until May 1946.\n";
        var episode = Assert.Single(Import("Soviet occupation of Manchuria", ("notes.md", aid)).Episodes).Draft;
        Assert.DoesNotContain(episode.SharedPassages, p => p.Document.FileName == "page.txt");
    }
}
