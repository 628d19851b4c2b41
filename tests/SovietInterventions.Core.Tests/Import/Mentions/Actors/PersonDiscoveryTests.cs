using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>People the gazetteer lacks, found after the titles and descriptors of data/actor-titles.json.</summary>
public sealed class PersonDiscoveryTests
{
    private static IReadOnlyList<ActorEntry> Learn(params string[] texts)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        return finder.Learned;
    }

    [Theory]
    [InlineData("A commune was proclaimed in the town under the old Bolshevik Ion Popescu.", "Ion Popescu")]
    [InlineData("Then the young Jadid reformer Ion Popescu took charge.", "Ion Popescu")]
    [InlineData("A republic was set up with Ion Popescu, a twenty-four-year-old reformer, as its head.", "Ion Popescu")]
    [InlineData("A commune was announced there, chaired by Ion Popescu.", "Ion Popescu")]
    public void A_name_after_a_party_label_a_reformer_or_chaired_by_is_a_person(string text, string name)
    {
        var person = Assert.Single(Learn(text), a => a.Name == name);
        Assert.Equal(ActorType.Person, person.Type);
    }

    [Theory]
    [InlineData("The Bolshevik Party took power and the Bolshevik Revolution spread.")]
    [InlineData("The meeting was chaired by the Central Committee.")]
    public void A_party_label_or_chaired_by_before_no_name_makes_no_one(string text)
    {
        Assert.DoesNotContain(Learn(text), a => a.Type == ActorType.Person);
    }

    [Fact]
    public void An_emir_before_a_name_that_ends_in_khan_is_no_part_of_the_name()
    {
        var learned = Learn("Emir Ion Popescu Khan escaped eastwards into the hills.");

        Assert.Contains(learned, a => a.Name == "Ion Popescu Khan");
        Assert.DoesNotContain(learned, a => a.Name.StartsWith("Emir", StringComparison.Ordinal));
    }
}
