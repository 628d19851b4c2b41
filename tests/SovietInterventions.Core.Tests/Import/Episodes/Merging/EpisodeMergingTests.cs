using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>Episodes from headings, merged across sources, with sentences attached: on tiny documents written here.</summary>
public sealed class EpisodeMergingTests
{
    private static ImportModel Import(params (string Name, string Text)[] files) => TestImport.Of(files);

    private const string Wiki = """
        = Interventions =

        Intro text.

        == 1921–1940: Interwar period ==

        ==== 1921–1924: Mongolia ====

        The Red Army entered Mongolia in August 1921 and stayed.

        ==== 1956: Hungary ====

        On 4 November 1956 Soviet tanks entered Budapest to crush the revolution.
        """;

    [Fact]
    public void Heading_with_year_range_becomes_one_episode_with_exactly_those_years()
    {
        var model = Import(("a.wiki", Wiki));
        var mongolia = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("mongolia"));
        Assert.Equal(1921, mongolia.Draft.StartYear);
        Assert.Equal(1924, mongolia.Draft.EndYear);
    }

    [Fact]
    public void Period_heading_without_a_target_is_not_an_episode()
    {
        var model = Import(("a.wiki", Wiki));
        Assert.Equal(2, model.Episodes.Count);
    }

    [Fact]
    public void The_same_episode_in_two_sources_exists_once_and_keeps_both_sources()
    {
        var notes = """
            # Notes

            ## 1956: Hungary

            - Soviet troops invaded Hungary in November 1956.
            """;
        var model = Import(("a.wiki", Wiki), ("b.md", notes));
        var hungary = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("hungary"));
        Assert.Equal(["a.wiki", "b.md"], hungary.Draft.Passages.Select(p => p.Document.FileName).Distinct().Order());
    }

    [Fact]
    public void Sources_that_disagree_on_the_years_are_merged_and_the_disagreement_is_said()
    {
        var notes = "# Notes\n\n## 1956–1957: Hungary\n\n- Soviet troops crushed the revolution.\n";
        var model = Import(("a.wiki", Wiki), ("b.md", notes));
        var hungary = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("hungary"));
        Assert.Contains("different years", hungary.Facts.Discrepancy);
    }

    [Fact]
    public void An_article_sentence_naming_an_episode_country_at_its_date_is_attached_to_it()
    {
        var article = "An article\n\nIn 1950 nothing happened in Chile. On 4 November 1956, Soviet forces entered Budapest, killing thousands.\n";
        var model = Import(("a.wiki", Wiki), ("c.txt", article));
        var hungary = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("hungary"));
        Assert.Contains(hungary.Draft.Passages, p => p.Document.FileName == "c.txt" && p.Text.Contains("Budapest"));
    }

    [Fact]
    public void An_article_sentence_about_an_intervention_no_section_covers_becomes_a_new_episode()
    {
        var article = "An article\n\nIn 1944–1946, Soviet troops occupied the Danish island of Bornholm.\n";
        var model = Import(("a.wiki", Wiki), ("c.txt", article));
        var created = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("denmark"));
        Assert.Equal((1944, 1946), (created.Draft.StartYear, created.Draft.EndYear));
    }

    [Fact]
    public void An_undated_sentence_naming_the_soviet_side_takes_its_year_from_the_dated_neighbour_that_follows()
    {
        var article = "An article\n\nIn 1945 the USSR occupied and annexed Carpathian Ruthenia from Czechoslovakia. " +
            "On 26 November a committee proclaimed the will to leave Czechoslovakia and join the Soviet Ukraine. " +
            "The delegation left Khust on 1 February 1945, leaving the region under Soviet control.\n";
        var model = Import(("c.txt", article));
        var episode = Assert.Single(model.Episodes);
        Assert.Contains(episode.Facts.Events, e => e.Date.ToIso() == "1944-11-26");
        Assert.Equal(1944, episode.Draft.StartYear);
    }

    [Fact]
    public void Order_of_the_files_does_not_change_the_episodes()
    {
        var notes = "# Notes\n\n## 1956: Hungary\n\n- Soviet troops invaded Hungary in November 1956.\n";
        var one = Import(("a.wiki", Wiki), ("b.md", notes));
        var two = Import(("b.md", notes), ("a.wiki", Wiki));
        Assert.Equal(one.Episodes.Select(e => e.Facts.Title), two.Episodes.Select(e => e.Facts.Title));
    }

    [Fact]
    public void An_undated_29_february_before_a_year_only_neighbour_keeps_its_year()
    {
        var notes = "# Notes\n\n## 1940: Finland\n\nOn 29 February, Soviet troops attacked the line.\n\nIn 1940, Soviet troops invaded Finland.\n";
        var finland = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Contains(finland.Facts.Events, e => e.Date.ToIso() == "1940-02-29");
    }

    [Fact]
    public void An_undated_day_before_a_year_only_neighbour_is_not_moved_to_the_year_before()
    {
        var notes = "# Notes\n\n## 1939–1940: Finland\n\nOn 30 November, Soviet troops crossed the border.\n\nIn 1939, Soviet troops invaded Finland.\n";
        var finland = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Contains(finland.Facts.Events, e => e.Date.ToIso() == "1939-11-30");
        Assert.Null(finland.Facts.Discrepancy);
    }

    [Fact]
    public void A_long_run_of_text_without_spaces_is_shortened_without_error()
    {
        var article = "An article\n\n" + new string('x', 450) + " On 4 November 1956 Soviet troops invaded Hungary and entered Budapest.\n";
        var model = Import(("c.txt", article));
        Assert.All(model.Episodes.SelectMany(e => e.Facts.Events), e => Assert.True(e.Text.Length <= 402));
    }

    [Fact]
    public void A_later_sentence_adds_its_target_to_the_new_episode_it_joins()
    {
        var article = "An article\n\nIn 1944, Soviet troops occupied northern Norway. " +
            "In 1945, Soviet troops occupied Norway and the Danish island of Bornholm. The end came later.\n";
        var episode = Assert.Single(Import(("c.txt", article)).Episodes);
        Assert.Contains("denmark", episode.Draft.Targets);
        Assert.Null(episode.Facts.Discrepancy);
    }
}
