namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>How loose claims make and widen episodes: a stay's opening year and its departure bound a long mission.</summary>
public sealed class ClaimClustersTests
{
    private static (int, int) Years(string article)
    {
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        return (episode.Draft.StartYear, episode.Draft.EndYear);
    }

    [Fact]
    public void A_mission_runs_from_the_year_its_stay_opens_to_the_year_its_last_advisers_leave() =>
        Assert.Equal((1976, 1989), Years("An article\n\nIn March 1977 the Soviet Union equipped the army of Portugal with tanks.\n\n" +
            "From 1976 Soviet military advisers trained the army of Portugal.\n\nThe last Soviet advisers left Portugal in 1989.\n"));

    [Fact]
    public void A_withdrawal_under_a_heading_of_later_years_does_not_end_an_earlier_episode_of_its_place()
    {
        var chapter = "# A chapter\n\n## Portugal, 1929\n\nIn October 1929 Soviet troops invaded Portugal.\n\n" +
            "## The north, 1934 and 1937\n\nMost of the Soviet troops went home from Portugal in the course of 1934.\n";

        var episode = Assert.Single(EpisodeBuilderTests.Import(("c.md", chapter)).Episodes);

        Assert.Equal((1929, 1929), (episode.Draft.StartYear, episode.Draft.EndYear));
        Assert.DoesNotContain(episode.Draft.Passages, p => p.Text.Contains("went home", StringComparison.Ordinal));
    }

    [Fact]
    public void A_withdrawal_under_a_heading_of_its_own_years_ends_an_episode_no_heading_dated()
    {
        var chapter = "# A chapter\n\nIn October 1929 Soviet troops invaded Portugal.\n\n" +
            "## The withdrawal, 1931\n\nThe last Soviet troops left Portugal in 1931.\n";

        var episode = Assert.Single(EpisodeBuilderTests.Import(("c.md", chapter)).Episodes);

        Assert.Equal((1929, 1931), (episode.Draft.StartYear, episode.Draft.EndYear));
        Assert.Contains(episode.Draft.Passages, p => p.Text.Contains("left Portugal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_earlier_year_of_aid_does_not_move_the_start() =>
        Assert.Equal((1977, 1977), Years("An article\n\nIn March 1977 the Soviet Union equipped the army of Portugal with tanks.\n\n" +
            "In 1976 Soviet military advisers trained the army of Portugal.\n"));

    [Fact]
    public void A_stay_opened_after_the_episode_began_does_not_move_its_end() =>
        Assert.Equal((1939, 1939), Years("An article\n\nIn March 1939 Soviet troops invaded Portugal.\n\n" +
            "From 1940 Soviet advisers trained the army of Portugal.\n"));

    [Fact]
    public void Advisers_withdrawn_years_later_do_not_stretch_an_invasion() =>
        Assert.Equal((1937, 1937), Years("An article\n\nIn December 1937 Soviet troops invaded Portugal.\n\n" +
            "A Soviet regiment remained at Porto until 1943, when the king broke with Moscow and the Soviet advisers were withdrawn from Portugal.\n"));

    [Fact]
    public void An_expulsion_of_the_soviet_personnel_ends_the_deployment() =>
        Assert.Equal((1970, 1973), Years("An article\n\nIn March 1970 Soviet air defence troops were deployed to Portugal.\n\n" +
            "In July 1973 the prime minister of Portugal expelled the Soviet advisers.\n"));

    [Fact]
    public void An_ending_goes_to_the_standing_episode_not_to_a_later_lone_year_of_aid() =>
        Assert.Equal((1981, 1990), Years("An article\n\nIn March 1981 Soviet arms deliveries to Portugal began.\n\n" +
            "From 1981 Soviet instructors trained the army of Portugal.\n\nIn 1985 the Soviet Union supplied Portugal with helicopters.\n\n" +
            "Moscow cut the deliveries back from 1988, and they ended in March 1990.\n"));

    [Fact]
    public void A_year_written_in_the_sentence_outranks_a_month_borrowed_from_the_sentence_before() =>
        Assert.Equal(1976, Years("An article\n\nSoviet arms deliveries and the first military advisers arrived in Portugal in 1976. " +
            "The Treaty of Friendship was signed in March 1977. Soviet advisers trained the army of Portugal.\n\n" +
            "The Soviet advisory mission in Portugal ended in 1990.\n").Item1);

    [Fact]
    public void A_claim_on_a_state_joins_its_successors_episode_of_the_same_year()
    {
        var episodes = EpisodeBuilderTests.Import(
            ("a.md", "# Notes\n\n## Manchuria, August 1945\n\nOn 9 August 1945 the Red Army attacked the Japanese army in Manchuria.\n"),
            ("b.txt", "An article\n\nOn 9 August 1945 three Soviet fronts advanced into Manchukuo.\n")).Episodes;
        var episode = Assert.Single(episodes);
        Assert.Equal(["a.md", "b.txt"], episode.Draft.Passages.Select(p => p.Document.FileName).Distinct().Order());
    }

    [Theory]
    [InlineData("in the spring of 1946", 1946)]
    [InlineData("in 1955", 1945)]
    public void Another_documents_withdrawal_the_year_after_a_headings_range_ends_the_stay_and_a_later_one_does_not(string when, int end)
    {
        var notes = "# Notes\n\n## Portugal, Aug–Sep 1945\n\n- 9 Aug: Soviet troops invade Portugal on three fronts.\n";
        var article = $"An article\n\nOn 9 August 1945 Soviet troops invaded Portugal.\n\nThe last Soviet troops left Portugal {when}.\n";

        var episode = Assert.Single(EpisodeBuilderTests.Import(("notes.md", notes), ("article.txt", article)).Episodes);

        Assert.Equal((1945, end), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
