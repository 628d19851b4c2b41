using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Feed;

public class NewsFeedParserTests
{
    private const string Podcast = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>River Wars Podcast</title>
            <link>https://podcast.example/</link>
            <description>A history podcast.</description>
            <itunes:author>Two hosts</itunes:author>
            <item>
              <title>Ep. 4: The Kessel crossing</title>
              <pubDate>Tue, 04 Mar 2025 06:00:00 GMT</pubDate>
              <guid>ep4-2025</guid>
              <enclosure url="https://podcast.example/ep4.mp3" length="1" type="audio/mpeg"/>
              <itunes:summary>Summary for the directories, said again.</itunes:summary>
              <content:encoded><![CDATA[<p>In May 1931 Soviet engineers bridged the river at Kessel.</p>
        <ul><li>12:30 – the garrison flees east</li></ul>]]></content:encoded>
            </item>
            <item>
              <title>Ep. 5: Ostland</title>
              <description>In 1933 the raid came &lt;b&gt;at night&lt;/b&gt;.</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>River notes</title>
          <entry>
            <title>The crossing</title>
            <updated>2025-03-04T06:00:00Z</updated>
            <summary type="text">In May 1931 Soviet engineers bridged the river.

        The garrison fled east.</summary>
          </entry>
        </feed>
        """;

    private static ParsedDocument Parse(string text = Podcast) => DocumentParser.Parse(Of(text, "feed.xml"));

    [Fact]
    public void An_rss_feed_is_read_item_by_item_under_the_items_titles()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Feed, "River Wars Podcast"), (document.Format, document.Title));
        var crossing = Assert.Single(document.Blocks, b => b.Text == "In May 1931 Soviet engineers bridged the river at Kessel.");
        Assert.Equal("Ep. 4: The Kessel crossing", crossing.Section!.Text);
        Assert.Contains(document.Blocks, b => b.Text.Contains("the garrison flees east", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text == "In 1933 the raid came at night." && b.Section!.Text == "Ep. 5: Ostland");
    }

    [Fact]
    public void Dates_links_enclosures_and_directory_tags_are_no_prose()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2025", StringComparison.Ordinal) || b.Text.Contains("mp3", StringComparison.Ordinal)
            || b.Text.Contains("Summary for the directories", StringComparison.Ordinal) || b.Text.Contains("Two hosts", StringComparison.Ordinal));
    }

    [Fact]
    public void An_items_notes_name_their_line_in_the_feed()
    {
        var block = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));

        Assert.Contains("In May 1931", Podcast.Split('\n')[block.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feeds_plain_text_summary_parts_its_paragraphs_at_blank_lines()
    {
        var document = Parse(Atom);

        Assert.Equal((SourceFormat.Feed, "River notes"), (document.Format, document.Title));
        Assert.Equal(["In May 1931 Soviet engineers bridged the river.", "The garrison fled east."], ProseOf(document));
    }

    [Theory]
    [InlineData("<p>Notes cut off here <!-- a comment never closed")]
    [InlineData("<p>See <a href=\"https://podcast.example/ep4")]
    [InlineData("<p>Raw text follows</p><plaintext>Nothing ends this")]
    public void One_items_unfinished_html_leaves_the_next_item_read(string cutOff)
    {
        var feed = $"""
            <rss version="2.0"><channel><title>Cut notes</title>
            <item><title>Ep. 1</title><description><![CDATA[{cutOff}]]></description></item>
            <item><title>Ep. 2: Ostland</title><description><![CDATA[<p>In 1933 the raid came at night.</p>]]></description></item>
            </channel></rss>
            """;

        var document = Parse(feed);

        Assert.Contains(document.Blocks, b => b.Text == "In 1933 the raid came at night." && b.Section!.Text == "Ep. 2: Ostland");
    }
}
