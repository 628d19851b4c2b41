using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>What a later sentence says of a named actor through "them", "the King", "the party" or "the communists".</summary>
public class ActorReferencesTests
{
    private static List<(string Slug, string Text, string Role)> Resolved(string text)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        return [.. new ActorReferences(RealData.Gazetteer).In(text, finder.Find(text)).Select(m => (m.ActorSlug, m.Text, m.Role))];
    }

    [Fact]
    public void A_group_pronoun_after_the_one_party_named_before_takes_what_is_said_of_it()
    {
        var found = Resolved("The Communist Party of Czechoslovakia won the most seats. Later the communist party planned a coup; Moscow promised to support them.");

        Assert.Equal([("communist-party-of-czechoslovakia", "them", "supported")], found);
    }

    [Fact]
    public void A_plural_of_a_word_of_a_partys_name_stands_for_that_party()
    {
        var found = Resolved("At the polls the Hungarian Communist Party came a distant second. A year later the communists took control of the government.");

        Assert.Equal([("hungarian-communist-party", "the communists", "came to power")], found);
    }

    [Fact]
    public void A_head_word_with_two_parties_named_before_it_stands_for_neither()
    {
        var found = Resolved("The Independent Smallholders' Party won the vote and the Hungarian Communist Party lost it. The Soviet commander then overthrew the party.");

        Assert.Empty(found);
    }

    [Fact]
    public void A_title_stands_for_the_person_named_with_it_and_a_person_pronoun_for_the_only_person_in_the_sentence_before()
    {
        var found = Resolved("King Michael met the opposition leaders in secret. He was told of the plan. Two years later Moscow's men forced the king to abdicate.");

        Assert.Equal([("michael-i-of-romania", "the king", "leader deposed")], found);
        Assert.Equal([("ion-antonescu", "He", "leader deposed")], Resolved("The army obeyed Ion Antonescu until August. He was arrested at the palace."));
    }

    [Fact]
    public void A_pronoun_with_two_candidates_or_a_person_already_in_its_sentence_is_left_unresolved()
    {
        Assert.Empty(Resolved("Ion Antonescu met King Michael at the palace. He was arrested that evening."));
        Assert.Empty(Resolved("The army obeyed Ion Antonescu. King Michael summoned the guards and said that he was arrested."));
    }

    [Fact]
    public void A_group_pronoun_is_left_alone_where_another_group_is_named_in_the_plural()
    {
        Assert.Empty(Resolved("The Arrow Cross Party held Budapest with the Germans. They were facing the advancing Soviet armies."));
        Assert.Equal([("arrow-cross-party", "They", "opposed")], Resolved("The Arrow Cross Party held Budapest. They were facing the advancing Soviet armies."));
    }
}
