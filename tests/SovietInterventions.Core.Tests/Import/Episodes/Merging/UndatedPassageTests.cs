using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>An undated passage joins the only episode of the country it names when it tells of military force.</summary>
public sealed class UndatedPassageTests
{
    private static ImportModel Import(params (string Name, string Text)[] files) => TestImport.Of(files);

    [Theory]
    [InlineData("At dawn Marshal Anton Varga sent some twenty divisions towards Budapest.")]
    [InlineData("That night the Special Corps of General Anton Varga rolled into Budapest.")]
    [InlineData("By morning the tanks of General Anton Varga stood in Budapest.")]
    public void Divisions_corps_and_tanks_tell_of_military_force(string sentence)
    {
        var notes = "# Notes\n\n## 1956: Hungary\n\n- Soviet troops invaded Hungary in November 1956.\n";
        var diary = "# Diary\n\n- " + sentence + "\n";

        var model = Import(("notes.md", notes), ("diary.md", diary));

        var hungary = Assert.Single(model.Episodes);
        Assert.Contains(hungary.Draft.Passages, p => p.Text.Contains("Anton Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_countries_that_did_something_else_is_not_about_the_one_with_an_episode()
    {
        var notes = "# Notes\n\n## 1956: Hungary\n\n- Soviet troops invaded Hungary in November 1956.\n";
        var article = "# Reactions\n\n- The night of the invasion, Canada, Hungary, France, Paraguay and the United States requested a meeting of the Security Council.\n";

        var hungary = Assert.Single(Import(("notes.md", notes), ("reactions.md", article)).Episodes);

        Assert.DoesNotContain(hungary.Draft.Passages, p => p.Text.Contains("Security Council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_naming_many_countries_and_the_soviet_side_is_still_about_the_one_with_an_episode()
    {
        var notes = "# Notes\n\n## 1956: Hungary\n\n- Soviet troops invaded Hungary in November 1956.\n";
        var article = "# Reactions\n\n- Canada, France, Paraguay and the United States protested the Soviet invasion of Hungary.\n";

        var hungary = Assert.Single(Import(("notes.md", notes), ("reactions.md", article)).Episodes);

        Assert.Contains(hungary.Draft.Passages, p => p.Text.Contains("protested", StringComparison.Ordinal));
    }
}
