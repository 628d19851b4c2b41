using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>People the gazetteer lacks, found by the given name that opens their full name when no title stands before it.</summary>
public sealed class GivenNamePeopleTests
{
    private static IReadOnlyList<ActorEntry> Learn(params string[] texts)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        return finder.Learned;
    }

    [Theory]
    [InlineData("23 February 1938: Fyodor Polynin led SB bombers from Hankou.", "Fyodor Polynin")]
    [InlineData("Soviet fighter pilots, Grigory Kravchenko among them, claimed twenty aircraft.", "Grigory Kravchenko")]
    [InlineData("Chief military advisers in succession: Alexander Cherepanov, then others.", "Alexander Cherepanov")]
    [InlineData("The envoy Semyon Ivanovich Aralov arrived in Ankara.", "Semyon Ivanovich Aralov")]
    public void A_given_name_and_a_surname_make_a_person_with_no_title_before_them(string text, string name)
    {
        var person = Assert.Single(Learn(text), a => a.Name == name);
        Assert.Equal(ActorType.Person, person.Type);
    }

    [Theory]
    [InlineData("The Ivan Street bridge was blown up.")]
    [InlineData("Units of the Maxim guns stood by the river.")]
    [InlineData("Boris was the name of the dog.")]
    [InlineData("Ivan Konev crossed the river with his front.")]
    public void A_given_name_before_a_place_a_common_word_or_a_known_person_makes_no_one(string text)
    {
        Assert.DoesNotContain(Learn(text), a => a.Type == ActorType.Person);
    }

    [Fact]
    public void A_known_persons_alias_written_in_full_is_that_person_not_someone_new()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(["Operations were led by spies such as Mikhail Koltsov and, most prominently, Aleksandr Mikhailovich Orlov."]);

        Assert.DoesNotContain(finder.Learned, a => a.Name.Contains("Orlov", StringComparison.Ordinal));
        Assert.Contains(finder.Find("Aleksandr Mikhailovich Orlov later defected."), m => m.ActorSlug == "aleksandr-orlov");
    }

    [Fact]
    public void A_person_found_by_a_given_name_is_named_by_the_surname_alone_later()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(["Pavel Rychagov had led the first Soviet fighter group at Nanjing."]);

        Assert.Contains(finder.Find("Rychagov's pilots flew again in March."), m => m.Name == "Pavel Rychagov");
    }
}
