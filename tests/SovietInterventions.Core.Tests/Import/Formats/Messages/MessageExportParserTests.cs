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

    // A Twitter/X archive's tweets.js: newest first, a thread's replies above the tweets they answer.
    private const string Tweets = """
        window.YTD.tweets.part0 = [
          {
            "tweet" : {
              "entities" : { "hashtags" : [ { "text" : "Kessel", "indices" : [ "120", "127" ] } ], "urls" : [ ] },
              "display_text_range" : [ "0", "140" ],
              "id_str" : "1003",
              "created_at" : "Tue Aug 21 06:10:58 +0000 2018",
              "full_text" : "3/ The guard fled east two years later &amp; never came back. /end",
              "in_reply_to_status_id_str" : "1002"
            }
          },
          {
            "tweet" : {
              "id_str" : "1004",
              "created_at" : "Mon Aug 20 22:00:00 +0000 2018",
              "full_text" : "@bo_reads Yes, the memoir says so too. https://t.co/abc123",
              "in_reply_to_screen_name" : "bo_reads"
            }
          },
          {
            "tweet" : {
              "id_str" : "1002",
              "created_at" : "Mon Aug 20 21:08:30 +0000 2018",
              "full_text" : "2/ Soviet engineers bridged the river at Kessel &lt;under fire&gt;.",
              "in_reply_to_status_id_str" : "1001"
            }
          },
          {
            "tweet" : {
              "id_str" : "1001",
              "created_at" : "Mon Aug 20 21:01:44 +0000 2018",
              "full_text" : "In May 1931 the 7th Army crossed into Ruritania. A thread. 1/ #Kessel",
              "favorite_count" : "409"
            }
          }
        ]
        """;

    [Fact]
    public void A_twitter_archive_is_read_oldest_first_each_thread_in_the_order_it_was_written()
    {
        var document = Parse(Tweets, "tweets.js");

        Assert.Equal(SourceFormat.Messages, document.Format);
        Assert.Equal(["In May 1931 the 7th Army crossed into Ruritania. A thread. #Kessel", "Soviet engineers bridged the river at Kessel <under fire>.",
            "The guard fled east two years later & never came back.", "Yes, the memoir says so too."], ProseOf(document));
    }

    [Fact]
    public void A_tweets_posting_time_ids_counts_and_links_are_no_prose()
    {
        var prose = string.Join(" ", ProseOf(Parse(Tweets, "tweets.js")));

        Assert.DoesNotContain("2018", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("100", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("409", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("t.co", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("bo_reads", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_tweet_names_its_line_in_the_file_though_it_is_read_in_another_order()
    {
        var block = Assert.Single(Parse(Tweets, "tweets.js").Blocks, b => b.Text.StartsWith("Soviet engineers", StringComparison.Ordinal));

        Assert.Contains("Soviet engineers", Tweets.Split('\n')[block.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_badly_formed_archive_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse(Tweets.Replace("\"id_str\" : \"1002\",", "\"id_str\" : \"1002\"", StringComparison.Ordinal), "tweets.js"));

        Assert.Equal("tweets.js", error.FileName);
        Assert.Contains("created_at", Tweets.Split('\n')[error.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Tweets_that_answer_each_other_in_a_loop_are_each_read_once()
    {
        var loop = Tweets.Replace("\"full_text\" : \"In May 1931", "\"in_reply_to_status_id_str\" : \"1003\",\n      \"full_text\" : \"In May 1931", StringComparison.Ordinal);

        Assert.Equal(4, ProseOf(Parse(loop, "tweets.js")).Count);
    }
}
