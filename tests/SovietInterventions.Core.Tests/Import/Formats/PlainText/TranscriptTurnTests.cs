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

    private const string Podcast = """
        OLD WARS, NEW EYES — Episode 12: "Ice" — a forgotten border fight on the frozen river

        [00:00:02] MARA: Welcome back to the show.

        [00:00:04] MARA: Kelda Island, 1969. Our guest knows it well.

        [00:00:12] IVANOV: The patrols had been shoving each other for years. In March it turned to shooting.

        [00:00:30] MARA: So. March 1969.

        [00:00:33] IVANOV: Yes, and artillery answered two weeks later.
        """;

    [Fact]
    public void A_long_title_with_commas_and_dashes_is_the_whole_first_line()
    {
        var document = PlainTextArticleParser.Parse(Of(Podcast, "ep12.txt"));

        Assert.Equal("OLD WARS, NEW EYES — Episode 12: \"Ice\" — a forgotten border fight on the frozen river", document.Title);
    }

    [Fact]
    public void A_turn_opening_with_only_a_place_and_a_year_heads_the_turns_after_it()
    {
        var document = PlainTextArticleParser.Parse(Of(Podcast, "ep12.txt"));

        var topic = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading && b.Depth == 2);
        Assert.Equal("Kelda Island, 1969", topic.Text);
        var turns = document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).ToList();
        Assert.Equal(document.Title, turns[0].Section!.Text);
        Assert.Equal("Our guest knows it well.", turns[1].Text);
        Assert.All(turns.Skip(1), t => Assert.Equal("Kelda Island, 1969", t.Section!.Text));
    }

    [Theory]
    [InlineData("Egypt, 1970. Tell us more.", "Egypt, 1970")]
    [InlineData("1945: Manchuria.", "1945: Manchuria")]
    [InlineData("So. July 1970.", null)]
    [InlineData("July 1970.", null)]
    [InlineData("And then January 1970.", null)]
    [InlineData("Listeners ask about the canal, 1956 and all that.", null)]
    public void Only_a_name_and_a_year_is_a_topic(string said, string? topic) =>
        Assert.Equal(topic, TranscriptTurn.Topic(said)?.Topic);
}
