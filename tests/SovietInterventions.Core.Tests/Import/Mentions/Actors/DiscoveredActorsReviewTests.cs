using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class DiscoveredActorsReviewTests
{
    [Fact]
    public void Each_discovered_actor_is_listed_with_how_it_was_found_and_the_passage_that_names_it()
    {
        var texts = new[] { "Early history. The Eastern Ruritanian Liberation Front (ERLF) rose in the hills. Later.", "Stalin sent arms to the ERLF." };
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown, [.. texts.Select((t, i) => new Block(PassageKind.Paragraph, t, i + 3, []))], []);
        var passages = document.Blocks.Select((b, i) => new PassageDraft { Document = document, Block = b, Position = i + 1, Actors = finder.Find(b.Text) });

        var entry = Assert.Single(DiscoveredActorsReview.Entries(finder.Learned, passages.ToList()));

        Assert.Equal(("eastern-ruritanian-liberation-front", "Organization", 3), (entry.Slug, entry.Type, entry.Mentions));
        Assert.Contains("defined as ERLF", entry.Found);
        Assert.Equal(("notes.md", 3, "The Eastern Ruritanian Liberation Front (ERLF) rose in the hills."),
            (entry.Passages[0].Document, entry.Passages[0].Line, entry.Passages[0].Text));
    }
}
