namespace SovietInterventions.Core.Tests.Import.Formats.Html;

/// <summary>A saved web page through the whole import, beside the other formats.</summary>
public class HtmlImportTests
{
    [Fact]
    public void A_saved_page_with_an_intervention_paragraph_makes_the_episode()
    {
        var model = TestImport.Of(("hungary-1956.html", SavedPages.HungaryArticle));

        var episode = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("hungary"));
        Assert.Equal(1956, episode.Draft.StartYear);
        Assert.Contains(episode.Draft.Passages, p => p.Text.Contains("invaded Hungary", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_s_furniture_gives_no_passage()
    {
        var model = TestImport.Of(("hungary-1956.html", SavedPages.HungaryArticle));

        Assert.DoesNotContain(model.Passages, p => p.Text.Contains("cookies", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(model.Passages, p => p.Text.Contains("Privacy policy", StringComparison.Ordinal));
    }
}
