using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>A passage about another episode's time or story joins that episode or none; a restated one is told once.</summary>
public sealed class OtherEpisodePassagesTests
{
    private static IEnumerable<string> Told(ImportModel model, string target) =>
        model.Episodes.Single(e => e.Draft.Targets.Contains(target)).Draft.Passages.Where(p => !p.IsHeading).Select(p => p.Text);

    private const string OccupationSection = """
        = Interventions =

        ==== 1951–1953: Austria ====

        On 4 May 1946, the Soviet Union invaded Austria from the north and took the capital within a week.

        The Red Army met little resistance, and thousands of officers were taken prisoner.

        Soviet forces returned in the spring of 1951 and occupied the whole country until 1953.
        """;

    [Fact]
    public void A_passage_of_a_section_telling_an_act_years_before_its_episode_joins_the_episode_of_those_years()
    {
        var notes = "# Notes\n\n## Austria, 1946\n\nIn May 1946 Soviet troops invaded Austria.\n";
        var model = TestImport.Of(("a.wiki", OccupationSection), ("n.md", notes));

        var later = model.Episodes.Single(e => e.Draft.StartYear == 1951).Draft.Passages.Select(p => p.Text).ToList();
        var earlier = model.Episodes.Single(e => e.Draft.StartYear == 1946).Draft.Passages.Select(p => p.Text).ToList();
        Assert.DoesNotContain(later, t => t.Contains("4 May 1946") || t.Contains("prisoner"));
        Assert.Contains(earlier, t => t.Contains("4 May 1946"));
        Assert.Contains(earlier, t => t.Contains("prisoner"));
        Assert.Contains(later, t => t.Contains("spring of 1951"));
    }

    [Fact]
    public void A_section_whose_only_acts_joined_another_episode_is_no_episode_of_its_own()
    {
        const string wiki = """
            = Interventions =

            ==== 1951–1953: Austria ====

            On 4 May 1946, the Soviet Union invaded Austria from the north and took the capital within a week.

            The Red Army met little resistance, and thousands of officers were taken prisoner.
            """;
        var notes = "# Notes\n\n## Austria, 1946\n\nIn May 1946 Soviet troops invaded Austria.\n";
        var model = TestImport.Of(("a.wiki", wiki), ("n.md", notes));

        var episode = Assert.Single(model.Episodes);
        Assert.Equal((1946, 1946), (episode.Draft.StartYear, episode.Draft.EndYear));
    }

    [Fact]
    public void With_no_episode_of_those_years_an_invasion_dated_to_its_day_founds_one()
    {
        var model = TestImport.Of(("a.wiki", OccupationSection));

        var earlier = model.Episodes.Single(e => e.Draft.StartYear == 1946 && e.Draft.EndYear == 1946).Draft.Passages.Select(p => p.Text).ToList();
        Assert.Contains(earlier, t => t.Contains("4 May 1946"));
        Assert.Contains(earlier, t => t.Contains("prisoner"));
        Assert.Contains(model.Episodes, e => e.Draft.StartYear == 1951);
    }

    [Fact]
    public void The_founded_episode_is_defined_by_the_sentence_and_a_passage_giving_other_years_founds_none()
    {
        var founded = TestImport.Of(("a.wiki", OccupationSection)).Episodes.Single(e => e.Draft.StartYear == 1946).Draft;
        Assert.Contains(founded.DefinedBy, d => d.Source == "a.wiki (line 5)");

        var wider = OccupationSection.Replace("within a week.", "within a week, as it would again in 1949.");
        Assert.Single(TestImport.Of(("a.wiki", wider)).Episodes, e => e.Draft.Targets.Contains("austria"));
    }

    [Fact]
    public void An_invasion_in_another_year_whose_sentence_names_no_place_founds_no_episode_of_the_sections_country()
    {
        var model = TestImport.Of(("a.wiki", OccupationSection.Replace("On 4 May 1946, the Soviet Union invaded Austria from the north",
            "Past Berlin in June 1946, when Soviet tank columns moved toward the capital,")));

        Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("austria"));
    }

    [Theory]
    [InlineData("In 1946, the Soviet Union invaded Austria from the north and took the capital within a week.")]
    [InlineData("On 4 May 1946, the Soviet Union sent weapons to Austria.")]
    [InlineData("On 4 May 1956, the governments that had taken part in the Soviet invasion of Austria apologised for it.")]
    public void An_act_dated_only_to_its_year_aid_or_an_act_after_the_episode_stays_in_its_section(string sentence)
    {
        var model = TestImport.Of(("a.wiki", OccupationSection.Replace("On 4 May 1946, the Soviet Union invaded Austria from the north and took the capital within a week.", sentence)));

        Assert.Contains(Told(model, "austria"), t => t.Contains(sentence[..12]));
        Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("austria"));
    }

    [Fact]
    public void A_sentence_dated_the_year_after_a_war_that_tells_another_sides_acts_is_the_next_war_not_the_aftermath()
    {
        var article = "Notes\n\nWhen the fighting began again in 1941, Finnish troops took back the lost land.\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("b.txt", article));

        Assert.DoesNotContain(Told(model, "finland"), t => t.Contains("took back"));
    }

    [Fact]
    public void A_sentence_dated_the_year_after_a_war_in_which_the_soviet_side_acts_is_its_aftermath()
    {
        var article = "Notes\n\nIn 1941 Soviet troops still held the bases taken from Finland.\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("b.txt", article));

        Assert.Contains(Told(model, "finland"), t => t.Contains("bases"));
    }

    [Fact]
    public void An_undated_sentence_in_which_the_soviet_union_is_invaded_joins_no_episode()
    {
        var article = "Notes\n\nThe Axis armies and Finland invaded the USSR, ending the pact between them.\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("b.txt", article));

        Assert.DoesNotContain(Told(model, "finland"), t => t.Contains("Axis"));
    }

    [Fact]
    public void A_list_item_dated_by_a_much_longer_span_does_not_continue_the_item_before_it()
    {
        var notes = "# Notes\n\n## Was it planned?\n\n- took a buffer zone in 1940 (Baltic states)\n- Arms output rose quickly in 1935-1941\n- the army had more tanks than any other\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("n.md", notes));

        Assert.Contains(Told(model, "estonia"), t => t.Contains("buffer"));
        Assert.DoesNotContain(Told(model, "estonia"), t => t.Contains("Arms output"));
        Assert.DoesNotContain(Told(model, "estonia"), t => t.Contains("tanks"));
    }

    [Fact]
    public void A_passage_restating_another_sources_passage_of_the_episode_is_told_once_and_still_cited()
    {
        const string wiki = """
            = Interventions =

            ==== 1941: Iran ====

            Soviet and British troops invaded Iran in August 1941. The aim of the invasion, called Operation Harbour, was to guard the southern oil wells and keep open the supply road for the Soviets fighting the Axis in the east.
            """;
        var article = "Notes\n\nThe aim of the invasion of Iran (called Operation Harbour) was to guard the southern oil wells and keep open the supply road for the Soviets fighting the Axis.\n";
        var model = TestImport.Of(("a.wiki", wiki), ("b.txt", article));
        var iran = model.Episodes.Single(e => e.Draft.Targets.Contains("iran")).Draft;

        Assert.Single(iran.Passages, p => !p.IsHeading && p.Text.Contains("oil wells"));
        Assert.Contains(iran.SharedPassages, p => p.Document.FileName == "b.txt");
    }

    [Fact]
    public void A_sentence_naming_only_another_episodes_country_at_its_years_is_that_episodes_event_not_this_ones()
    {
        const string wiki = """
            = Interventions =

            ==== 1945: Austria ====

            In April 1945 Soviet troops occupied Vienna and the east of Austria.

            ==== 1945: Germany ====

            On 16 April 1945 the Red Army attacked Germany across the Oder. On 30 March, the Red Army had entered Austria from the east.
            """;
        var model = TestImport.Of(("a.wiki", wiki));
        var germany = model.Episodes.Single(e => e.Draft.Targets.Contains("germany"));

        Assert.Contains(germany.Facts.Events, e => e.Text.Contains("Oder"));
        Assert.DoesNotContain(germany.Facts.Events, e => e.Text.Contains("entered Austria"));
    }

    [Fact]
    public void An_episode_told_only_inside_another_episodes_paragraph_has_the_dates_of_its_own_sentences()
    {
        const string wiki = """
            = Interventions =

            ==== 1945: Germany ====

            On 16 April 1945 the Red Army attacked Germany across the Oder. On 6 March the Germans struck back in Hungary. On 30 March, the Red Army entered Austria and captured Vienna on 13 April.
            """;
        var model = TestImport.Of(("a.wiki", wiki));
        var austria = model.Episodes.Single(e => e.Draft.Targets.Contains("austria"));

        var told = Assert.Single(austria.Facts.Events);
        Assert.Equal(new PartialDate(1945, 3, 30), told.Date);
        Assert.Contains("entered Austria", told.Text);
    }

    [Fact]
    public void An_act_on_another_countrys_people_under_a_heading_and_the_rest_of_its_paragraph_are_not_the_headings_episode()
    {
        const string notes = """
            Soviet notes

            Finland, 1918

            In 1918 the Red Army invaded Finland and fought the Whites near Tampere for three months.

            Estonia and the new republics

            In June 1940 the Soviet Union occupied Estonia and installed a new government in Tallinn.

            The occupied lands became Soviet republics. In the months that followed, the Soviets arrested some 5,000 Finnish citizens and deported them to the east. Most were sent to camps in the north. Few of them ever came back.
            """;

        var model = TestImport.Of(("n.txt", notes));

        var estonia = Told(model, "estonia").ToList();
        Assert.Contains(estonia, t => t.Contains("occupied Estonia"));
        Assert.DoesNotContain(estonia, t => t.Contains("Finnish citizens") || t.Contains("camps in the north") || t.Contains("Few of them"));
    }
}
