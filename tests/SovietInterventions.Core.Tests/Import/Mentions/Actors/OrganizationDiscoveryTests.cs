using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>Organizations the gazetteer lacks, found by the head word that ends their name.</summary>
public sealed class OrganizationDiscoveryTests
{
    private static IReadOnlyList<ActorEntry> Learn(params string[] texts)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        return finder.Learned;
    }

    [Fact]
    public void A_known_bodys_name_cut_before_its_of_is_that_body_not_a_new_one()
    {
        var known = RealData.Gazetteer.Actors.First(a => a.Type != ActorType.Person && a.Name.Contains(" of ", StringComparison.Ordinal));
        var shortened = known.Name[..known.Name.IndexOf(" of ", StringComparison.Ordinal)];

        Assert.DoesNotContain(Learn($"The president met a group he formally named the {shortened}."), a => a.Name == shortened);
    }

    [Theory]
    [InlineData("Paratroopers and the KGB's Ruritan Group stormed the tower.", "Ruritan Group")]
    [InlineData("The Ruritanian Volunteer Group flew in local markings.", "Ruritanian Volunteer Group")]
    [InlineData("Special forces and the Ruritan Battalion stormed the palace.", "Ruritan Battalion")]
    [InlineData("The Ruritanian Civil Administration (RCA) ran the north.", "Ruritanian Civil Administration")]
    public void A_group_a_battalion_and_an_administration_end_an_organizations_name(string text, string name)
    {
        Assert.Contains(Learn(text), a => a.Name == name);
    }

    [Theory]
    [InlineData("Ruritan Group met on Monday.")]
    [InlineData("The Ruritan Administration cut taxes.")]
    public void A_lone_word_before_a_group_or_an_administration_names_nothing(string text)
    {
        Assert.Empty(Learn(text));
    }

    [Theory]
    [InlineData("Officially they were the \"Ruritan Volunteer Army\" in the governor's pay.", "Ruritan Volunteer Army")]
    [InlineData("They were presented as the “Ruritan Army”, volunteers in the governor's pay.", "Ruritan Army")]
    [InlineData("A pro-Moscow 'Ruritan Salvation Committee' claimed power.", "Ruritan Salvation Committee")]
    public void A_name_in_quotation_marks_is_read_as_one_without_them(string text, string name)
    {
        Assert.Contains(Learn(text), a => a.Name == name);
    }

    [Fact]
    public void A_quoted_name_that_says_too_little_unquoted_says_too_little_quoted()
    {
        Assert.Empty(Learn("He called it a \"National Front\" of all the patriots."));
    }

    [Theory]
    [InlineData("Mikhail Frunze, commanding the Ruritan Front, prepared the attack.")]
    [InlineData("Troops of the Ruritan Front crossed the river on 28 June.")]
    [InlineData("The Ruritan Front, commanded by Georgy Zhukov, crossed the river.")]
    [InlineData("On 28 June the Red Army's Ruritan Front crossed the river.")]
    public void A_front_under_command_words_is_an_armed_force(string text)
    {
        var front = Assert.Single(Learn(text), a => a.Name == "Ruritan Front");
        Assert.Equal(ActorType.ArmedForce, front.Type);
    }

    [Theory]
    [InlineData("The Ruritan Front won the election.")]
    [InlineData("The Ruritan Front, led by Mossadegh, won the election.")]
    [InlineData("The party's Ruritan Front won the election.")]
    public void A_front_with_no_command_words_around_it_is_not_learned(string text)
    {
        Assert.DoesNotContain(Learn(text), a => a.Name.Contains("Ruritan Front", StringComparison.Ordinal));
    }
}
