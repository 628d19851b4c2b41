namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>The sources' own name for an episode, a lead that never opens on a pronoun, and disagreements about the Soviet side only.</summary>
public sealed class EpisodeNamesAndLeadTests
{
    [Fact]
    public void A_document_titled_with_a_name_for_the_episode_it_opens_with_names_it()
    {
        var article = "Laos Airlift Crisis\n\nThe Laos Airlift Crisis began when Soviet troops occupied Laos in December 1960.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal("Laos Airlift Crisis", episode.Facts.CommonName);
    }

    [Fact]
    public void A_title_that_is_a_description_or_names_another_country_is_no_name()
    {
        var described = "Soviet aid to the kingdom of Laos\n\nIn December 1960 Soviet troops occupied Laos.\n";
        Assert.Null(Assert.Single(EpisodeBuilderTests.Import(("a.txt", described)).Episodes).Facts.CommonName);
        var another = "Thai Border War\n\nIn December 1960 Soviet troops occupied Laos.\n";
        Assert.Null(Assert.Single(EpisodeBuilderTests.Import(("b.txt", another)).Episodes).Facts.CommonName);
    }

    [Fact]
    public void Years_around_a_title_are_not_part_of_the_name()
    {
        var note = "# 1960 Laos Airlift Crisis 1962\n\nIn December 1960 Soviet troops occupied Laos. In March 1961 Soviet troops still occupied Laos.\n";
        Assert.Equal("Laos Airlift Crisis", Assert.Single(EpisodeBuilderTests.Import(("n.md", note)).Episodes).Facts.CommonName);
    }

    [Fact]
    public void One_title_names_one_episode()
    {
        var article = "Laos Airlift Crisis\n\nIn December 1960 Soviet troops occupied Laos. In March 1964 Soviet troops occupied Laos again.\n";
        var episodes = EpisodeBuilderTests.Import(("a.txt", article)).Episodes;
        Assert.Equal(2, episodes.Count);
        Assert.Single(episodes, e => e.Facts.CommonName == "Laos Airlift Crisis");
    }

    [Fact]
    public void A_lead_sentence_never_opens_its_main_clause_with_a_pronoun_for_someone_not_shown()
    {
        var article = "An article\n\nOn 10 August 1962, he wrote that the Soviets were sending missiles to Cuba. " +
            "In September 1962 Soviet ships carried missiles to Cuba.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.NotEmpty(episode.Facts.Lead);
        Assert.DoesNotContain(episode.Facts.Lead, l => l.Text.Contains(" he wrote", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_sides_invasion_before_the_episode_is_no_disagreement()
    {
        var article = "An article\n\nIn April 1961 American-trained exiles invaded Cuba at the Bay of Pigs. " +
            "In September 1962 Soviet ships carried missiles to Cuba. In October 1962 Soviet advisers supplied more missiles to Cuba.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(1962, episode.Draft.StartYear);
        Assert.Null(episode.Facts.Discrepancy);
    }

    [Fact]
    public void A_lead_whose_statements_never_name_the_place_takes_a_sentence_that_does()
    {
        var notes = "# Notes\n\n## Hungary, 1956\n\n- In November 1956 Soviet troops crushed the rising in the capital.\n" +
            "- The rebels appealed to the West against the Soviet intervention in Hungary.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("n.md", notes)).Episodes);
        Assert.Contains(episode.Facts.Lead, l => l.Text.Contains("in Hungary", StringComparison.Ordinal));
    }

    [Fact]
    public void The_infobox_result_is_dated_at_the_end_of_the_episode_not_at_its_start()
    {
        var article = "An article\n\nIn June 1941 Soviet bombers attacked airfields in Finland. In 1941 Berlin expected to defeat the Soviet Union in weeks. " +
            "In June 1942 the Red Army attacked Finland again. In September 1942 the USSR and Finland ended the fighting with an armistice.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        var result = Assert.Single(episode.Facts.Infobox, r => r.Field == SovietInterventions.Core.Model.InfoboxField.Result);
        Assert.Contains("armistice", result.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_war_another_state_fought_against_the_soviet_side_frames_the_lead()
    {
        var article = "Border War\n\nThe Border War was fought by Finland against the Soviet Union from 1941 to 1944.\n\n" +
            "In June 1941 the Red Army bombed airfields in Finland.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal("Border War", episode.Facts.CommonName);
        Assert.StartsWith("The Border War was fought by Finland", episode.Facts.Lead[0].Text, StringComparison.Ordinal);
    }
}
