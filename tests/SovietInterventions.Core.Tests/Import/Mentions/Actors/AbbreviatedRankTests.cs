using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>Ranks from data/actor-titles.json, written short or long, introduce a name and never become part of it.</summary>
public sealed class AbbreviatedRankTests
{
    private static IReadOnlyList<string> Learned(string text)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn([text]);
        return finder.Learned.Select(a => a.Name).ToList();
    }

    [Theory]
    [InlineData("some 40,000 troops under Gen. Ruslan Tarkov reached the island", "Ruslan Tarkov")]
    [InlineData("Lt-Gen. Pavel Orlenko's corps rolled into the city", "Pavel Orlenko")]
    [InlineData("the plan of Maj.-Gen. Oleg Vetrov failed", "Oleg Vetrov")]
    [InlineData("Col. Anton Ruzhin commanded the regiment", "Anton Ruzhin")]
    public void An_abbreviated_rank_introduces_the_name_after_it(string text, string name)
    {
        var learned = Learned(text);
        Assert.Contains(name, learned);
        Assert.DoesNotContain(learned, n => n.StartsWith("Gen", StringComparison.Ordinal) || n.StartsWith("Lt", StringComparison.Ordinal)
            || n.StartsWith("Maj", StringComparison.Ordinal) || n.StartsWith("Col", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a patrol led by Senior Lt Ivan Strelkov was shot down")]
    [InlineData("a patrol led by Junior Lt Ivan Strelkov was shot down")]
    public void Senior_and_junior_before_a_rank_are_no_name(string text) =>
        Assert.DoesNotContain(Learned(text), n => n.StartsWith("Senior", StringComparison.Ordinal) || n.StartsWith("Junior", StringComparison.Ordinal));

    [Fact]
    public void A_rank_before_a_name_in_an_apposition_is_not_kept_in_the_name()
    {
        var learned = Learned("On 9 May Captain Vong Sisak, a battalion commander, seized the capital.");
        Assert.Contains("Vong Sisak", learned);
        Assert.DoesNotContain("Captain Vong Sisak", learned);
    }
}
