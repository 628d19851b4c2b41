using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>What in Markdown is apparatus, not prose: footnotes, fenced code, tasks and a chat message's sender line.</summary>
public class MarkdownWalkTests
{
    private static ParsedDocument Parse(string text) => MarkdownNotesParser.Parse(Of(text, "handout.md"));

    [Fact]
    public void Footnote_markers_leave_the_sentence_and_their_texts_become_references()
    {
        var document = Parse("""
            # Handout

            The brigades crossed the river.[^1] They stayed a year.[^note]

            [^1]: Smith (1990), p. 4.
            [^note]: Jones disagrees.
            """);

        Assert.Equal(["The brigades crossed the river. They stayed a year."], ProseOf(document));
        Assert.Equal(["Smith (1990), p. 4.", "Jones disagrees."], document.References);
    }

    [Fact]
    public void Fenced_code_is_no_prose()
    {
        var document = Parse("# Note\n\nThe army left.\n\n```dataview\nTABLE file.name FROM #war\n```\n");

        Assert.Equal(["The army left."], ProseOf(document));
    }

    [Fact]
    public void A_task_done_or_not_is_a_note_to_self_not_prose()
    {
        var document = Parse("""
            # Angola

            - Cuban troops landed in November 1975.
            - [ ] Ask Dr Reyes whether Ethiopia 1977 belongs here
            - [x] Find the Soviet airlift figures (1975)

            > [!todo] Later
            > - [ ] check the 1976 treaty
            """);

        Assert.Equal(["Cuban troops landed in November 1975."], ProseOf(document));
    }

    [Fact]
    public void A_chat_messages_sender_time_and_reactions_are_not_what_it_says()
    {
        var document = Parse("# #study-group\n\n*Jonah Whitcombe*  10:44 AM\nSoviet tanks went into Budapest on 24 Oct 1956.\n:+1: 2  :eyes: 1\n\nKonev commanded 10:44 AM onwards.\n");

        Assert.Equal(["Soviet tanks went into Budapest on 24 Oct 1956.", "Konev commanded 10:44 AM onwards."], ProseOf(document));
    }
}
