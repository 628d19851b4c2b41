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
}
