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

    private const string SavedChat = """
        Webinar chat - river crossings

        09:00:05 From  Ada Quist  to  Everyone:
        	good morning
        09:01:10 From  Ada Quist  to  Everyone:
        	Q1 (Varnia): Why did the Soviet brigades go to Varnia?
        09:03:40 From  Prof. Lund  to  Everyone:
        	A1: They crossed the river in May 1951 at the request of its government.
        	They left in 1953.
        09:04:02 From  Ben Ode  to  Everyone:
        	Reacted to "They crossed the river…" with 👍
        09:04:30 From  Ben Ode  to  Everyone:
        	and who led them?
        09:05:12 From  Prof. Lund  to  Everyone:
        	Replying to "and who led them?"

        	A colonel whose name is lost.
        09:06:00 Cara Minh joined the meeting
        09:07:45 From  Cara Minh  to  Prof. Lund(Direct Message):
        	Is the reading list online?
        09:08:00 From  Prof. Lund  to  Everyone:
        	Yes, on the course page.
        """;

    [Fact]
    public void A_chat_message_is_one_turn_without_its_header_and_the_notices_say_nothing()
    {
        var document = PlainTextArticleParser.Parse(Of(SavedChat, "chat.txt"));

        var said = document.Blocks.Where(b => b.Kind != PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["good morning", "They crossed the river in May 1951 at the request of its government. They left in 1953.",
            "A colonel whose name is lost.", "Yes, on the course page."], said);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Ada") || b.Text.Contains("Lund") || b.Text.Contains("Everyone"));
    }

    [Fact]
    public void A_question_heads_the_answers_after_it_until_the_next_question()
    {
        var document = PlainTextArticleParser.Parse(Of(SavedChat, "chat.txt"));

        var questions = document.Blocks.Where(b => b.Kind == PassageKind.Heading && b.Depth == 2).Select(b => b.Text);
        Assert.Equal(["Varnia: Why did the Soviet brigades go to Varnia?", "Is the reading list online?"], questions);
        Assert.Equal("and who led them?", Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading && b.Depth == 3).Text);
        var answer = Assert.Single(document.Blocks, b => b.Text.StartsWith("A colonel"));
        Assert.Equal("and who led them?", answer.Section!.Text);
        Assert.Equal("Varnia: Why did the Soviet brigades go to Varnia?", answer.Headings[^2].Text);
        Assert.Equal("Is the reading list online?", document.Blocks[^1].Section!.Text);
    }

    [Theory]
    [InlineData("Q2: Who flew the aircraft?", "Who flew the aircraft?")]
    [InlineData("Question 4 (Tarvia): did they stay long?", "Tarvia: did they stay long?")]
    [InlineData("Why the river? It was the border.", "Why the river? It was the border.")]
    [InlineData("and how long did that last?", "and how long did that last?")]
    [InlineData("The brigades left. Why?", null)]
    [InlineData("Thanks, that helps.", null)]
    public void A_chat_question_asked_first_is_a_heading(string said, string? heading) =>
        Assert.Equal(heading, TranscriptTurn.Question(said, chat: true));

    [Theory]
    [InlineData("Q: Why did they cross?", "Why did they cross?")]
    [InlineData("Same as last year, right? They crossed in May.", null)]
    public void A_spoken_question_is_a_heading_only_with_its_label(string said, string? heading) =>
        Assert.Equal(heading, TranscriptTurn.Question(said, chat: false));

    [Theory]
    [InlineData("09:00:05 From Ada Quist to Everyone: hello", "hello")]
    [InlineData("09:00:05 From Ada Quist : hello", "hello")]
    [InlineData("09:00:05 From Ada Quist to Everyone: Reacted to \"hello\" with 👍", "")]
    public void A_chat_header_opens_a_turn(string line, string said) => Assert.Equal(said, TranscriptTurn.Of(line));

    [Fact]
    public void A_chat_exports_stamp_and_user_name_above_a_message_are_no_text_and_the_messages_lines_are_one_paragraph()
    {
        var document = PlainTextArticleParser.Parse(Of("""
            Channel: revision / river-crossings

            [06-Apr-25 08:02 PM] ada.q
            ok I went to the lecture.
            I have "May 51 - brigades" and then nothing

            [06-Apr-25 08:04 PM] ben#1234
            me. They crossed the river in May 1951.
            They left in 1953.
            """, "study-server.txt"));

        var said = document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(["ok I went to the lecture.", "I have \"May 51 - brigades\" and then nothing", "me.", "They crossed the river in May 1951.", "They left in 1953."], said);
        Assert.Equal(2, document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Line).Distinct().Count());
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("ada.q", StringComparison.Ordinal) || b.Text.Contains("ben#1234", StringComparison.Ordinal));
    }

    [Fact]
    public void Dated_stamps_before_events_in_a_list_are_text_not_chat_headers()
    {
        var document = PlainTextArticleParser.Parse(Of("""
            Timeline

            [20.08.1968 23:00] Troops cross border
            [21.08.1968 04:00] Airport taken
            [21.08.1968 09:00] Tanks in Prague
            """, "timeline.txt"));

        Assert.Contains(document.Blocks, b => b.Text.Contains("Troops cross border", StringComparison.Ordinal) && b.Text.Contains("20.08.1968", StringComparison.Ordinal));
        Assert.Equal(3, document.Blocks.Count(b => b.Text.StartsWith('[')));
    }

    [Fact]
    public void A_line_beginning_with_from_and_no_timestamp_is_prose() =>
        Assert.Null(TranscriptTurn.Of("From Riga to Everyone: the cable read as follows."));
}
