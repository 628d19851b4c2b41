using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>Passages that name neither their country nor a year join the episode whose story they continue, and no other.</summary>
public sealed class StoryPassagesTests
{
    private static ImportModel Import(params (string Name, string Text)[] files) => Episodes.EpisodeBuilderTests.Import(files);

    private static IEnumerable<string> Told(ImportModel model, string target) =>
        model.Episodes.Where(e => e.Draft.Targets.Contains(target)).SelectMany(e => e.Draft.Passages).Select(p => p.Text);

    private static bool Placed(ImportModel model, string words) =>
        model.Episodes.SelectMany(e => e.Draft.Passages).Any(p => p.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_line_between_two_lines_of_one_episode_in_a_transcript_joins_it()
    {
        // A transcript split one sentence per passage: the middle sentences name no country and no year.
        var transcript = "Radio hour\n\n"
            + "HOST: In December 1979 Soviet troops invaded Afghanistan. The palace fell after a night of shooting. "
            + "Hafizullah Amin died there, and Babrak Karmal took his chair. "
            + "In 1988 the Soviet army began to leave Afghanistan.\n";
        var model = Import(("r.txt", transcript));

        Assert.Contains(Told(model, "afghanistan"), t => t.Contains("Babrak Karmal took his chair"));
        Assert.Contains(Told(model, "afghanistan"), t => t.Contains("palace fell"));
    }

    [Fact]
    public void A_line_between_two_lines_of_one_episode_stays_out_when_it_is_dated_decades_later()
    {
        // Not a speaker's turn: a transcript turn is one passage, and this is about sentences of a paragraph.
        var transcript = "Radio hour\n\n"
            + "In December 1979 Soviet troops invaded Afghanistan. "
            + "Listeners wrote to us in 2021 about a very different withdrawal. "
            + "In 1988 the Soviet army began to leave Afghanistan.\n";
        var model = Import(("r.txt", transcript));

        Assert.False(Placed(model, "Listeners wrote"));
    }

    [Fact]
    public void A_line_between_two_lines_of_one_episode_stays_out_when_it_names_another_episodes_country()
    {
        var notes = "# Notes\n\n## Wars\n\n"
            + "- In December 1979 Soviet troops invaded Afghanistan.\n\n"
            + "- Nobody there knew that Czechoslovakia had gone the same way.\n\n"
            + "- In 1988 the Soviet army began to leave Afghanistan.\n\n"
            + "## Prague\n\n- On 21 August 1968 Soviet troops invaded Czechoslovakia.\n";
        var model = Import(("n.md", notes));

        Assert.DoesNotContain(Told(model, "afghanistan"), t => t.Contains("gone the same way"));
    }

    [Fact]
    public void A_line_under_a_heading_naming_a_country_joins_the_episode_its_sections_claims_made()
    {
        var notes = "# Revision\n\n## Hungary\n\n"
            + "- 3 Nov 1956: the general who came to talk is arrested by the KGB at the base\n"
            + "- On 4 November 1956 Soviet troops attacked Budapest and crushed the rising in Hungary\n";
        var model = Import(("n.md", notes));

        Assert.Contains(Told(model, "hungary"), t => t.Contains("came to talk"));
    }

    [Fact]
    public void A_line_under_a_country_heading_dated_two_years_before_is_background_but_one_dated_ten_years_before_is_not()
    {
        var notes = "# Revision\n\n## Afghanistan\n\n"
            + "- a coup in April 1978 brings the communists to power\n"
            + "- the king had been deposed in 1973\n"
            + "- In December 1979 Soviet troops invaded Afghanistan\n";
        var model = Import(("n.md", notes));

        Assert.Contains(Told(model, "afghanistan"), t => t.Contains("April 1978"));
        Assert.DoesNotContain(Told(model, "afghanistan"), t => t.Contains("1973"));
    }

    [Fact]
    public void A_paragraph_naming_a_person_listed_on_one_episode_only_joins_it()
    {
        var guide = "# Room 3\n\n## The photograph\n\n"
            + "In November 1956 Soviet troops crushed the rising in Hungary, and Ivan Serov of the KGB ran the arrests.\n\n"
            + "## The table\n\n"
            + "That night Ivan Serov walked into the room and arrested the whole delegation.\n";
        var model = Import(("g.md", guide));

        Assert.Contains(Told(model, "hungary"), t => t.Contains("walked into the room"));
    }

    [Fact]
    public void A_paragraph_is_not_placed_by_a_third_powers_minister_named_once_on_the_episode_where_it_is_dated_outside_it()
    {
        var notes = "# Notes\n\n## Romania\n\nIn June 1940 the Soviet Union occupied Bessarabia, and Joachim von Ribbentrop told the Romanians to give way.\n\n"
            + "## Elsewhere\n\nIn 1946 the court sat at Nuremberg. Thereafter Joachim von Ribbentrop was hanged.\n\nThe Soviet judges agreed.\n\n"
            + "## Later still\n\nIn July 1940 Joachim von Ribbentrop wrote again.\n\nThe Soviet reply was short.\n";
        var model = Import(("n.md", notes));

        Assert.False(Placed(model, "was hanged"));
        Assert.Contains(Told(model, "romania"), t => t.Contains("wrote again"));
    }

    [Fact]
    public void An_undated_paragraph_naming_a_third_powers_leader_named_once_on_the_episode_joins_it()
    {
        var transcript = "# Podcast: the Afghan war\n\n## Part one\n\nIn December 1979 Soviet troops invaded Afghanistan, and Zia-ul-Haq vowed to resist them.\n\n"
            + "The Soviet columns reached Kabul.\n\nThe weather was awful that week.\n\nZia-ul-Haq armed the guerrillas for ten years.\n";
        var model = Import(("t.md", transcript));

        Assert.Contains(Told(model, "afghanistan"), t => t.Contains("armed the guerrillas"));
    }

    [Fact]
    public void A_paragraph_naming_a_person_listed_on_two_episodes_is_not_placed_by_that_person()
    {
        var notes = "# Notes\n\n## One\n\nIn August 1968 Soviet troops invaded Czechoslovakia, as Leonid Brezhnev ordered.\n\n"
            + "## Two\n\nIn December 1979 Leonid Brezhnev sent Soviet troops into Afghanistan.\n\n"
            + "## Three\n\nLeonid Brezhnev liked to shout at meetings.\n";
        var model = Import(("n.md", notes));

        Assert.False(Placed(model, "liked to shout"));
    }

    [Fact]
    public void A_sentence_continues_the_held_sentence_before_it_in_its_paragraph_once_that_one_is_placed()
    {
        // The palace sentence is placed by its place only after the first pass; the two after it follow it.
        var article = "Notes\n\nIn December 1979 Soviet troops invaded Afghanistan. "
            + "Two days later the palace in Kabul was quiet. That was the end of it. Hafizullah Amin had died in the night.\n";
        var model = Import(("a.txt", article));

        Assert.Contains(Told(model, "afghanistan"), t => t.Contains("died in the night"));
    }

    [Fact]
    public void A_line_between_two_lines_of_one_episode_stays_out_when_it_names_any_other_country()
    {
        var notes = "# Notes\n\n## The war\n\n"
            + "- On 30 November 1939 the Red Army invaded Finland.\n\n"
            + "- A British delegation was still talking about an alliance.\n\n"
            + "- In March 1940 the Soviet Union made peace with Finland.\n";
        var model = Import(("n.md", notes));

        Assert.DoesNotContain(Told(model, "finland"), t => t.Contains("British delegation"));
    }

    [Fact]
    public void A_paragraph_far_between_two_paragraphs_of_one_episode_stays_out()
    {
        var filler = string.Concat(Enumerable.Range(1, 4).Select(i => $"Paragraph {i} of the long digression.\n\n"));
        var article = "An essay\n\nIn December 1979 Soviet troops invaded Afghanistan.\n\n" + filler
            + "Nobody remembers the weather of that winter.\n\n" + filler + "In 1988 the Soviet army began to leave Afghanistan.\n";
        var model = Import(("e.txt", article));

        Assert.DoesNotContain(Told(model, "afghanistan"), t => t.Contains("weather"));
    }

    [Fact]
    public void A_paragraph_naming_a_person_listed_on_one_episode_stays_out_when_it_names_someone_listed_only_on_another()
    {
        var notes = "# Notes\n\n## One\n\nIn August 1968 Soviet troops invaded Czechoslovakia and arrested Alexander Dubček.\n\n"
            + "## Two\n\nIn December 1979 Soviet troops invaded Afghanistan and installed Babrak Karmal.\n\n"
            + "## Three\n\nYears later Babrak Karmal said he had admired Alexander Dubček.\n";
        var model = Import(("n.md", notes));

        Assert.False(Placed(model, "admired"));
    }

    [Fact]
    public void A_sentence_between_two_of_one_episode_stays_out_when_it_names_someone_listed_only_on_another()
    {
        var notes = "# Notes\n\n## Afghanistan\n\nIn December 1979 Soviet troops invaded Afghanistan, and in 1988 Mikhail Gorbachev ordered them home.\n\n"
            + "## Prague\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia.\n\nPeople compared it with Mikhail Gorbachev's reforms.\n\n"
            + "On 22 August 1968 Soviet troops occupied Czechoslovakia.\n";
        var model = Import(("n.md", notes));

        Assert.DoesNotContain(Told(model, "czechoslovakia"), t => t.Contains("compared it"));
    }
}
