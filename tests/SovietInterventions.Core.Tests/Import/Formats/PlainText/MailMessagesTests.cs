using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class MailMessagesTests
{
    private const string Digest = """
        Send RIVERS-L mailing list submissions to
            rivers-l@lists.example.net
        To subscribe or unsubscribe, visit the list page.

        Today's Topics:

           1. Re: Who built the northern dam? (Ann Reader)
           2. Boat trip in May (moderator)

        ----------------------------------------------------------------------

        Message: 1
        Date: Tue, 2 Apr 2019 10:00:00 +0000
        From: Ann Reader
        Subject: Re: Who built the northern dam?

        On Mon, 1 Apr 2019, Bob Asker wrote:
        > Does anybody know when the northern dam
        > was finished?

        The engineers of the river board finished it in 1931 after six years of work.

        --
        Ann Reader
        Museum of Water, 1900-2000

        ------------------------------

        Message: 2
        Date: Wed, 3 Apr 2019 08:00:00 +0000
        From: RIVERS-L moderator
        Subject: Boat trip in May

        The boat leaves the lower quay at nine.

        ------------------------------

        End of RIVERS-L Digest, Vol 7, Issue 3
        **************************************
        """;

    [Fact]
    public void A_digest_is_titled_by_its_name_and_issue_not_by_its_first_boilerplate_line()
    {
        Assert.Equal("RIVERS-L Digest, Vol 7, Issue 3", PlainTextArticleParser.Parse(Of(Digest, "digest.txt")).Title);
    }

    [Fact]
    public void The_lists_preamble_index_headers_signatures_and_closing_line_are_no_text()
    {
        var text = string.Join("\n", ProseOf(PlainTextArticleParser.Parse(Of(Digest, "digest.txt"))));

        foreach (var debris in new[] { "subscribe", "Today's Topics", "Ann Reader", "Date:", "Message:", "Museum of Water", "End of", "wrote" })
            Assert.DoesNotContain(debris, text, StringComparison.Ordinal);
        Assert.Contains("The engineers of the river board finished it in 1931 after six years of work.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_messages_subject_without_its_reply_mark_heads_what_the_message_says()
    {
        var blocks = PlainTextArticleParser.Parse(Of(Digest, "digest.txt")).Blocks;

        var answer = Assert.Single(blocks, b => b.Text.StartsWith("The engineers", StringComparison.Ordinal));
        Assert.Equal("Who built the northern dam?", answer.Section!.Text);
        Assert.Equal("Boat trip in May", Assert.Single(blocks, b => b.Text.StartsWith("The boat", StringComparison.Ordinal)).Section!.Text);
    }

    [Fact]
    public void A_run_of_quoted_lines_is_one_caption_without_its_marks()
    {
        var quote = Assert.Single(PlainTextArticleParser.Parse(Of(Digest, "digest.txt")).Blocks, b => b.Text.Contains("northern dam was", StringComparison.Ordinal));

        Assert.Equal(PassageKind.Caption, quote.Kind);
        Assert.Equal("Does anybody know when the northern dam was finished?", quote.Text);
    }

    [Fact]
    public void Each_quoted_paragraph_and_list_item_is_a_caption_of_its_own()
    {
        string[] lines = [
            "From: Ann Reader", "Subject: Re: the dams", "",
            "> NORTH: finished, no debate:", ">",
            "> - 2 May: the board opens the sluices and the", ">   water reaches the town.",
            "> * 9 May: the road reopens.", ">", "> Ask the museum.", "",
            "Thanks."];
        var mail = MailMessages.Read(lines);

        var quotes = Enumerable.Range(0, lines.Length).Where(i => mail.Role(i) == MailLine.Quote).Select(i => (i, mail.Text(i))).ToList();

        Assert.Equal([(3, "NORTH: finished, no debate:"), (5, "2 May: the board opens the sluices and the water reaches the town."),
            (7, "9 May: the road reopens."), (9, "Ask the museum.")], quotes);
    }

    [Fact]
    public void A_quoted_word_broken_at_a_lines_end_is_one_word_again()
    {
        string[] lines = ["From: Ann Reader", "Subject: Re: the dams", "", "> the board opens the sluic-", "> es in May.", "", "Thanks."];
        var mail = MailMessages.Read(lines);

        Assert.Equal("the board opens the sluices in May.", mail.Text(3));
    }

    [Fact]
    public void A_text_without_mail_headers_keeps_its_quoted_and_dashed_lines_as_they_were()
    {
        var mail = MailMessages.Read(["Notes", "", "> a quoted line", "--", "Subject: none here"]);

        Assert.Null(mail.Title);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(MailLine.Text, mail.Role(i)));
    }

    [Fact]
    public void A_single_message_is_titled_by_its_subject_and_keeps_the_text_above_its_headers()
    {
        var document = PlainTextArticleParser.Parse(Of("""
            Forwarded for the archive, as promised.

            From: Clerk of the Board
            Subject: Fwd: Minutes of the spring meeting

            The board met twice in the spring and agreed the new tariff.
            """, "forward.txt"));

        Assert.Equal("Minutes of the spring meeting", document.Title);
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("Forwarded for the archive", StringComparison.Ordinal));
    }
}
