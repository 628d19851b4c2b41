using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Messages;

public class MessageExportParserTests
{
    private const string Chat = """
        {
          "guild": { "id": "1", "name": "History club" },
          "channel": { "id": "2", "name": "river-wars", "topic": "Rivers and the wars fought over them." },
          "exportedAt": "2026-11-28T19:03:11+00:00",
          "messages": [
            {
              "id": "10",
              "timestamp": "2026-11-19T17:00:00+00:00",
              "content": "In May 1931 **Soviet engineers** bridged the river at Kessel.",
              "author": { "id": "7", "name": "ada_reads", "nickname": "Ada" },
              "reactions": [ { "emoji": { "name": "thumbsup" }, "count": 4 } ]
            },
            {
              "id": "11",
              "timestamp": "2026-11-19T17:05:00+00:00",
              "content": "ok but the garrison fled east in June, right?",
              "author": { "id": "8", "name": "bo" },
              "embeds": [ { "title": "River Wars, episode 4", "description": "A podcast about the crossing of 1931 and its aftermath." } ]
            }
          ]
        }
        """;

    private const string Telegram = """
        {"name": "River group", "type": "public_supergroup", "messages": [
          {"id": 1, "date": "2025-01-01T10:00:00", "from": "Ada", "text": ["In 1933 the raid came ", {"type": "bold", "text": "at night"}, "."]},
          {"id": 2, "date": "2025-01-01T10:01:00", "from": "Bo", "text": "The garrison had fled east two years before."},
          {"id": 3, "date": "2025-01-01T10:02:00", "from": "Ada", "text": "That is what the memoir says, at least."}
        ]}
        """;

    private static ParsedDocument Parse(string text = Chat, string fileName = "chat.json") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_chat_export_is_read_message_by_message_under_its_channels_name()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Messages, "river-wars"), (document.Format, document.Title));
        Assert.Equal(["Rivers and the wars fought over them.", "In May 1931 Soviet engineers bridged the river at Kessel.", "ok but the garrison fled east in June, right?",
            "River Wars, episode 4", "A podcast about the crossing of 1931 and its aftermath."], ProseOf(document));
    }

    [Fact]
    public void Ids_timestamps_authors_and_reactions_are_no_prose()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2026", StringComparison.Ordinal) || b.Text.Contains("ada_reads", StringComparison.Ordinal)
            || b.Text.Contains("thumbsup", StringComparison.Ordinal) || b.Text.Contains("History club", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_message_names_its_line_in_the_file()
    {
        var block = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("ok but", StringComparison.Ordinal));

        Assert.Contains("ok but", Chat.Split('\n')[block.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_written_in_styled_pieces_is_one_text()
    {
        var document = Parse(Telegram);

        Assert.Equal("River group", document.Title);
        Assert.Equal("In 1933 the raid came at night.", ProseOf(document)[0]);
    }

    [Fact]
    public void A_post_kept_as_html_is_read_paragraph_by_paragraph_without_its_markup()
    {
        var thread = """
            [ {"id": "1", "created_at": "2025-06-17T10:00:00Z", "account": {"acct": "ada"}, "content": "<p>In May 1931 <strong>Soviet engineers</strong> bridged the river.</p><p>The garrison fled east &amp; never returned.</p>"},
              {"id": "2", "created_at": "2025-06-17T10:05:00Z", "account": {"acct": "bo"}, "content": "<p>In 1933 the raid came, <a href=\"https://x.example/tags/rivers\">#rivers</a></p>"},
              {"id": "3", "created_at": "2025-06-17T10:09:00Z", "account": {"acct": "ada"}, "content": "<p>That is what the memoir says, at least.</p>"} ]
            """;

        var prose = ProseOf(Parse(thread, "thread.json"));

        Assert.Contains("In May 1931 Soviet engineers bridged the river.", prose);
        Assert.Contains("The garrison fled east & never returned.", prose);
        Assert.DoesNotContain(prose, p => p.Contains('<', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"episodes\": [{\"country\": \"Hungary\", \"year\": 1956}]}")]
    [InlineData("[{\"text\": \"Hungary\"}, {\"text\": \"Poland\"}, {\"text\": \"Cuba\"}]")]
    public void Json_records_without_messages_stay_an_unknown_format(string text)
    {
        var error = Assert.Throws<ImportException>(() => Parse(text));

        Assert.Contains("unknown format", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Badly_formed_json_that_looks_like_messages_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<ImportException>(() => Parse(Chat.Replace("\"id\": \"11\",", "\"id\": \"11\"", StringComparison.Ordinal)));

        Assert.Equal("chat.json", error.FileName);
    }
}
