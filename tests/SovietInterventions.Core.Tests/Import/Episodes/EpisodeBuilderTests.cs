using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>Episodes from claims and headings, on tiny documents written here.</summary>
public sealed class EpisodeBuilderTests
{
    internal static ImportModel Import(params (string Name, string Text)[] files) => TestImport.Of(files);

    [Fact]
    public void A_section_on_force_in_a_republic_of_the_soviet_union_is_no_episode()
    {
        var notes = "# Notes\n\n## Baku, January 1990\n\nIn January 1990, after pogroms against Armenians in Baku and the Popular Front’s seizure of local power, about 26,000 Soviet troops stormed the city.\n";
        Assert.Empty(Import(("notes.md", notes)).Episodes);
        Assert.Single(Import(("notes.md", "# Notes\n\nIn April 1920 the Red Army invaded Azerbaijan and took Baku.\n")).Episodes);
    }

    [Fact]
    public void A_section_with_no_claim_whose_heading_starts_in_an_episodes_years_joins_it_and_gives_its_end()
    {
        var notes = "# Notes\n\nOn 30 November 1939 the Red Army invaded Portugal.\n";
        var outline = "# Paper outline\n\n## V. PORTUGAL, THE WINTER WAR 1939–40\n\n- the winter was hard and the lines held until March\n";

        var episode = Assert.Single(Import(("notes.md", notes), ("outline.md", outline)).Episodes).Draft;

        Assert.Equal((1939, 1940), (episode.StartYear, episode.EndYear));
        Assert.Contains(episode.Passages, p => p.Document.FileName == "outline.md");
    }

    [Fact]
    public void A_heading_naming_only_a_city_with_no_claim_about_it_is_no_episode()
    {
        var notes = "# Notes\n\n## The Potsdam Conference, 1945\n\n- The leaders met; Soviet troops stationed in their zone stayed.\n";
        Assert.Empty(Import(("n.md", notes)).Episodes);
    }

    [Fact]
    public void A_heading_whose_sections_acts_all_name_another_place_is_no_episode_of_its_own_place()
    {
        var notes = "# Notes\n\n## Foreign Relations of Portugal, 1977–1980\n\nIn December 1977 Soviet advisers arrived in Ethiopia.\n";
        Assert.DoesNotContain(Import(("n.md", notes)).Episodes, e => e.Draft.Targets.Contains("portugal"));
    }

    [Fact]
    public void An_overview_heading_whose_subsections_name_an_episode_for_each_of_its_places_is_no_episode()
    {
        var notes = "# Soviet expansion 1940–44: Bessarabia, Tuva, Bulgaria\n\nThree annexations in four years.\n\n"
            + "## Bessarabia, June 1940\n\nOn 28 June 1940 the Red Army crossed the Dniester into Romania.\n\n"
            + "## Tuva, 1944\n\nIn October 1944 the USSR annexed Tuva.\n\n"
            + "## Bulgaria, September 1944\n\nOn 8 September 1944 Soviet troops entered Bulgaria.\n\n"
            + "## Overview\n\nIn each case the Red Army entered first.\n";

        var episodes = Import(("n.md", notes)).Episodes;

        Assert.Equal(3, episodes.Count);
        Assert.All(episodes, e => Assert.Single(e.Draft.Targets));
    }

    [Fact]
    public void An_overview_heading_whose_subsections_are_headed_by_each_of_its_places_without_years_leaves_their_years_to_the_claims()
    {
        var notes = "# Exporting the revolution? Portugal and Spain, 1920–1921\n\n"
            + "## Portugal: the march on the river\n\nIn July 1920 the Red Army invaded Portugal.\n\n"
            + "## Spain: the landing\n\nOn 18 May 1920 Soviet troops landed in Spain. The last Soviet troops left Spain in September 1921.\n";

        var episodes = Import(("n.md", notes)).Episodes.Select(e => e.Draft).OrderBy(e => e.Targets[0]).ToList();

        Assert.Equal([("portugal", 1920, 1920), ("spain", 1920, 1921)], episodes.Select(e => (Assert.Single(e.Targets), e.StartYear, e.EndYear)));
    }

    [Fact]
    public void A_heading_of_two_places_whose_subsection_names_both_stays_one_episode_of_both()
    {
        var notes = "# Notes\n\n## Portugal and Spain, 1956\n\nIn October 1956 Soviet troops invaded Portugal and Spain.\n\n"
            + "### Reactions in Portugal and Spain\n\nThe people of both countries protested.\n";

        var episode = Assert.Single(Import(("n.md", notes)).Episodes).Draft;

        Assert.Equal(["portugal", "spain"], episode.Targets.Order());
    }

    [Fact]
    public void A_section_whose_dated_acts_are_one_episodes_gives_it_its_passages_dated_in_its_years_naming_its_countries()
    {
        var notes = "# Border wars\n\n## Khalkhin Gol\n\n"
            + "In May 1939 Mongolian border guards clashed with Manchukuo cavalry on the Khalkhin Gol, and the Japanese committed General Komatsubara's division.\n\n"
            + "On 20 August 1939 Soviet troops under Zhukov attacked both Japanese wings.\n\n"
            + "In 1939 the harvest in Kazakhstan was poor.\n\n"
            + "In 1946 the Mongolian government signed a treaty.\n";

        var episode = Assert.Single(Import(("n.md", notes)).Episodes);

        var texts = episode.Draft.Passages.Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("In May 1939 Mongolian border guards", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("harvest", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("1946", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_telling_one_act_of_an_episode_its_document_is_not_about_gives_it_no_passage_dated_years_later()
    {
        var spain = "# Spain\n\n## Spain, 1936–1939\n\nIn October 1936 the Soviet Union sent tanks and pilots to the Spanish Republic.\n\n"
            + "In 1938 the Soviet advisers were recalled from Spain.\n";
        var pact = "# The pact\n\n## Background\n\nIn 1936 the Soviets supported the Republicans in the Spanish Civil War.\n\n"
            + "In May 1939 the two foreign ministers met at a mountain house to talk about trade.\n\n"
            + "## The invasion\n\nOn 17 September 1939 the Red Army invaded Poland.\n\nIn October 1939 the Soviets annexed eastern Poland.\n\n"
            + "In November 1939 the NKVD deported Polish officers from Lwów.\n";

        var model = Import(("spain.md", spain), ("pact.md", pact));

        var texts = model.Episodes.Single(e => e.Draft.Targets.Contains("spain")).Draft.Passages.Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("In 1936 the Soviets supported", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("mountain house", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_of_notes_telling_one_act_of_an_episode_the_notes_tell_elsewhere_keeps_its_passages_dated_in_the_episodes_years()
    {
        var notes = "# Notes\n\n## Hungary\n\nIn October 1956 Soviet troops entered Budapest.\n\nIn November 1956 Soviet tanks crushed the rising in Hungary.\n\n"
            + "## The long war\n\nIn December 1979 Soviet troops invaded Afghanistan.\n\nBy 1985 the guerrillas held most of the countryside.\n\n"
            + "## Endings\n\nIn February 1989 the last Soviet soldiers left Afghanistan.\n";

        var texts = Import(("n.md", notes)).Episodes.Single(e => e.Draft.Targets.Contains("afghanistan")).Draft.Passages.Select(p => p.Text);

        Assert.Contains(texts, t => t.StartsWith("By 1985", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_passage_of_such_a_section_joins_the_episode_when_it_names_one_of_its_places()
    {
        var notes = "# Border wars\n\n## The summer campaign\n\n"
            + "On 20 August 1939 Soviet troops under Zhukov attacked the Japanese wings near Khalkhin Gol in Mongolia.\n\n"
            + "Nobody agreed about the start.\n\n"
            + "Moscow sent an envoy to Ulaanbaatar to manage the change of government.\n\n"
            + "Moscow also sent an envoy to Kabul.\n";

        var episode = Assert.Single(Import(("n.md", notes)).Episodes);

        var texts = episode.Draft.Passages.Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains("Ulaanbaatar", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Kabul", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_sentence_comparing_the_episodes_country_with_two_others_does_not_join_its_dated_neighbour()
    {
        var notes = "# Notes on Europe\n\n## 1939: Poland\n\nOn 17 September 1939 the Red Army invaded Poland from the east.\n\n"
            + "## 1939–1940: Finland\n\nOn 30 November 1939 the Soviet Union invaded Finland.\n\n"
            + "## 1945: Germany\n\nIn April 1945 the Red Army invaded Germany and took Berlin.\n\n"
            + "## Decline of the old powers\n\nBy 1945, Germany lay in ruins, after being defeated in the war.\n\n"
            + "In a post-war Europe, Britain, France, and Germany were no longer dominant players on the world stage.\n\n"
            + "This left a vacuum that the USA and the USSR moved to fill.\n\n"
            + "By May 1945, Germany had lost its eastern lands.\n\nGermany was no longer a dominant player on the world stage.\n";

        var germany = Import(("n.md", notes)).Episodes.Single(e => e.Draft.Targets.Contains("germany"));

        var texts = germany.Draft.Passages.Select(p => p.Text).ToList();
        Assert.Contains("Germany was no longer a dominant player on the world stage.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Britain, France", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_sentence_naming_other_countries_only_by_their_cities_still_joins_its_dated_neighbour()
    {
        var notes = "# Notes on Europe\n\n## 1939: Poland\n\nOn 17 September 1939 the Red Army invaded Poland from the east.\n\n"
            + "## 1945: Germany\n\nIn April 1945 the Red Army invaded Germany and took Berlin.\n\n"
            + "## 1968: Czechoslovakia\n\nOn 21 August 1968 the Red Army invaded Czechoslovakia.\n\n"
            + "## The months before\n\nBy July 1968, Czechoslovakia was under heavy pressure.\n\n"
            + "Meetings followed in Dresden, Warsaw and Bratislava.\n\nThe USSR watched every step.\n";

        var czechoslovakia = Import(("n.md", notes)).Episodes.Single(e => e.Draft.Targets.Contains("czechoslovakia"));

        Assert.Contains("Meetings followed in Dresden, Warsaw and Bratislava.", czechoslovakia.Draft.Passages.Select(p => p.Text));
    }

    [Fact]
    public void A_move_told_after_a_withdrawal_is_the_way_out_and_starts_no_episode()
    {
        var article = "An article\n\nIn December 1979 Soviet troops invaded Afghanistan.\n\n" +
            "Ten years later the withdrawal was completed on 15 February 1989, when Soviet troops crossed the bridge out of Afghanistan.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal(1979, episode.Draft.StartYear);
    }

    [Fact]
    public void A_withdrawal_begun_in_one_year_and_finished_in_the_next_ends_the_episode_at_the_finish()
    {
        var article = "An article\n\nIn December 1979 Soviet troops invaded Afghanistan.\n\n" +
            "After the Geneva Accords were signed in April 1988, Soviet troops began leaving in May 1988, and the last of them were home on 15 February 1989.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal((1979, 1989), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_withdrawal_that_began_in_one_year_ends_the_episode_at_the_crossing_the_sentence_dates_later()
    {
        var article = "An article\n\nIn March 1968 Soviet troops invaded Portugal.\n\n" +
            "Then Brezhnev lost patience: the withdrawal began on 2 June 1974, and the last colonel drove across the frontier on 9 January 1975.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal((1968, 1975), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_heading_with_one_year_ends_at_the_withdrawal_its_section_dates()
    {
        var notes = "# Notes\n\n## Kabul, 1979\n\nIn December 1979 Soviet troops invaded Afghanistan. The last Soviet units left Afghanistan in February 1989.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1979, 1989), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_heading_with_one_year_does_not_end_at_advisers_withdrawn_years_after_the_invasion()
    {
        var notes = "# Notes\n\n## Kabul, 1937\n\nIn December 1937 Soviet troops invaded Afghanistan. " +
            "A Soviet regiment remained at Herat until 1943, when the king broke with Moscow and the Soviet advisers were withdrawn.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1937, 1937), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_heading_with_one_year_ends_at_a_withdrawal_another_document_dates()
    {
        var notes = "# Notes\n\n## Kabul, December 1979\n\nOn 25 December 1979 Soviet troops invaded Afghanistan.\n";
        var article = "An article\n\nThe last Soviet units left Afghanistan in February 1989.\n";
        var episode = Assert.Single(Import(("n.md", notes), ("a.txt", article)).Episodes);
        Assert.Equal((1979, 1989), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_heading_with_one_year_lasts_as_long_as_another_document_says_the_act_it_dates_did()
    {
        var notes = "# Notes\n\n## Kabul, December 1979\n\nOn 25 December 1979 Soviet troops invaded Afghanistan.\n";
        var essay = "An essay\n\nIn Afghanistan, where Soviet troops entered in December 1979 to remove the president, there was no government left to bargain with, and the army stayed until 1989.\n";
        var episode = Assert.Single(Import(("n.md", notes), ("e.txt", essay)).Episodes);
        Assert.Equal((1979, 1989), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_withdrawal_from_another_part_of_the_country_does_not_end_a_heading_of_one_year()
    {
        var notes = "# Notes\n\n## Xinjiang, January 1934\n\nIn January 1934 Soviet troops invaded Xinjiang.\n";
        var article = "An article\n\nThe Red Army stayed until the spring of 1946 and left Manchuria in May 1946.\n";
        var episodes = Import(("n.md", notes), ("a.txt", article)).Episodes;
        Assert.Contains(episodes, e => (e.Draft.StartYear, e.Draft.EndYear) == (1934, 1934));
    }

    [Fact]
    public void A_heading_of_a_year_alone_is_not_ended_by_another_documents_withdrawal()
    {
        var notes = "# Notes\n\n## Finland, 1939\n\nOn 30 November 1939 Soviet troops invaded Finland.\n";
        var article = "An article\n\n## Hanko\n\nSoviet forces withdrew from Finland in December 1941.\n";
        var episodes = Import(("n.md", notes), ("a.md", article)).Episodes;
        Assert.Contains(episodes, e => (e.Draft.StartYear, e.Draft.EndYear) == (1939, 1939));
    }

    [Fact]
    public void A_heading_with_a_range_keeps_its_years_whatever_its_section_dates()
    {
        var notes = "# Notes\n\n## Afghanistan, 1979–1985\n\nIn December 1979 Soviet troops invaded Afghanistan. The last Soviet units left Afghanistan in February 1989.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1979, 1985), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_winter_heading_whose_acts_are_all_dated_in_its_later_year_starts_then()
    {
        var notes = "# Notes\n\n## Kabul under siege (winter 1933–34)\n\nBy December 1933 the king was losing the war. " +
            "In January 1934 Soviet troops crossed into Afghanistan and broke the siege.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1934, 1934), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_winter_heading_with_an_act_dated_in_its_first_year_keeps_both_years()
    {
        var notes = "# Notes\n\n## Kabul under siege (winter 1933–34)\n\nIn December 1933 Soviet troops crossed into Afghanistan. " +
            "In January 1934 Soviet aircraft bombed the rebels.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1933, 1934), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_winter_heading_whose_acts_give_no_month_keeps_both_years()
    {
        var notes = "# Notes\n\n## Kabul under siege (winter 1933–34)\n\nIn 1934 Soviet troops crossed into Afghanistan.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1933, 1934), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_city_of_a_later_state_joins_the_episode_of_the_state_it_was_in_then()
    {
        var article = "An article\n\nOn 12 August 1945 Soviet troops crossed into Korea.\n\nOn 24 August 1945 Soviet troops entered Pyongyang.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal(["korea"], episode.Draft.Targets);
    }

    [Fact]
    public void Acts_of_force_told_in_one_paragraph_within_a_month_are_one_campaign()
    {
        var article = "An article\n\nOn 15 June 1940 Red Army columns crossed into Lithuania. On 17 June 1940 Soviet troops marched into Latvia and Estonia.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal(["estonia", "latvia", "lithuania"], episode.Draft.Targets.Order());
    }

    [Fact]
    public void Claims_about_different_places_never_chain_into_one_episode()
    {
        var article = "An article\n\nIn September 1939 the Red Army invaded Poland. In November 1939 Soviet troops invaded Finland. " +
            "In June 1940 Soviet troops occupied Estonia, Latvia and Lithuania.\n";
        var episodes = Import(("a.txt", article)).Episodes;
        Assert.Equal(3, episodes.Count);
        Assert.Contains(episodes, e => e.Draft.Targets.SequenceEqual(["poland"]));
        Assert.Contains(episodes, e => e.Draft.Targets.SequenceEqual(["finland"]));
        Assert.Contains(episodes, e => e.Draft.Targets.Order().SequenceEqual(["estonia", "latvia", "lithuania"]));
    }

    [Fact]
    public void A_blockade_is_an_intervention_and_lifting_it_ends_the_episode()
    {
        var notes = "# Notes\n\n## Tensions\n\n- In June 1948 Stalin began a blockade of West Berlin.\n- The Western powers flew in supplies.\n" +
            "- By May 1949 Stalin gave up and lifted it.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1948, 1949), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void Commentary_years_never_extend_an_episode()
    {
        var article = "An article\n\nIn December 1979 Soviet troops invaded Afghanistan. " +
            "As a 2014 interview showed, historians still argue about Afghanistan. The article was published in 2017.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal((1979, 1979), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_document_with_heading_episodes_is_still_read_for_claims_about_other_places()
    {
        var notes = "# Notes\n\n## 1956: Hungary\n\n- Soviet troops invaded Hungary in November 1956.\n" +
            "- Earlier, in June 1948, the Soviet Union began a blockade of West Berlin.\n";
        var episodes = Import(("n.md", notes)).Episodes;
        Assert.Equal(2, episodes.Count);
        Assert.Contains(episodes, e => e.Draft.Targets.Contains("hungary") && e.Draft.StartYear == 1956);
    }

    [Fact]
    public void A_section_naming_the_place_and_years_of_an_episode_but_no_soviet_agent_joins_that_episode_and_makes_none()
    {
        var article = ("a.txt", "An article\n\nIn August 1968 Soviet troops invaded Czechoslovakia.\n");
        var notes = ("n.md", "# Revision\n\n## CZECHOSLOVAKIA 1968\n\n- Jan: a reformer becomes party leader\n- Aug: the invasion, Prague taken in a night\n\n" +
            "## Finland 1952\n\n- Olympic Games in Helsinki\n\n## The Prague meeting, 1968\n\n- delegates talk for a day\n");
        var episode = Assert.Single(Import(article, notes).Episodes);
        Assert.Contains(episode.Draft.Passages, p => p.Document.FileName == "n.md" && p.Text.Contains("reformer", StringComparison.Ordinal));
        Assert.DoesNotContain(episode.Draft.Passages, p => p.Text.Contains("Olympic", StringComparison.Ordinal) || p.Text.Contains("delegates", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_about_another_place_changes_nothing_of_an_episode()
    {
        var first = ("a.txt", "An article\n\nIn 1944–1946, Soviet troops occupied northern Norway and the Danish island of Bornholm.\n");
        var other = ("b.md", "# Notes\n\n## Crisis\n\n- In October 1962 Soviet missiles were deployed to Cuba.\n- In 1962 Khrushchev sent missiles to Cuba.\n");
        var alone = Assert.Single(Import(first).Episodes);
        var together = Import(first, other).Episodes.Single(e => e.Draft.Targets.Contains("norway"));
        Assert.Equal((alone.Draft.Place, alone.Draft.StartYear, alone.Draft.EndYear, alone.Facts.Kind),
            (together.Draft.Place, together.Draft.StartYear, together.Draft.EndYear, together.Facts.Kind));
        Assert.Equal(alone.Facts.Countries.Select(c => c.Country), together.Facts.Countries.Select(c => c.Country));
    }

    [Fact]
    public void One_sentence_of_aid_alone_makes_no_episode()
    {
        Assert.Empty(Import(("a.txt", "An article\n\nIn 1961 the Soviets sent four advisers to Chile.\n")).Episodes);
    }

    [Fact]
    public void A_heading_keeps_its_own_name_for_the_episode()
    {
        var notes = "# Notes\n\n## Winter War in Finland (1939–1940)\n\n- On 30 November 1939 the Soviet Union invaded Finland.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal("Winter War", episode.Facts.CommonName);
    }

    [Fact]
    public void A_sentence_stating_the_period_of_the_aid_gives_the_episode_both_ends()
    {
        var article = "An article\n\nThe Soviet Union supported the government of Laos from 1960 to 1975. In March 1961 Soviet aircraft airlifted arms to Laos.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal((1960, 1975), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_war_fought_against_the_soviet_union_over_a_period_widens_the_episode_of_soviet_acts_against_that_state()
    {
        var article = "An article\n\nThe Border War was fought by Finland against the Soviet Union from 1941 to 1944.\n\n" +
            "In June 1941 the Red Army bombed airfields in Finland.\n";
        var episode = Assert.Single(Import(("a.txt", article)).Episodes);
        Assert.Equal((1941, 1944), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void A_war_fought_against_the_soviet_union_alone_is_no_episode()
    {
        Assert.Empty(Import(("a.txt", "An article\n\nThe Border War was fought by Finland against the Soviet Union from 1941 to 1944.\n")).Episodes);
    }

    [Fact]
    public void Notes_under_a_country_heading_that_date_the_act_by_an_earlier_line_and_its_end_make_an_episode()
    {
        var notes = "# Week 3\n\n### Mozambique\n- a friendship treaty with Moscow in March 1977\n- several hundred Soviet military advisers with the army\n" +
            "- the advisers withdrawn by 1990\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal(["mozambique"], episode.Draft.Targets);
        Assert.Equal((1977, 1990), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void An_act_dated_only_by_an_earlier_line_with_no_dated_end_makes_no_episode()
    {
        var notes = "# Week 3\n\n### Mozambique\n- a friendship treaty with Moscow in March 1977\n- several hundred Soviet military advisers with the army\n";
        Assert.Empty(Import(("n.md", notes)).Episodes);
    }

    [Fact]
    public void A_table_row_saying_what_moscow_did_in_one_year_is_an_episode_though_it_is_only_aid()
    {
        var notes = "# Revision\n\n| year | where | what Moscow did |\n|---|---|---|\n| 1971 | Ruritania | nothing at all |\n" +
            "| 1984 | Somalia | backs the government against the rebels |\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal(["somalia"], episode.Draft.Targets);
        Assert.Equal((1984, 1984), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void Guns_falling_silent_after_a_soviet_attack_ends_the_episode()
    {
        var notes = "# Notes\n\n## The war\n\n- On 1 May 1941 the Red Army attacked Norway.\n- Peace treaty signed 3 June 1942, guns fell silent the next day.\n";
        var episode = Assert.Single(Import(("n.md", notes)).Episodes);
        Assert.Equal((1941, 1942), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
