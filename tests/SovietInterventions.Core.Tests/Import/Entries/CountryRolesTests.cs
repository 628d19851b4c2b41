using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

public class CountryRolesTests
{
    [Fact]
    public void A_state_joined_to_the_soviet_side_as_the_subject_of_an_invasion_is_a_participant()
    {
        var article = "An article\n\nIn 1941 the British Commonwealth and the Soviet Union invaded Iran.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);

        Assert.Equal(["united-kingdom"], episode.Facts.Countries.Where(c => c.Role == CountryRole.Participant).Select(c => c.Country));
        Assert.Contains(episode.Facts.Countries, c => c.Country == "iran" && c.Role == CountryRole.Target);
    }

    [Fact]
    public void A_country_named_only_as_a_persons_office_in_the_subject_is_no_participant()
    {
        var article = "An article\n\nIn 1968 Soviet troops invaded Czechoslovakia. " +
            "A later source was the Swedish ambassador to Czechoslovakia, who had heard from dissidents that Soviet troops had arrived in Czechoslovakia in August 1968.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);

        Assert.DoesNotContain(episode.Facts.Countries, c => c.Role == CountryRole.Participant);
    }

    [Fact]
    public void Aid_to_a_state_formed_only_after_the_episode_went_to_its_predecessor_allied_with_the_soviet_side()
    {
        var article = "An article\n\n== 1960–1970: Vietnam ==\nFrom 1960 to 1970 the Soviet Union sent military aid and advisers to Vietnam.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);

        var supported = Assert.Single(episode.Facts.Countries, c => c.Role == CountryRole.SupportedGovernment);
        Assert.Equal("north-vietnam", supported.Country);
        var later = Assert.Single(EpisodeBuilderTests.Import(("b.txt", article.Replace("1960", "1980").Replace("1970", "1985"))).Episodes);
        Assert.Equal("vietnam", Assert.Single(later.Facts.Countries, c => c.Role == CountryRole.SupportedGovernment).Country);
    }

    [Fact]
    public void Aid_to_the_places_a_sentence_names_goes_to_no_third_state()
    {
        var article = "An article\n\n== 1970–1972: Egypt ==\nFrom 1970 to 1972 the Soviet Union sent military aid and advisers to Egypt. In 1971 there was a Soviet airlift of arms to Egypt and Syria.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);

        Assert.Equal(["egypt"], episode.Facts.Countries.Select(c => c.Country));
    }
}
