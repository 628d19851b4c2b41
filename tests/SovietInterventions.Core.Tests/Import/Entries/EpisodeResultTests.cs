using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

/// <summary>An infobox result states how the episode ended, or is absent.</summary>
public sealed class EpisodeResultTests
{
    private static string? Result(string section) =>
        Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n{section}\n")).Episodes).Facts.Infobox
            .FirstOrDefault(r => r.Field == InfoboxField.Result)?.Value;

    [Fact]
    public void A_withdrawal_in_a_long_episodes_first_year_is_no_result() =>
        Assert.Null(Result("==== 1961–1963: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. In May 1961 the Soviet order to withdraw from the coast came too late."));

    [Fact]
    public void A_withdrawal_in_a_later_year_is_the_result() =>
        Assert.Equal("In May 1963 the Soviet troops withdrew from Albania.",
            Result("==== 1961–1963: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. In May 1963 the Soviet troops withdrew from Albania."));

    [Theory]
    [InlineData("On 2 May 1961, two days after Ruritania had signed an armistice, the Soviet Union invaded Albania.")]
    [InlineData("The Soviet Union invaded Albania on 2 May 1961, the day of the Ruritanian surrender.")]
    public void Another_sides_armistice_or_surrender_is_no_result(string text) =>
        Assert.Null(Result($"==== 1961: Albania ====\n\n{text}"));

    [Fact]
    public void A_writers_comment_before_a_colon_is_left_out_of_the_result() =>
        Assert.Equal("In May 1963 the Soviet troops withdrew from Albania.",
            Result("==== 1961–1963: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. The rest is quickly told: in May 1963 the Soviet troops withdrew from Albania."));

    [Fact]
    public void A_colon_after_a_date_or_an_agent_is_part_of_the_result() =>
        Assert.Equal("In May 1963: the Soviet troops withdrew from Albania.",
            Result("==== 1961–1963: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. In May 1963: the Soviet troops withdrew from Albania."));

    [Fact]
    public void A_withdrawal_in_a_one_year_episode_is_the_result_only_when_its_own_sentence_dates_it() =>
        Assert.Null(Result("==== 1961: Albania ====\n\nOn 3 August 1961 the envoys met in Tirana. The envoys affirmed their loyalty. After the conference, the Soviet troops withdrew from Albania. On 21 August 1961 Soviet troops invaded Albania."));

    [Fact]
    public void A_dated_withdrawal_in_a_one_year_episode_is_the_result() =>
        Assert.Equal("In December 1961 the Soviet troops withdrew from Albania.",
            Result("==== 1961: Albania ====\n\nOn 21 August 1961 Soviet troops invaded Albania. In December 1961 the Soviet troops withdrew from Albania."));

    [Fact]
    public void A_long_result_keeps_its_main_clause_and_ends_at_a_clause_break() =>
        Assert.Equal("The Soviet Union crushed the rising in Albania on 4 November 1963, and fought the Albanian rebels until its victory on 10 November 1963.",
            Result("==== 1961–1963: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. Although at first it had begun the withdrawal of the Soviet Army from"
                + " Albania, the Soviet Union crushed the rising in Albania on 4 November 1963, and fought the Albanian rebels until its victory on 10 November 1963;"
                + " the repression killed thousands of Albanians and hundreds of Soviet soldiers in the capital and in the provinces, and drove many thousands of Albanians to seek refuge abroad in the years that followed."));

    [Fact]
    public void A_withdrawal_announced_for_later_is_no_result() =>
        Assert.Null(Result("==== 1961–1965: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. In May 1963 the Soviet leader announced the Soviet army would begin a withdrawal from Albania."));
}
