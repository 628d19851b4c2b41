using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>Which episode a passage outside every episode section joins: its place and its years, never its place alone.</summary>
public sealed class PassageAttacherTests
{
    private static ImportModel Import(params (string Name, string Text)[] files) => Episodes.EpisodeBuilderTests.Import(files);

    private const string Czechoslovakia = """
        = Interventions =

        ==== 1944–1945: Czechoslovakia ====

        In October 1944 the Red Army occupied the eastern tip of Czechoslovakia.

        ==== 1968: Czechoslovakia ====

        On 21 August 1968 Soviet troops invaded Czechoslovakia.
        """;

    private const string Finland = """
        = Interventions =

        ==== 1939–1940: Finland ====

        On 30 November 1939 the Red Army invaded Finland.

        ==== 1941–1944: Finland ====

        In June 1941 Soviet bombers attacked Finland and the war began again.
        """;

    private static Core.Import.Episodes.BuiltEpisode Episode(ImportModel model, int startYear) =>
        model.Episodes.Single(e => e.Draft.StartYear == startYear).Draft;

    private static IEnumerable<string> Told(ImportModel model, int startYear) =>
        Episode(model, startYear).Passages.Where(p => !p.IsHeading).Select(p => p.Text);

    [Fact]
    public void An_undated_sentence_follows_the_episode_of_the_sentence_just_before_it_not_of_an_earlier_one()
    {
        // One scraped line, cut into sentences: the 1968 claim sits between the 1945 sentence and the undated one.
        var article = "Notes on Czechoslovakia\n\nIn 1945 the Czechoslovak envoys left the eastern tip of Czechoslovakia.[1] "
            + "On 21 August 1968 Soviet troops invaded Czechoslovakia.[2] Most towns were invaded and overtaken, and the attack focused on Prague.[3]\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.txt", article));

        Assert.DoesNotContain(Told(model, 1944), t => t.Contains("Prague"));
        Assert.Contains(Told(model, 1968), t => t.Contains("Prague"));
    }

    [Fact]
    public void A_sentence_dated_long_after_an_episode_does_not_continue_it()
    {
        var article = "Notes on Czechoslovakia\n\nIn August 1968 the reformers of Prague were arrested.[1] "
            + "In 1987 the party leader said that he owed much to them.[2]\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.txt", article));

        Assert.Contains(Told(model, 1968), t => t.Contains("reformers"));
        Assert.DoesNotContain(Told(model, 1968), t => t.Contains("1987"));
    }

    [Fact]
    public void A_section_that_never_names_the_Soviet_side_in_a_document_that_does_joins_no_episode_by_place_and_year()
    {
        var article = "# The pact\n\n## Soviet invasion\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia.\n\n"
            + "## Other atrocities\n\nIn 1968 the occupiers of Czechoslovakia closed the schools of Prague.\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.md", article));

        Assert.Contains(Told(model, 1968), t => t.Contains("Soviet troops invaded"));
        Assert.DoesNotContain(Told(model, 1968), t => t.Contains("schools"));
    }

    [Theory]
    [InlineData("# The pact", false)]
    [InlineData("# Czechoslovakia in 1968", true)]
    public void Another_power_s_act_in_a_section_of_an_article_that_tells_the_episode_elsewhere_joins_it_only_when_the_title_names_it(string title, bool joins)
    {
        var article = $"{title}\n\n## Background\n\nThe Soviet leaders watched the reforms.\n\nIn July 1968 Great Britain protested to Czechoslovakia about the reforms.\n\n"
            + "## Invasion\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia.\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.md", article));

        Assert.Contains(Told(model, 1968), t => t.Contains("Soviet troops invaded"));
        Assert.Equal(joins, Told(model, 1968).Any(t => t.Contains("Great Britain")));
    }

    [Fact]
    public void Another_power_s_forces_acting_in_the_country_are_part_of_the_episode_s_story()
    {
        var article = "# The pact\n\n## Background\n\nThe Soviet leaders watched the reforms.\n\nIn July 1968 Hungarian troops massed on the border of Czechoslovakia.\n\n"
            + "## Invasion\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia.\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.md", article));

        Assert.Contains(Told(model, 1968), t => t.Contains("Hungarian troops"));
    }

    [Fact]
    public void An_undated_sentence_in_a_section_another_episode_tells_goes_on_with_that_story_not_to_the_country_it_names()
    {
        const string interventions = """
            = Interventions =

            ==== 1944–1947: Romania ====

            In August 1944 the Red Army occupied Romania.

            ==== 1968: Czechoslovakia ====

            On 21 August 1968 Soviet troops invaded Czechoslovakia.
            """;
        var article = "# The crisis\n\n## Reactions\n\nOn 21 August 1968 Soviet troops occupied the capital of Czechoslovakia.\n\n"
            + "In August 1968 the people of Czechoslovakia protested in the streets.\n\nIn Bucharest the Romanian leader spoke out against the invasion.\n";
        var model = Import(("a.wiki", interventions), ("b.md", article));

        Assert.Contains(Told(model, 1968), t => t.Contains("protested"));
        Assert.DoesNotContain(Told(model, 1944), t => t.Contains("Bucharest"));
    }


    [Theory]
    [InlineData("In Bucharest the Romanian leader gave a speech on the day of the invasion, condemning Moscow.", false)]
    [InlineData("In Bucharest the Romanian leader condemned the occupation.", false)]
    [InlineData("The invasion of Romania by the Red Army followed.", true)]
    [InlineData("Soviet troops invaded Romania and took Bucharest.", true)]
    public void An_undated_sentence_joins_a_country_s_episode_only_by_an_act_it_names_not_one_it_points_back_at(string sentence, bool attached)
    {
        const string interventions = """
            = Interventions =

            ==== 1944–1947: Romania ====

            In August 1944 the Red Army occupied Romania.
            """;
        var article = $"# Reactions to the crisis\n\nMany people wrote letters.\n\n{sentence}\n";
        var model = Import(("a.wiki", interventions), ("b.md", article));

        Assert.Equal(attached, Told(model, 1944).Any(t => t.Contains("Bucharest") || t.Contains("followed")));
    }
    [Fact]
    public void A_sentence_joins_the_episode_whose_years_hold_it_and_is_only_a_source_of_the_one_it_borders()
    {
        var article = "Notes on Finland\n\nWhen the fighting resumed in 1941, Finnish forces retook the lost areas.[1]\n";
        var model = Import(("a.wiki", Finland), ("b.txt", article));

        Assert.Contains(Told(model, 1941), t => t.Contains("resumed"));
        Assert.DoesNotContain(Told(model, 1939), t => t.Contains("resumed"));
        Assert.Contains(Episode(model, 1939).SharedPassages, p => p.Document.FileName == "b.txt");
    }

    [Fact]
    public void A_sentence_of_the_year_between_two_episodes_tells_the_run_up_of_the_one_its_document_is_about()
    {
        var article = "The Continuation War\n\nOn 30 November 1939 the Red Army invaded Finland.[1] On 31 July 1940 German officers visited Finland to plan a joint campaign.[2] "
            + "On 25 June 1941 Soviet bombers attacked Finland.[3] In July 1941 Soviet troops attacked Finland in Karelia.[4] "
            + "In 1942 Soviet forces attacked Finland on the Svir.[5] In June 1944 the Red Army attacked Finland on the Karelian Isthmus.[6]\n";
        var model = Import(("a.wiki", Finland), ("b.txt", article));

        Assert.Contains(Told(model, 1941), t => t.Contains("German officers"));
        Assert.DoesNotContain(Told(model, 1939), t => t.Contains("German officers"));
    }

    [Fact]
    public void A_sentence_naming_years_far_from_an_episode_does_not_join_it_for_the_one_year_beside_it()
    {
        var wiki = "= Interventions =\n\n==== 1945: Germany ====\n\nIn April 1945 the Red Army stormed Berlin.\n";
        var article = "Notes on the war\n\nGermany's armies fought a war of invasion in the east from 1941 to 1944.[1]\n";
        var model = Import(("a.wiki", wiki), ("b.txt", article));

        Assert.DoesNotContain(Told(model, 1945), t => t.Contains("from 1941 to 1944"));
    }

    [Theory]
    [InlineData("The war was fought by Finland and Nazi Germany until the invasion ended in 1945.", false)]
    [InlineData("The Red Army fought its way into Finland and Nazi Germany until the invasion ended in 1945.", true)]
    public void A_country_named_beside_the_agent_is_an_agent_too(string sentence, bool attached)
    {
        var wiki = "= Interventions =\n\n==== 1945: Germany ====\n\nIn April 1945 the Red Army stormed Berlin.\n";
        var model = Import(("a.wiki", wiki), ("b.txt", $"Notes on the war\n\n{sentence}[1]\n"));

        Assert.Equal(attached, Told(model, 1945).Any(t => t.Contains("until the invasion")));
    }

    [Fact]
    public void An_undated_sentence_naming_its_country_only_by_an_adjective_is_not_placed_by_a_leader_every_episode_could_name()
    {
        var wiki = "= Interventions =\n\n==== 1945: Germany ====\n\nIn April 1945 the Red Army stormed Berlin.\n\n"
            + "==== 1948–1949: Germany ====\n\nIn June 1948 Joseph Stalin ordered Soviet troops to blockade Berlin.\n";
        var article = "Notes on a meeting\n\nThe German envoys were greeted by Joseph Stalin in the Kremlin amid talk of an invasion.[1]\n";
        var model = Import(("a.wiki", wiki), ("b.txt", article));

        Assert.DoesNotContain(model.Episodes.SelectMany(e => e.Draft.Passages), p => p.Text.Contains("envoys"));
    }

    [Fact]
    public void A_year_that_qualifies_a_noun_does_not_choose_the_episode_of_that_year()
    {
        var wiki = Finland.Replace("In June 1941 Soviet bombers", "In June 1941 Carl Gustaf Emil Mannerheim saw Soviet bombers");
        var article = "Notes on Finland\n\nCarl Gustaf Emil Mannerheim said that Finland would fight the invasion only to redress the 1940 treaty.[1]\n";
        var model = Import(("a.wiki", wiki), ("b.txt", article));

        Assert.Contains(Told(model, 1941), t => t.Contains("redress"));
    }

    [Theory]
    [InlineData("In 1939 the talks in Moscow failed.[1] Elaborate Finnish invasion plans were drawn up in secret.[2]", false)]
    [InlineData("In 1941 the talks in Moscow failed.[1] Elaborate Finnish invasion plans were drawn up in secret.[2]", true)]
    [InlineData("In 1939 the talks in Moscow failed.[1] Elaborate invasion plans against Finland were drawn up in secret.[2]", true)]
    public void An_undated_sentence_naming_its_country_only_by_an_adjective_is_of_the_years_its_paragraph_last_gave(string paragraph, bool attached)
    {
        var wiki = "= Interventions =\n\n==== 1941–1944: Finland ====\n\nIn June 1941 Soviet bombers attacked Finland and the war began again.\n";
        var model = Import(("a.wiki", wiki), ("b.txt", "Notes on a war\n\n" + paragraph + "\n"));

        Assert.Equal(attached, Told(model, 1941).Any(t => t.Contains("plans")));
    }

    [Theory]
    [InlineData("## The Berlin Blockade, June 1948\n\n### Examples", false)]
    [InlineData("## The Potsdam Conference\n\n### Examples", true)]
    [InlineData("## 2025-01-15 Wed", true)]
    public void A_sentence_recalling_a_year_far_from_its_section_s_heading_tells_the_section_s_time_not_the_year_it_recalls(string headings, bool attached)
    {
        var notes = "# Notes on the Cold War\n\n" + headings + "\n\nThe British were concerned about the Soviet actions in Czechoslovakia, "
            + "as they had gone to war over its neighbour in 1944.\n";
        var model = Import(("a.wiki", Czechoslovakia), ("b.md", notes));

        Assert.Equal(attached, Told(model, 1944).Any(t => t.Contains("concerned")));
    }

    [Fact]
    public void An_undated_sentence_is_not_placed_by_a_force_every_episode_of_its_document_names()
    {
        var article = "Notes on two wars\n\nIn 1939 the Red Army invaded Finland, and the Red Army shelled Mainila.[1] "
            + "In June 1941 the Red Army bombed Finland again.[2]\n\n"
            + "Finnish intelligence had overestimated the strength of the Red Army along the border.[3]\n";
        var model = Import(("a.wiki", Finland), ("b.txt", article));

        Assert.DoesNotContain(Told(model, 1939), t => t.Contains("intelligence"));
    }
}
