using PassageKind = SovietInterventions.Core.Model.PassageKind;
using SovietInterventions.Web.Pages.Sources;
using static SovietInterventions.Web.Pages.Sources.DocumentOutline;

namespace SovietInterventions.Web.Tests.Pages.Sources;

public sealed class DocumentOutlineTests
{
    static Passage P(int position, PassageKind kind, int depth = 0, string? episode = null) =>
        new(position, kind, $"passage {position}", depth, episode, episode);

    [Fact]
    public void A_first_heading_that_repeats_the_title_becomes_the_page_title()
    {
        var outline = new DocumentOutline("passage 1", [P(1, PassageKind.Heading, 1), P(2, PassageKind.Paragraph)]);

        Assert.Equal(1, outline.TitlePassage?.Position);
        Assert.Equal([2], outline.Blocks.Cast<Text>().Select(t => t.Passage.Position));
    }

    [Fact]
    public void Heading_levels_close_the_gaps_the_source_leaves()
    {
        var outline = new DocumentOutline("Notes",
            [P(1, PassageKind.Heading, 1), P(2, PassageKind.Heading, 4), P(3, PassageKind.Heading, 2), P(4, PassageKind.Heading, 1)]);

        Assert.Equal([2, 3, 3, 2], outline.Blocks.Cast<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void List_items_nest_under_the_item_before_them()
    {
        var outline = new DocumentOutline("Notes",
            [P(1, PassageKind.ListItem), P(2, PassageKind.ListItem, 1), P(3, PassageKind.ListItem, 2), P(4, PassageKind.ListItem), P(5, PassageKind.Paragraph)]);

        var list = Assert.IsType<ItemList>(outline.Blocks[0]);
        Assert.Equal([1, 4], list.Items.Select(i => i.Passage.Position));
        var child = Assert.Single(list.Items[0].Children);
        Assert.Equal(2, child.Passage.Position);
        Assert.Equal(3, Assert.Single(child.Children).Passage.Position);
        Assert.IsType<Text>(outline.Blocks[1]);
    }

    [Fact]
    public void A_list_that_starts_deep_is_not_lost()
    {
        var outline = new DocumentOutline("Notes", [P(1, PassageKind.ListItem, 2), P(2, PassageKind.ListItem, 1)]);

        var list = Assert.IsType<ItemList>(Assert.Single(outline.Blocks));
        Assert.Equal([1, 2], list.Items.Select(i => i.Passage.Position));
    }

    [Fact]
    public void Only_the_first_passage_of_a_run_of_one_episode_carries_the_episode_link()
    {
        var outline = new DocumentOutline("Doc",
            [P(1, PassageKind.Paragraph, episode: "a"), P(2, PassageKind.Paragraph, episode: "a"), P(3, PassageKind.Paragraph, episode: "b"), P(4, PassageKind.Paragraph)]);

        Assert.Equal([true, false, true, false], outline.Blocks.Cast<Text>().Select(t => t.Passage.StartsEpisode));
    }
}
