using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

/// <summary>A draft exported with its revisions showing is read as its next draft: changes accepted, comments left out.</summary>
public sealed class TrackedChangesTests
{
    [Theory]
    [InlineData("In [deleted: October] [inserted: mid-October] 1929 the flotilla sailed.", "In mid-October 1929 the flotilla sailed.")]
    [InlineData("Soviet units stayed, and [deleted: left in 1924] [inserted: the last of them left in 1925], after it.",
        "Soviet units stayed, and the last of them left in 1925, after it.")]
    [InlineData("The troops left. [deleted: The Red Army left in 1946.]", "The troops left.")]
    [InlineData("[Deleted: An old opening.] The corps crossed the river.", "The corps crossed the river.")]
    [InlineData("In {--October--}{++mid-October++} 1929 the flotilla sailed.", "In mid-October 1929 the flotilla sailed.")]
    [InlineData("The last troops left in {~~1924~>1925~~}.", "The last troops left in 1925.")]
    [InlineData("The corps crossed {>>cite Bawden?<<} the river.", "The corps crossed the river.")]
    [InlineData("The corps {==crossed==} the river.", "The corps crossed the river.")]
    [InlineData("The corps {++ crossed ++} the river.", "The corps crossed the river.")]
    [InlineData("In \\[deleted: October\\] \\[inserted: mid-October\\] 1929 the flotilla sailed.", "In mid-October 1929 the flotilla sailed.")]
    [InlineData("\\[Comment from supervisor, 4 March 2025: check the dates.\\]", "")]
    public void Changes_are_accepted(string text, string expected) => Assert.Equal(expected, TrackedChanges.Accept(text));

    [Fact]
    public void A_comment_and_its_reply_are_left_out_and_every_line_keeps_its_number()
    {
        var text = "The corps crossed.\n\n[Comment R. Osei: cite Bawden (1968)\nfor the date? RO]\n[Reply H. Marchetti: done. HM]\n\nThe troops left.";

        var accepted = TrackedChanges.Accept(text);

        Assert.Equal("The corps crossed.\n\n\n\n\n\nThe troops left.", accepted);
    }

    [Theory]
    [InlineData("u/someone [deleted] · 3 yr. ago")]
    [InlineData("{{Infobox military conflict | date = 1956}}")]
    [InlineData("The [Red] Army, as the comment in the margin says.")]
    [InlineData("[Commentary] on the Soviet note of {1956}")]
    [InlineData("[Reply: see below](https://example.org/?replytocom=12) to the note")]
    [InlineData("The note [reply to the Finnish proposal] was delivered.")]
    [InlineData("See [[Comment (journal)]] and [comments: none].")]
    public void Text_without_revision_marks_is_left_as_it_is(string text) => Assert.Equal(text, TrackedChanges.Accept(text));

    [Fact]
    public void An_unclosed_mark_is_left_as_it_is()
    {
        var text = "{-- " + string.Concat(Enumerable.Repeat("The Red Army crossed the river. ", 2000));

        Assert.Equal(text, TrackedChanges.Accept(text));
    }

    [Theory]
    [InlineData("{~~~>")]
    [InlineData("{--")]
    [InlineData("{++ ")]
    [InlineData("[deleted: ")]
    [InlineData("[Comment A: ")]
    public void Thousands_of_unclosed_marks_are_left_as_they_are(string start)
    {
        var text = string.Concat(Enumerable.Repeat(start + "a ~> b -- c ", 20_000));

        Assert.Equal(text, TrackedChanges.Accept(text));
    }

    [Fact]
    public void A_tracked_draft_is_parsed_without_its_marks_and_with_its_line_numbers()
    {
        var draft = "Chapter 3\n\n[Comment R. Osei: house style. RO]\n\nIn [deleted: October] [inserted: mid-October] 1929 the Amur Flotilla destroyed the Chinese flotilla.\n";

        var document = DocumentParser.Parse(new SourceText("ch3.txt", draft, ""));

        var block = Assert.Single(document.Blocks, b => b.Text.Contains("Amur", StringComparison.Ordinal));
        Assert.Equal("In mid-October 1929 the Amur Flotilla destroyed the Chinese flotilla.", block.Text);
        Assert.Equal(5, block.Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("house style", StringComparison.Ordinal));
    }
}
