using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.BBCode;

public class BBCodeParserTests
{
    private const string Topic = """
        # forum topic export — generated 2029-01-01
        # quotes keep the original post ids

        ==== TOPIC ====
        Title: Who bridged the river at Kessel?

        ==== POST p101 ====
        Author: River_Rat
        Date: Sat Nov 15, 2014 9:48 pm
        Subject: Who bridged the river at Kessel?

        [size=110][b]A question[/b][/size]

        I read that [b]Soviet engineers[/b] came in 1931. See [url=https://example.org/kessel]the Kessel page[/url] :salute:

        [list]
        [*]who commanded them
        [*]when they left
        [/list]

        [color=#808080][size=85]— River_Rat. "Rivers are arguments."[/size][/color]

        ==== POST p102 ====
        Author: Bridge_Fan
        Date: Sun Nov 16, 2014 1:40 pm
        Subject: Re: Who bridged the river at Kessel?

        [quote="River_Rat" post_id=101]who commanded them[/quote]
        Ivo Marik commanded them in May 1931 :-D

        [quote="Old_Archivist"]The garrison fled east in June 1931.[/quote]
        That is from a post long gone.

        [attachment=1]kessel_1931.png[/attachment]
        [img]https://example.org/bridge.png[/img]

        ==== POST p103 ====
        Author: mod_Kessel
        Date: Mon Nov 17, 2014 9:20 am
        Subject: Re: Who bridged the river at Kessel?

        [color=#006600][b]Moderator note:[/b] thread marked "Answered" in 2015.[/color]
        # end of export
        """;

    private static ParsedDocument Parse(string text = Topic, string fileName = "topic_export.txt") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_topic_in_bbcode_source_is_told_by_its_tags_not_read_as_wikitext()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.BBCode, document.Format);
        Assert.Equal("Who bridged the river at Kessel?", document.Title);
    }

    [Fact]
    public void Each_post_is_a_section_headed_by_its_author_and_its_header_is_no_prose()
    {
        var document = Parse();

        var engineers = Assert.Single(document.Blocks, b => b.Text.StartsWith("I read that", StringComparison.Ordinal));
        Assert.Equal("River_Rat", engineers.Section!.Text);
        var answer = Assert.Single(document.Blocks, b => b.Text.StartsWith("Ivo Marik", StringComparison.Ordinal));
        Assert.Equal("Bridge_Fan", answer.Section!.Text);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2014", StringComparison.Ordinal) || b.Text.Contains("Subject", StringComparison.Ordinal)
            || b.Text.Contains("2029", StringComparison.Ordinal) || b.Text.Contains("export", StringComparison.Ordinal));
    }

    [Fact]
    public void Tags_vanish_a_link_reads_as_its_label_and_smilies_are_no_words()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Text == "I read that Soviet engineers came in 1931. See the Kessel page");
        Assert.Contains(document.Blocks, b => b.Text == "Ivo Marik commanded them in May 1931");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('[', StringComparison.Ordinal) || b.Text.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void List_items_are_items()
    {
        var items = Parse().Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(["who commanded them", "when they left"], items);
    }

    [Fact]
    public void Quoted_words_of_an_earlier_post_belong_to_it_not_to_the_replier()
    {
        var document = Parse();

        Assert.Single(document.Blocks, b => b.Text.Contains("who commanded them", StringComparison.Ordinal));
        var quoted = Assert.Single(document.Blocks, b => b.Text == "The garrison fled east in June 1931.");
        Assert.NotEqual(PassageKind.ListItem, quoted.Kind);
    }

    [Fact]
    public void Attachments_images_signatures_and_moderators_notes_are_not_prose()
    {
        var text = string.Join(" ", Parse().Blocks.Select(b => b.Text));

        foreach (var furniture in new[] { "kessel_1931.png", "bridge.png", "Rivers are arguments", "Moderator", "2015" })
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_tags_and_long_runs_of_brackets_are_read_in_bounded_time()
    {
        var hostile = "[b]one[/b] [i]two[/i] [quote]three\n\n" + string.Concat(Enumerable.Repeat("[b=[url=[img]", 20000)) + "\n" + new string('=', 100000) + "\n";

        var document = SourceFormats.For(SourceFormat.BBCode).Parse(Of(hostile, "hostile.txt"));

        Assert.Contains(document.Blocks, b => b.Text == "one two");
    }
}
