using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class VerbFormsTests
{
    private static readonly VerbForms Verbs = new([["go", "goes", "went", "going", "gone"]], ["back"]);

    [Theory]
    [InlineData("carried", "carry", "carries", "carrying")]
    [InlineData("stormed", "storm", "storms", "storming")]
    [InlineData("moved into", "move into", "moves into", "moving into")]
    [InlineData("pulled out", "pull out", "pulls out", "pulling out")]
    [InlineData("crushed", "crush", "crushes", "crushing")]
    [InlineData("kidnapped", "kidnap", "kidnaps", "kidnapping")]
    [InlineData("went into", "go into", "goes into", "going into")]
    public void A_past_act_is_found_in_the_present_third_person_and_ing_forms(string listed, string bare, string third, string ing)
    {
        var forms = Verbs.Of(listed).ToList();
        Assert.Equal(listed, forms[0]);
        Assert.Contains(bare, forms);
        Assert.Contains(third, forms);
        Assert.Contains(ing, forms);
    }

    [Fact]
    public void Nouns_and_present_forms_are_left_as_they_are()
    {
        Assert.Equal(["invasion"], Verbs.Of("invasion"));
        Assert.Equal(["military aid"], Verbs.Of("military aid"));
    }

    [Fact]
    public void A_form_that_is_mostly_another_word_is_never_made()
    {
        var forms = Verbs.Of("backed").ToList();
        Assert.DoesNotContain("back", forms);
        Assert.Contains("backs", forms);
    }

    [Fact]
    public void The_reviewed_rules_match_acts_written_in_the_present_tense()
    {
        var rules = ClaimRules.Load(RealData.Directory);
        Assert.Equal("storm", Assert.Single(rules.Acts.Find("KGB special forces storm the palace")).Text);
        Assert.Equal("pull out", Assert.Single(rules.Acts.Find("the units pull out of the city")).Text);
        Assert.Equal("backs", Assert.Single(rules.Acts.Find("Moscow backs the new regime")).Text);
        Assert.Empty(rules.Acts.Find("the division came back home"));
    }

    [Fact]
    public void A_made_ing_form_after_a_preposition_is_a_gerund_that_states_no_act()
    {
        var rules = ClaimRules.Load(RealData.Directory);
        Assert.Equal("storming", Assert.Single(rules.Acts.Find("Soviet paratroopers storming the palace")).Text);
        Assert.Empty(rules.Acts.Find("the old ways of storming a palace"));
        Assert.Single(rules.Acts.Find("they were blamed for invading the country"));
    }

    [Fact]
    public void A_made_ing_form_after_an_article_is_a_noun_that_states_no_act()
    {
        var rules = ClaimRules.Load(RealData.Directory);
        Assert.Empty(rules.Acts.Find("which led to the storming of the palace by rebels"));
    }
}
