using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Reference;

public sealed class EpisodeRulesTests
{
    [Fact]
    public void The_reviewed_rules_have_a_rule_for_every_kind()
    {
        var rules = EpisodeRules.Load(RealData.Directory);
        Assert.Equal(Enum.GetValues<EpisodeKind>().Order(), rules.Kinds.Select(k => k.Kind).Order());
        Assert.True(rules.InterventionWords.AnyIn("Soviet troops invaded the country"));
        Assert.False(rules.InterventionWords.AnyIn("The treaty was signed"));
    }

    [Fact]
    public void An_act_whose_object_is_the_Soviet_side_states_no_act_of_it()
    {
        var rules = EpisodeRules.Load(RealData.Directory);
        Assert.False(rules.StatesAnAct("On 31 July 1940 Hitler gave the order to plan an assault on the Soviet Union."));
        Assert.True(rules.StatesAnAct("On 27 December 1979 KGB special forces began the assault on the Taj Beg Palace in Kabul."));
    }

    [Fact]
    public void The_rules_carry_the_kinds_looks_read_from_the_same_file()
    {
        var looks = EpisodeRules.Load(RealData.Directory).KindLooks;
        Assert.Equal(KindVocabulary.Load(RealData.Directory).All, looks.All);
        Assert.All(Enum.GetValues<EpisodeKind>(), kind => Assert.Contains(KindLook.PlaceSlot, looks[kind].Title));
    }

    [Theory]
    [InlineData("{ \"kinds\": [ ")]
    [InlineData("{ \"kinds\": [], \"defaultKind\": \"Invasion\", \"interventionWords\": [], \"participantWords\": [], \"contextEventWords\": [], \"agentWords\": [] }")]
    [InlineData("{ \"kinds\": [], \"defaultKind\": \"Picnic\", \"interventionWords\": [], \"participantWords\": [], \"contextEventWords\": [], \"agentWords\": [] }")]
    public void Broken_rules_are_an_error_naming_the_file(string json)
    {
        var folder = RealData.CopyWith("episode-rules.json", json);

        var error = Assert.Throws<ImportException>(() => EpisodeRules.Load(folder));

        Assert.Contains("episode-rules.json", error.Message);
    }

    [Fact]
    public void Phrases_match_whole_words_only()
    {
        var words = new PhraseList(["arms", "Red Army"]);
        Assert.True(words.AnyIn("They supplied arms."));
        Assert.False(words.AnyIn("The farmstead was empty."));
        Assert.Equal(2, words.CountIn("arms and the red army"));
        Assert.Equal(12, words.FirstIndexIn("They asked, arms first"));
    }
}
