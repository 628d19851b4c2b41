using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

/// <summary>A wiki infobox with the Soviet side among its combatants is its editors' summary of the conflict.</summary>
public sealed class SourceInfoboxTests
{
    private const string Article = """
        {{Infobox military conflict
        | date       = 1961 – 1963
        | place      = northern Albania
        | result     = Soviet withdrawal
        | combatant1 = Soviet Union; Ruritanian People's Government
        | combatant2 = Albania
        }}
        The Albania crisis was a confrontation.

        ==Course==
        In March 1961 Soviet troops invaded Albania. In May 1963 the Soviet troops withdrew from Albania under an armistice.
        """;

    private static string? Row(InfoboxField field) =>
        Assert.Single(EpisodeBuilderTests.Import(("crisis.wiki", Article)).Episodes).Facts.Infobox.FirstOrDefault(r => r.Field == field)?.Value;

    [Fact]
    public void Its_result_replaces_the_result_the_claims_found() => Assert.Equal("Soviet withdrawal", Row(InfoboxField.Result));

    [Fact]
    public void Its_place_replaces_the_place_the_claims_found() => Assert.Equal("northern Albania", Row(InfoboxField.Place));

    [Fact]
    public void The_allies_in_the_soviet_column_are_not_soviet_forces() => Assert.Equal("Soviet Union", Row(InfoboxField.SovietForces));

    [Fact]
    public void It_says_nothing_of_an_episode_of_other_years_that_took_a_sentence_of_its_article()
    {
        var article = Article + "\n==Aftermath==\nThe pact kept the peace until August 1975, when Soviet forces attacked Portugal.\n";
        var later = Assert.Single(EpisodeBuilderTests.Import(("crisis.wiki", article)).Episodes, e => e.Draft.StartYear == 1975);
        Assert.DoesNotContain(later.Facts.Infobox, r => r.Value is "northern Albania" or "Soviet withdrawal");
    }
}
