using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>Passages attached to an episode whose target state was gone before it began, through that state's successors.</summary>
public sealed class HeirAttachmentTests
{
    private static ImportModel Import(params (string Name, string Text)[] files) => TestImport.Of(files);

    [Fact]
    public void A_passage_naming_a_successor_of_a_target_gone_before_the_episode_joins_it()
    {
        var notes = "# Notes\n\n## 1950–1953: Korea\n\n- Soviet pilots fought over Korea from 1950.\n";
        var article = "Air war\n\nIn 1951 Major General Anton Varga flew his regiment from bases near Pyongyang.\n";

        var model = Import(("notes.md", notes), ("article.txt", article));

        var korea = Assert.Single(model.Episodes);
        Assert.Contains(korea.Draft.Passages, p => p.Text.Contains("Anton Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_about_a_successor_never_joins_an_episode_from_before_the_states_end()
    {
        var notes = "# Notes\n\n## 1945: Korea\n\n- Soviet troops occupied the north of Korea in August 1945.\n";
        var article = "Later\n\nIn 1951 Major General Anton Varga flew his regiment from bases near Pyongyang.\n";

        var model = Import(("notes.md", notes), ("article.txt", article));

        Assert.DoesNotContain(model.Episodes.SelectMany(e => e.Draft.Passages), p => p.Text.Contains("Anton Varga", StringComparison.Ordinal));
    }
}
