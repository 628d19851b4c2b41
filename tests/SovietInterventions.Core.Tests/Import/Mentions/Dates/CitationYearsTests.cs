using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public class CitationYearsTests
{
    // The present-tense verbs of citing, as data/citation-words.json lists them.
    private readonly DateFinder finder = new(["argues", "stresses", "describes", "points out", "documents", "stops"]);

    [Theory]
    [InlineData("Garver (1988) stresses that Stalin armed Chiang Kai-shek from 1937.", "1937")]
    [InlineData("Benson (1990) and Wang (1999) both document the Soviet arms sent in 1944.", "1944")]
    [InlineData("Suny (1994) points out that the real cost came later, in 1924.", "1924")]
    public void A_cited_work_s_year_is_no_date_of_the_sentence(string sentence, string only)
    {
        Assert.Equal([only], finder.Find(sentence).Select(d => d.Text));
    }

    [Theory]
    [InlineData("The Treaty of Riga (1921) fixed the border for two decades.")]
    [InlineData("The crises in Hungary (1956) and Czechoslovakia (1968) were both crushed.")]
    [InlineData("The invasion of Hungary (1956) also ended the thaw.")]
    [InlineData("Hungary (1956) and Czechoslovakia (1968) both saw Soviet tanks.")]
    public void A_bracketed_year_that_tells_its_own_past_stays_a_date(string sentence)
    {
        Assert.NotEmpty(finder.Find(sentence));
    }

    [Fact]
    public void A_sentence_that_opens_by_citing_a_work_tells_what_its_author_says()
    {
        Assert.True(finder.OpensWithCitation("Trotter (1991) stops in 1940 too."));
        Assert.False(finder.OpensWithCitation("The contingent stayed until February 1989; Braithwaite (2011) argues the toll was higher."));
    }
}
