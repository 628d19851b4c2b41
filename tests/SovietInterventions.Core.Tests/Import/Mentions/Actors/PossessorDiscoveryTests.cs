using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>People the gazetteer lacks, found by what the text says they own, hold or are: possessions, placed titles, "as" and appositions.</summary>
public sealed class PossessorDiscoveryTests
{
    private static IReadOnlyList<ActorEntry> Learn(params string[] texts)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        return finder.Learned;
    }

    [Theory]
    [InlineData("Soviet tanks reached the coast for Tomas Varga Lind's government in 1971.", "Tomas Varga Lind")]
    [InlineData("The rebels fled before Anton Kerel's offensive.", "Anton Kerel")]
    [InlineData("Moscow armed the Popular Army of Anton Kerel.", "Anton Kerel")]
    [InlineData("On 3 May Anton Kerel’s bodyguards opened fire.", "Anton Kerel")]
    public void A_full_name_owning_a_government_an_army_or_an_offensive_is_a_person(string text, string name)
    {
        var person = Assert.Single(Learn(text), a => a.Name == name);
        Assert.Equal(ActorType.Person, person.Type);
    }

    [Theory]
    [InlineData("North Ruritania's government fell.")]
    [InlineData("The Red Army's offensive began.")]
    [InlineData("Kerel's government fell.")]
    [InlineData("The Mountain Republic's argument was weak.")]
    [InlineData("The country was governed under the Government of National Unity.")]
    public void A_country_a_force_a_lone_word_or_another_noun_owning_it_makes_no_person(string text)
    {
        Assert.DoesNotContain(Learn(text), a => a.Type == ActorType.Person);
    }

    [Fact]
    public void An_army_of_a_person_is_named_without_the_person()
    {
        var learned = Learn("The Sandinista Frontier Army of Anton Kerel used them against the rebels.");

        Assert.Contains(learned, a => a.Name == "Sandinista Frontier Army" && a.Type == ActorType.ArmedForce);
        Assert.DoesNotContain(learned, a => a.Name.Contains("of Anton", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In May the Soviet envoy in Ruritania, Anton Kerel, pressed for it.", "Anton Kerel")]
    [InlineData("Molotov handed the Ruritanian minister in Moscow, Anton Kerel, a note.", "Anton Kerel")]
    [InlineData("The talks ended with Anton Kerel as prime minister of a coalition.", "Anton Kerel")]
    [InlineData("The tribes loyal to Imam Yahya al-Kerel surrounded the town.", "Yahya al-Kerel")]
    [InlineData("Anton Kerel, the top Allied ace of the war, commanded the division.", "Anton Kerel")]
    public void A_placed_title_a_title_after_as_and_titles_of_clerics_and_airmen_give_the_name(string text, string name)
    {
        Assert.Contains(Learn(text), a => a.Name == name && a.Type == ActorType.Person);
    }

    [Fact]
    public void A_placed_title_before_a_lone_word_or_an_open_clause_gives_no_name()
    {
        Assert.DoesNotContain(Learn("The envoy in Moscow, Kerel, agreed.", "The minister in Paris, Soviet troops waited."), a => a.Type == ActorType.Person);
    }

    [Fact]
    public void An_acronym_with_an_article_in_apposition_to_an_army_is_that_army()
    {
        var army = Assert.Single(Learn("Soviet officers worked with the new national army, the KRPA, training brigades."), a => a.Name == "KRPA");
        Assert.Equal(ActorType.ArmedForce, army.Type);
    }
}
