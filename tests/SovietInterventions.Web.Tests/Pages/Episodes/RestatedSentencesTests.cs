using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class RestatedSentencesTests
{
    private static ShowModel.NarrativePassage Passage(string source, string text, int position) =>
        new(source, source, source, PassageKind.Paragraph, text, position);

    private const string Told = "Thousands were killed or wounded, and nearly a quarter of a million Hungarians fled the country.";
    private const string Restated = "Thousands were killed and injured, and nearly a quarter-million Hungarians fled its shores.";

    [Fact]
    public void A_passage_that_only_restates_another_is_cited_beside_it_and_not_shown_again()
    {
        var sections = Narrative.WithoutRestatedSentences([
            new NarrativeSection(null, [Passage("article", "The uprising was crushed in November 1956. " + Told, 3)]),
            new NarrativeSection("notes › Hungary", [Passage("notes", Restated, 368)])]);

        var only = Assert.Single(Assert.Single(sections).Passages);
        Assert.Equal(3, only.Position);
        Assert.Equal(368, Assert.Single(only.AlsoIn).Position);
    }

    [Fact]
    public void A_restated_sentence_inside_a_longer_passage_is_shown_as_an_ellipsis()
    {
        var sections = Narrative.WithoutRestatedSentences([
            new NarrativeSection(null, [Passage("article", Told, 3), Passage("notes", "Refugees crossed into Austria by the thousand. " + Restated, 9)])]);

        var later = sections[0].Passages[1];
        Assert.Equal("Refugees crossed into Austria by the thousand. […]", later.Shown);
        Assert.Equal("Refugees crossed into Austria by the thousand. " + Restated, later.Text);
    }

    [Fact]
    public void A_passage_that_tells_again_an_event_the_timeline_folded_from_both_is_cited_beside_the_first()
    {
        const string first = "The USSR repressed the Hungarian Revolution on 4 November 1956, and fought on until 10 November.";
        const string again = "On 4 November 1956, a nation-wide revolt in Hungary was forcefully quelled by Soviet tanks and troops.";
        List<NarrativeSection> narrative = [
            new NarrativeSection(null, [Passage("note", first, 8)]),
            new NarrativeSection("notes › Hungary", [Passage("notes", again, 367)])];
        var folded = new ShowModel.EventLine("1956-11-04", first, new ShowModel.SourceRef("note", "note", 8))
        {
            AlsoIn = [new ShowModel.SourceRef("notes", "notes", 367)],
        };

        Assert.Equal(2, Narrative.WithoutRestatedSentences(narrative).Count);
        var only = Assert.Single(Assert.Single(Narrative.WithoutRestatedSentences(narrative, [folded])).Passages);
        Assert.Equal(367, Assert.Single(only.AlsoIn).Position);
    }
}
