using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

/// <summary>A lead says who did what, to whom and when: from the sources' sentences where they can, framed by the heading where they cannot.</summary>
public sealed class EpisodeLeadTests
{
    private static IReadOnlyList<string> Lead(string section) =>
        [.. Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n{section}\n")).Episodes).Facts.Lead.Select(l => l.Text)];

    [Fact]
    public void A_spreadsheet_rows_lead_is_the_cell_that_tells_the_act_framed_by_where_and_when()
    {
        var table = "#,Start,Country / place,Actor,What happened,Key people\n" +
            "7,1971-06-17,Portugal,Group of Soviet Forces,\"Soviet tanks and troops put down the workers' rising; martial law declared in the capital\",Some General\n";
        var lead = Assert.Single(EpisodeBuilderTests.Import(("timeline.csv", table)).Episodes).Facts.Lead.Select(l => l.Text).ToList();

        Assert.Contains("Soviet tanks and troops put down the workers' rising; martial law declared in the capital.", lead);
        Assert.DoesNotContain(lead, l => l.Contains("Key people", StringComparison.Ordinal) || l.Contains("Start:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_opening_with_but_leans_on_the_one_before_and_does_not_open_the_lead()
    {
        var lead = Lead("==== 1956: Portugal ====\n\nThe council debated the crisis at length. "
            + "But the members will remember that the Soviet army went into Portugal twice that autumn. "
            + "On 4 November 1956 Soviet tanks entered Lisbon.");

        Assert.StartsWith("On 4 November 1956 Soviet tanks entered Lisbon", lead[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_opening_on_the_area_whose_context_is_of_other_years_leads_with_the_place_that_context_names_in_brackets()
    {
        var lead = Lead("==== 1944–1946: Portugal ====\n\nOn 17 September 1939, the Soviet Union invaded Portugal from the east. "
            + "Soviet forces occupied eastern Portugal until the summer of 1941, when they were driven out by the Spaniards. "
            + "The area was under Spanish occupation until the Red Army reconquered it in the summer of 1944. "
            + "After the war, the USSR signed a border agreement with the Soviet-installed Portuguese government on 16 August 1945.");

        Assert.Equal("[Eastern Portugal] was under Spanish occupation until the Red Army reconquered it in the summer of 1944.", lead[0]);
    }

    [Fact]
    public void A_sentence_opening_on_the_area_after_one_naming_no_such_place_does_not_lead() =>
        Assert.DoesNotContain(Lead("==== 1944–1946: Portugal ====\n\nSoviet forces moved west in 1941. "
            + "The area was under Spanish occupation until the Red Army reconquered Portugal in the summer of 1944."), l => l.StartsWith('['));

    [Fact]
    public void An_undated_act_opens_the_lead_and_the_kind_the_place_and_the_headings_years_follow_it()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nThe Soviet Union sent arms and advisers to the rebels of Albania.");

        Assert.Equal(2, lead.Count);
        Assert.Equal("The Soviet Union sent arms and advisers to the rebels of Albania.", lead[0]);
        Assert.StartsWith("The Soviet", lead[1]);
        Assert.Contains("Albania", lead[1]);
        Assert.Contains("1961", lead[1]);
        Assert.Contains("1964", lead[1]);
    }

    [Fact]
    public void An_act_that_says_neither_where_nor_when_follows_the_frame_that_says_both()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nThe Soviet Union sent arms and advisers to the rebels.");

        Assert.Equal(2, lead.Count);
        Assert.StartsWith("The Soviet", lead[0]);
        Assert.Contains("Albania", lead[0]);
        Assert.Equal("The Soviet Union sent arms and advisers to the rebels.", lead[1]);
    }

    [Fact]
    public void A_sentence_saying_neither_when_nor_where_gives_way_to_one_that_says_both()
    {
        var lead = Lead("==== 1961–1962: Albania ====\n\nThe Soviet Union annexed the border districts. "
            + "On 3 May 1962 the Soviet-installed government of Albania signed a treaty with Moscow.");

        Assert.Equal(["On 3 May 1962 the Soviet-installed government of Albania signed a treaty with Moscow."], lead);
    }

    [Fact]
    public void A_long_sentence_is_left_to_the_narrative_when_shorter_ones_can_follow_the_first()
    {
        var lead = Lead("==== 1961: Albania ====\n\nOn 3 March 1961 Soviet troops invaded Albania. "
            + "On 9 March 1961 Soviet troops occupied the coast of Albania, although the garrisons of the northern hill towns, cut off from the capital "
            + "and short of food and ammunition, held out for several more weeks in the snow while their officers argued among themselves over whether "
            + "to surrender, to fight on or to flee across the mountains. On 12 March 1961 Soviet troops captured the capital of Albania.");

        Assert.Equal(["On 3 March 1961 Soviet troops invaded Albania.", "On 12 March 1961 Soviet troops captured the capital of Albania."], lead);
    }

    [Theory]
    [InlineData("On the evening of 27 June 1940 he handed the Albanian minister in Moscow an ultimatum: Albania was to give up its border districts.")]
    [InlineData("On 27 June, he handed the Albanian minister in Moscow an ultimatum: Albania was to give up its border districts.")]
    public void A_sentence_whose_subject_is_a_pronoun_after_its_date_does_not_open_the_lead(string pronounSentence)
    {
        var lead = Lead("==== 1940: Albania ====\n\nMolotov called the Albanian minister in. " + pronounSentence + " On 28 June 1940 Soviet troops invaded Albania.");

        Assert.DoesNotContain(lead, s => s.Contains(" he handed", StringComparison.Ordinal));
        Assert.Contains("On 28 June 1940 Soviet troops invaded Albania.", lead);
    }

    [Fact]
    public void A_table_row_gives_way_to_a_sentence_in_the_lead()
    {
        var lead = Lead("==== 1961: Albania ====\n\n{| class=\"wikitable\"\n! Years !! State !! Country !! Notes\n|-\n"
            + "| 1961 || Soviet Union || Albania || Soviet missiles and troops were deployed to Albania at the government's request\n|}\n\n"
            + "The Soviet Union sent arms to the government of Albania.");

        Assert.StartsWith("The Soviet Union sent arms", lead[0]);
        Assert.DoesNotContain(lead, l => l.Contains("; Soviet Union;", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_dated_in_its_own_sentence_and_naming_the_place_needs_no_frame()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nIn March 1961 Soviet troops invaded Albania.");

        Assert.Equal(["In March 1961 Soviet troops invaded Albania."], lead);
    }

    [Fact]
    public void A_dated_act_joins_an_undated_one_before_any_frame()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nSoviet troops invaded Albania to back the rebels. Many towns burned. "
            + "In May 1962 Soviet troops occupied the capital of Albania.");

        Assert.Contains("In May 1962 Soviet troops occupied the capital of Albania.", lead);
        Assert.DoesNotContain(lead, l => l.Contains(" took place in ", StringComparison.Ordinal) || l.Contains(" lasted from ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_dates_another_subjects_act_by_the_soviet_one_does_not_lead()
    {
        var lead = Lead("==== 1961: Albania ====\n\nOn 3 March 1961 Soviet troops invaded Albania. "
            + "On 5 March 1961, two days after the Soviet troops had crossed the border, the parliament of Albania declared a state of emergency.");

        Assert.Equal(["On 3 March 1961 Soviet troops invaded Albania."], lead);
    }

    [Fact]
    public void The_same_act_on_the_same_place_in_the_same_month_is_told_once()
    {
        var lead = Lead("==== 1961: Albania ====\n\nThe Soviet Union occupied Albania in June 1961. On 15 June, the Soviet Union occupied Albania without resistance.");

        Assert.Single(lead, l => l.Contains("occupied Albania", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_dated_outside_the_episodes_years_does_not_say_when()
    {
        var lead = Lead("==== 1961–1962: Albania ====\n\nSoviet troops invaded Albania, and between 1971 and 1975 the Soviet Union sent it more arms.");

        Assert.Contains(lead, l => l.Contains("1961", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Simultaneously")]
    [InlineData("At the same time")]
    public void A_sentence_told_alongside_the_one_before_never_leads(string opening)
    {
        var lead = Lead($"==== 1961: Albania ====\n\nOn 3 March 1961 Soviet troops invaded Albania. {opening}, Stalin set up a puppet government in Albania.");

        Assert.DoesNotContain(lead, l => l.StartsWith(opening, StringComparison.Ordinal));
        Assert.Contains("On 3 March 1961 Soviet troops invaded Albania.", lead);
    }

    [Fact]
    public void A_day_and_month_whose_year_comes_from_the_sentence_before_gets_it_in_brackets()
    {
        var lead = Lead("==== 1961: Albania ====\n\nTension grew in May 1961. On 15 June, Soviet troops invaded Albania.");

        Assert.Contains("On 15 June [1961], Soviet troops invaded Albania.", lead);
    }

    [Theory]
    [InlineData("On 15 June, the Red Army crossed the border.", 1961, 6, "On 15 June [1961], the Red Army crossed the border.")]
    [InlineData("Finally, on June 26, the Soviet Union issued an ultimatum.", 1940, 6, "Finally, on June 26 [1940], the Soviet Union issued an ultimatum.")]
    [InlineData("On 15 June 1961, the Red Army crossed the border.", 1961, 6, "On 15 June 1961, the Red Army crossed the border.")]
    [InlineData("The Red Army crossed the border.", 1961, null, "The Red Army crossed the border.")]
    [InlineData("Between 3 March and 30 April, the Red Army held the pass.", 1945, 4, "Between 3 March and 30 April [1945], the Red Army held the pass.")]
    [InlineData("From March 3 to April 30, the Red Army held the pass.", 1945, 4, "From March 3 to April 30 [1945], the Red Army held the pass.")]
    [InlineData("Marshal Konev's April offensive reached Berlin.", 1945, 4, "Marshal Konev's April [1945] offensive reached Berlin.")]
    public void Only_a_yearless_day_and_month_is_given_its_year(string sentence, int year, int? month, string expected) =>
        Assert.Equal(expected, SovietInterventions.Core.Import.Entries.LeadYear.Added(sentence, new SovietInterventions.Core.Model.PartialDate(year, month, null)));

    [Fact]
    public void A_sentence_about_another_countrys_people_does_not_lead_when_one_about_the_place_can()
    {
        var lead = Lead("==== 1961: Albania ====\n\nIn June 1961 Soviet troops invaded Albania. In July 1961 Soviet police deported 3,000 Latvians and Estonians.");

        Assert.Contains("In June 1961 Soviet troops invaded Albania.", lead);
        Assert.DoesNotContain(lead, l => l.Contains("Latvians", StringComparison.Ordinal));
    }

    [Fact]
    public void When_no_sentence_names_the_place_one_naming_the_side_the_soviet_union_took_says_to_whom()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nAbout 300 Soviet instructors were deployed to the area in 1962. The guerrillas of the north took advice from their Soviet advisers.");

        Assert.Contains("The guerrillas of the north took advice from their Soviet advisers.", lead);
        Assert.Contains("About 300 Soviet instructors were deployed to the area in 1962.", lead);
    }

    [Fact]
    public void An_act_told_in_another_episodes_section_does_not_lead_when_the_episodes_own_section_has_one()
    {
        var import = EpisodeBuilderTests.Import(("a.wiki", "= Interventions =\n\n==== 1961–1964: Albania ====\n\n"
            + "The Soviet Union armed the rebels of Albania with rifles and mortars.\n\n==== 1962: Greece ====\n\n"
            + "Soviet troops invaded Greece in May 1962. The Soviet Union entered Albania on 3 March 1962, after its border posts were left empty.\n"));
        var albania = import.Episodes.Single(e => e.Draft.Place == "Albania");

        Assert.NotEmpty(albania.Facts.Lead);
        Assert.DoesNotContain(albania.Facts.Lead, l => l.Text.Contains("entered Albania", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_answers_one_not_shown_gives_way_to_one_that_stands_alone()
    {
        var lead = Lead("==== 1961: Albania ====\n\nIn March 1961 Soviet troops occupied the ports of Albania. "
            + "The rebels seized a radio station. The Soviet leadership responded by sending tanks into Albania in May 1961.");

        Assert.Equal(["In March 1961 Soviet troops occupied the ports of Albania."], lead);
    }

    [Fact]
    public void A_sentence_that_answers_the_one_before_it_leads_after_it_and_after_the_frame_that_says_what_the_soviet_side_did()
    {
        var lead = Lead("==== 1961: Albania ====\n\nThe government of Albania kept the foreign garrison in the country in April 1961. "
            + "The Soviet Union responded by invading the country in May 1961.");

        // The first sentence says what the Soviet side did: the heading's frame, before the context the act answers.
        Assert.Equal(3, lead.Count);
        Assert.StartsWith("The Soviet invasion of Albania", lead[0]);
        Assert.Equal(["The government of Albania kept the foreign garrison in the country in April 1961.",
            "The Soviet Union responded by invading the country in May 1961."], lead.Skip(1));
    }

    [Fact]
    public void An_act_that_opens_by_comparing_it_with_acts_told_before_follows_the_frame()
    {
        var lead = Lead("==== 1944–1945: Albania ====\n\nApart from the pact and the partition the USSR also annexed the border districts of Albania in 1945.");

        Assert.Equal(["The Soviet occupation of Albania lasted from 1944 to 1945.",
            "Apart from the pact and the partition the USSR also annexed the border districts of Albania in 1945."], lead);
    }

    [Fact]
    public void A_lead_that_tells_only_the_last_year_of_a_long_episode_opens_with_the_frame()
    {
        var lead = Lead("==== 1961–1965: Albania ====\n\nOn 15 February 1965 the last Soviet troops occupying Albania crossed the river home.");

        Assert.Equal("The Soviet occupation of Albania lasted from 1961 to 1965.", lead[0]);
    }

    [Fact]
    public void An_occupation_a_source_ends_before_its_headings_last_year_is_said_only_to_have_begun()
    {
        var lead = Lead("==== 1945–1953: Albania ====\n\nThe Soviet Union forbade elections in the north of Albania. "
            + "Soviet forces departed from Albania in 1948, and the war broke out later.");

        Assert.Contains("The Soviet occupation of Albania began in 1945.", lead);
        Assert.DoesNotContain(lead, l => l.Contains(" lasted from ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_occupation_a_source_also_ends_in_its_headings_last_year_lasted_to_it()
    {
        var lead = Lead("==== 1945–1953: Albania ====\n\nThe Soviet Union forbade elections in the north of Albania. "
            + "Some Soviet forces departed from Albania in 1948. The last Soviet forces departed from Albania in 1953.");

        Assert.Contains("The Soviet occupation of Albania lasted from 1945 to 1953.", lead);
    }

    [Fact]
    public void A_lead_that_tells_the_second_year_of_a_two_year_episode_opens_with_its_own_sentence()
    {
        var lead = Lead("==== 1964–1965: Albania ====\n\nOn 15 February 1965 Soviet troops occupied Albania.");

        Assert.StartsWith("On 15 February 1965", lead[0]);
    }

    [Fact]
    public void An_act_whose_comparison_is_set_off_by_a_comma_leads_without_it()
    {
        var lead = Lead("==== 1944–1945: Albania ====\n\nApart from the pact and the partition, the USSR also annexed the border districts of Albania in 1945.");

        Assert.Equal("[T]he USSR also annexed the border districts of Albania in 1945.", lead[0]);
    }

    [Fact]
    public void Context_too_long_to_share_three_sentences_with_the_frame_gives_way_to_it_and_the_lead_opens_with_what_the_soviet_side_did()
    {
        var lead = Lead("==== 1961: Albania ====\n\nThe government of Albania left the alliance in April 1961. "
            + "Despite this it kept the foreign garrison in the country. The Soviet Union responded by invading the country in May 1961.");

        Assert.Equal(["The Soviet invasion of Albania took place in 1961.", "The Soviet Union responded by invading the country in May 1961."], lead);
    }

    [Fact]
    public void A_sentence_leaning_on_the_one_before_leads_with_it_when_it_tells_an_earlier_act_than_any_other_as_good()
    {
        var lead = Lead("==== 1961–1963: Albania ====\n\nThe defeat of Albania in the spring war of 1961 was its neighbour's doing. "
            + "Within weeks the Soviet Union sent advisers to Albania, and its envoy arrived in the capital on 21 June 1961.\n\n"
            + "In March 1963 the Soviet Union sent arms to Albania.");

        Assert.StartsWith("The Soviet military aid to Albania", lead[0]);
        Assert.Equal(["The defeat of Albania in the spring war of 1961 was its neighbour's doing.",
            "Within weeks the Soviet Union sent advisers to Albania, and its envoy arrived in the capital on 21 June 1961."], lead.Skip(1));
    }

    [Fact]
    public void A_sentence_that_answers_one_before_it_not_about_the_episode_is_kept_only_as_the_last_resort()
    {
        var lead = Lead("==== 1961: Albania ====\n\nThe harvest failed that spring. The Soviet Union responded by invading the country in May 1961.");

        // It leans on what the lead does not show: the heading's frame opens, saying what the Soviet side did.
        Assert.Equal(["The Soviet invasion of Albania took place in 1961.", "The Soviet Union responded by invading the country in May 1961."], lead);
    }

    [Fact]
    public void An_opening_connective_is_left_out_with_the_new_first_letter_in_brackets()
    {
        var lead = Lead("==== 1961: Albania ====\n\nThe border stayed quiet. As well, in March 1961 the Soviet Union sent a spy ring into Albania.");

        Assert.Equal(["[I]n March 1961 the Soviet Union sent a spy ring into Albania."], lead);
    }

    [Fact]
    public void A_lead_about_a_city_in_the_place_opens_with_the_citys_fall_and_names_the_whole_after_it()
    {
        var lead = Lead("==== 1961: Albania ====\n\nOn 3 March 1961 Durrës fell to the Red Army, although the rebels held out in the hills.");

        Assert.Equal("On 3 March 1961 Durrës fell to the Red Army, although the rebels held out in the hills.", lead[0]);
        Assert.StartsWith("The Soviet", lead[1]);
        Assert.Contains("Albania", lead[1]);
    }

    [Fact]
    public void A_lead_about_a_city_that_only_mentions_the_soviet_side_opens_with_the_whole()
    {
        var lead = Lead("==== 1961: Albania ====\n\nOn 3 March 1961 Durrës proclaimed a republic, which lived under the protection of Soviet garrisons.");

        Assert.StartsWith("The Soviet", lead[0]);
        Assert.Equal("On 3 March 1961 Durrës proclaimed a republic, which lived under the protection of Soviet garrisons.", lead[1]);
    }

    [Fact]
    public void A_sentence_shown_before_the_act_that_leans_on_it_opens_the_lead_without_the_frame_when_it_states_a_soviet_act_itself()
    {
        var lead = Lead("==== 1944–1946: Albania ====\n\nSoviet forces occupied northern Albania until the summer of 1941, when they were driven out by the Germans. "
            + "The area was under German occupation until the Red Army reconquered it in the summer of 1944.");

        Assert.Equal(["Soviet forces occupied northern Albania until the summer of 1941, when they were driven out by the Germans.",
            "The area was under German occupation until the Red Army reconquered it in the summer of 1944."], lead);
    }

    [Fact]
    public void Context_that_tells_a_soviet_act_of_other_years_does_not_open_the_lead()
    {
        var lead = Lead("==== 1944–1946: Albania ====\n\nOn 17 September 1939, the Soviet Union invaded Albania from the east. "
            + "Soviet forces occupied northern Albania until the summer of 1941, when they were driven out by the Germans. "
            + "The area was under German occupation until the Red Army reconquered it in the summer of 1944. "
            + "After the war, the USSR signed a border agreement with the Soviet-installed Albanian government on 16 August 1945.");

        Assert.DoesNotContain(lead, l => l.Contains("1941", StringComparison.Ordinal));
        Assert.Contains(lead, l => l.Contains("16 August 1945", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_about_the_country_leads_before_one_about_a_city_in_it()
    {
        var lead = Lead("==== 1961: Albania ====\n\nOn 3 March 1961 Durrës fell to the Red Army. On 3 March 1961 Albania fell to the Red Army.");

        Assert.Equal(["On 3 March 1961 Albania fell to the Red Army."], lead);
        Assert.DoesNotContain(lead, l => l.Contains("Durrës", StringComparison.Ordinal));
    }

    [Fact]
    public void A_footnote_mark_after_a_full_stop_is_not_shown()
    {
        var lead = Lead("==== 1961: Albania ====\n\nIn March 1961 Soviet troops invaded Albania, as the minister had asked in Moscow.\u00b9");

        Assert.Equal(["In March 1961 Soviet troops invaded Albania, as the minister had asked in Moscow."], lead);
    }
}
