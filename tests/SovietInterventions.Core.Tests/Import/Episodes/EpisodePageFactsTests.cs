using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>What an episode page shows from its claims: lead, infobox, roles, side and kind.</summary>
public sealed class EpisodePageFactsTests
{
    [Fact]
    public void The_lead_states_the_soviet_act_in_time_order_and_skips_a_sentence_that_refers_back()
    {
        var article = "An article\n\nWith his death, Soviet forces installed a new leader in Afghanistan in December 1979. " +
            "In February 1980 Soviet troops occupied the cities of Afghanistan. " +
            "On 27 December 1979 Soviet troops invaded Afghanistan.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(["On 27 December 1979 Soviet troops invaded Afghanistan.", "In February 1980 Soviet troops occupied the cities of Afghanistan."],
            episode.Facts.Lead.Select(l => l.Text));
        Assert.DoesNotContain(episode.Facts.Lead, l => l.Text.StartsWith("With", StringComparison.Ordinal));
    }

    [Fact]
    public void Aid_to_a_government_makes_it_a_supported_government_not_a_target()
    {
        var article = "An article\n\nIn 1967 the Soviet Union supplied jets to the federal government of Nigeria. " +
            "In 1968 Soviet pilots flew for the federal government of Nigeria.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(EpisodeKind.MilitaryAid, episode.Facts.Kind);
        Assert.Equal(SovietSide.Government, episode.Facts.Side);
        Assert.Contains(episode.Facts.Countries, c => c.Country == "nigeria" && c.Role == CountryRole.SupportedGovernment);
    }

    [Fact]
    public void Military_aid_to_a_place_with_no_side_named_supports_its_government()
    {
        var article = "An article\n\nIn 1962 the Soviet Union supplied missiles to Cuba. In 1963 Soviet advisers trained the army of Cuba.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(EpisodeKind.MilitaryAid, episode.Facts.Kind);
        Assert.Contains(episode.Facts.Countries, c => c.Country == "cuba" && c.Role == CountryRole.SupportedGovernment);
        Assert.DoesNotContain(episode.Facts.Countries, c => c.Role == CountryRole.Target);
    }

    [Theory]
    [InlineData("Soviet troops", null)]
    [InlineData("The Red Army", "Red Army")]
    public void The_soviet_forces_row_names_a_body_not_just_the_soviet_side(string agent, string? row)
    {
        var article = $"An article\n\nIn June 1940 {agent} occupied Estonia. In August 1940 Estonia was annexed by the Soviet Union.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(row, episode.Facts.Infobox.FirstOrDefault(r => r.Field == InfoboxField.SovietForces)?.Value);
    }

    [Fact]
    public void Aid_to_a_named_government_wins_a_tie_with_an_invasion_word()
    {
        var article = "An article\n\nIn 1971 the Soviet Union supplied rifles to the government of Chad. " +
            "In 1972 rebel towns in Chad were bombed by Soviet aircraft.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        if (episode.Facts.Side == SovietSide.Government)
        {
            Assert.Equal(EpisodeKind.MilitaryAid, episode.Facts.Kind);
            Assert.Contains(episode.Facts.Countries, c => c.Country == "chad" && c.Role == CountryRole.SupportedGovernment);
        }
        else Assert.Fail($"the side was not read: {episode.Facts.Side}, kind {episode.Facts.Kind}");
    }

    [Fact]
    public void Allies_whose_troops_took_part_are_participants_and_the_infobox_names_the_soviet_forces()
    {
        var article = "An article\n\nOn 21 August 1968 Soviet, Polish and Hungarian troops invaded Czechoslovakia.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(["czechoslovakia"], episode.Facts.Countries.Where(c => c.Role == CountryRole.Target).Select(c => c.Country));
        Assert.Equal(["hungary", "poland"], episode.Facts.Countries.Where(c => c.Role == CountryRole.Participant).Select(c => c.Country));
        Assert.Contains(episode.Facts.Infobox, r => r.Field == InfoboxField.Place && r.Passage.Text.Contains("invaded", StringComparison.Ordinal));
        // No sentence says whose side the Soviet Union took or who fought back: those rows are absent, not guessed.
        Assert.DoesNotContain(episode.Facts.Infobox, r => r.Field is InfoboxField.Side or InfoboxField.Opponents);
        Assert.Equal(SovietSide.Occupation, episode.Facts.Side);
    }

    [Fact]
    public void The_kind_counts_only_claims_in_which_the_soviet_side_acts()
    {
        var article = "An article\n\nIn 1978 Vietnam invaded Cambodia. In 1978 the Soviet Union armed Vietnam for its war in Cambodia. " +
            "In 1979 the Soviet Union supplied Vietnam with weapons.\n";
        var episodes = EpisodeBuilderTests.Import(("a.txt", article)).Episodes;
        Assert.All(episodes, e => Assert.Equal(EpisodeKind.MilitaryAid, e.Facts.Kind));
        Assert.NotEmpty(episodes);
        Assert.All(episodes.SelectMany(e => e.Facts.Lead), l => Assert.Contains("Soviet", l.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_of_the_act_does_not_lead_when_a_sentence_states_it()
    {
        var article = "An article\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia. " +
            "Years later a speaker recalled the Soviet Invasion of Czechoslovakia on its anniversary.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(["On 21 August 1968 Soviet troops invaded Czechoslovakia."], episode.Facts.Lead.Select(l => l.Text));
    }

    [Fact]
    public void An_invasion_does_not_side_with_the_government_it_backed_afterwards()
    {
        var article = "An article\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia. On 22 August 1968 Soviet tanks entered Prague. " +
            "In 1969 the Soviet Union supported the new government of Czechoslovakia.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal((EpisodeKind.Invasion, SovietSide.Occupation), (episode.Facts.Kind, episode.Facts.Side));
        Assert.DoesNotContain(episode.Facts.Infobox, r => r.Field == InfoboxField.Side);
        Assert.DoesNotContain(episode.Facts.Countries, c => c.Role == CountryRole.SupportedGovernment);
    }

    [Fact]
    public void Aid_whose_side_a_source_names_as_the_guerrillas_is_support_for_an_insurgency()
    {
        var article = "An article\n\nIn 1967 the Soviet Union supplied rifles to the guerrillas in Rhodesia. " +
            "In 1968 the Soviet Union sent advisers to Rhodesia. In 1969 the Soviet Union supplied trucks to Rhodesia.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal((EpisodeKind.InsurgencySupport, SovietSide.Opposition), (episode.Facts.Kind, episode.Facts.Side));
    }

    [Fact]
    public void Aid_to_the_state_that_invaded_the_place_makes_that_state_a_supported_government_beside_the_target()
    {
        var article = "An article\n\nIn 1978 Vietnam invaded Cambodia. In 1978 the Vietnamese invasion of Cambodia was supported by the Soviet Union. " +
            "In 1979 the Vietnamese war in Cambodia was financed by the Soviet Union.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(EpisodeKind.MilitaryAid, episode.Facts.Kind);
        Assert.Contains(episode.Facts.Countries, c => c.Country == "cambodia" && c.Role == CountryRole.Target);
        Assert.Contains(episode.Facts.Countries, c => c.Country == "vietnam" && c.Role == CountryRole.SupportedGovernment);
    }

    [Fact]
    public void A_blockade_is_its_own_kind()
    {
        var article = "An article\n\nIn June 1948 Soviet forces blockaded West Berlin. In May 1949 Stalin lifted the blockade of West Berlin.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal(EpisodeKind.Blockade, episode.Facts.Kind);
        Assert.Null(episode.Facts.Side);
    }
}
