using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>Transcripts: timestamps and speaker labels are no part of what was said, and a turn is one passage.</summary>
public class TranscriptTurnTests
{
    private const string Transcript = """
        Old Wars, episode 3

        [00:00:05] [MUSIC]

        [00:00:09] ANNA: Welcome back. Today, a forgotten border war.

        [00:00:15] DR PETROV: The brigades crossed in January. They stayed until spring. Nobody remembers.

        [00:01:02] ANNA: [coughs] Thanks.
        """;

    [Fact]
    public void A_turn_is_one_passage_without_its_timestamp_and_speaker()
    {
        var document = PlainTextArticleParser.Parse(Of(Transcript, "episode.txt"));

        var turns = document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).ToList();
        Assert.Equal(["Welcome back. Today, a forgotten border war.", "The brigades crossed in January. They stayed until spring. Nobody remembers.", "Thanks."],
            turns.Select(t => t.Text));
        Assert.Equal(["The brigades crossed in January.", "They stayed until spring.", "Nobody remembers."], turns[1].Sentences);
    }

    [Theory]
    [InlineData("(12:05) The column halted.", "The column halted.")]
    [InlineData("12:05 Volkova: The column halted.", "The column halted.")]
    [InlineData("VOLKOVA: The column halted.", "The column halted.")]
    [InlineData("[00:00:05] [MUSIC]", "")]
    public void Timestamps_and_speaker_labels_open_a_turn(string line, string said) =>
        Assert.Equal(said, TranscriptTurn.Of(line));

    [Theory]
    [InlineData("Editor's note: this article was corrected.")]
    [InlineData("Volkova: a study of the war")]
    [InlineData("In 1939: the war began.")]
    [InlineData("The meeting ended at 12:05 sharp.")]
    public void Ordinary_lines_are_no_turns(string line) => Assert.Null(TranscriptTurn.Of(line));
}
