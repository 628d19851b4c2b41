using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Typed revision notes whose bullets make them Markdown, with "*** PLACE YEAR ***" lines for headings.</summary>
public class BannerNotesTests
{
    private const string Notes = """
        history revision, do not lose
        last looked at 3/5/2024

        *** ROMANIA 1944 ***
        - 23 Aug: the king has the marshal arrested
        - 31 Aug: the army of the front marches into the capital
          and stays

        *** BULGARIA 1944 ***
        context: the regent's government asks for terms
        - 8 Sep: the front crosses the Danube
        """;

    [Fact]
    public void A_banner_line_heads_the_bullets_below_it()
    {
        var document = DocumentParser.Parse(Of(Notes, "revision.txt"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        var items = document.Blocks.Where(b => b.Kind == PassageKind.ListItem).ToList();
        Assert.Equal(["ROMANIA 1944", "ROMANIA 1944", "BULGARIA 1944"], items.Select(b => b.Section!.Text));
        Assert.Equal("31 Aug: the army of the front marches into the capital and stays", items[1].Text);
    }

    [Fact]
    public void A_line_right_below_a_banner_is_its_own_paragraph_under_it()
    {
        var document = DocumentParser.Parse(Of(Notes, "revision.txt"));

        var context = Assert.Single(document.Blocks, b => b.Text.StartsWith("context:", StringComparison.Ordinal));
        Assert.Equal(PassageKind.Paragraph, context.Kind);
        Assert.Equal("BULGARIA 1944", context.Section!.Text);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("***", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_lines_above_the_first_banner_are_text_before_a_heading_and_no_banner_is_the_title()
    {
        var document = DocumentParser.Parse(Of(Notes, "revision.txt"));

        Assert.All(document.Warnings, w => Assert.Matches(@"revision\.txt:1:", w));
        Assert.Equal("Revision", document.Title, ignoreCase: true);
    }

    private const string FramedNotes = """
        Revision Sheet: Two Crossings 1944
        (redone at the weekend)

        ==================================
        PART 1 — THE DANUBE CROSSING
        ==================================
        - 8 Sep: the front crosses the river at three places before dawn
        - 9 Sep: the regent's government asks the crossing army for terms
        - 15 Sep: the capital is entered without a shot being fired

        ==================================
        PART 2 — THE MOUNTAIN PASS
        ==================================
        - 20 Sep: the corps climbs the pass in the first snow of the year
        - 24 Sep: the garrison on the far side of the pass gives up its guns
        - 30 Sep: the corps winters in the valley below the pass
        """;

    [Fact]
    public void A_line_framed_by_two_rules_is_a_heading_of_its_words_and_the_rules_are_no_text()
    {
        var document = DocumentParser.Parse(Of(FramedNotes, "framed.txt"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["PART 1 — THE DANUBE CROSSING", "PART 2 — THE MOUNTAIN PASS"], headings);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("===", StringComparison.Ordinal));
        Assert.Equal("PART 2 — THE MOUNTAIN PASS", Assert.Single(document.Blocks, b => b.Text.StartsWith("20 Sep", StringComparison.Ordinal)).Section!.Text);
    }

    [Fact]
    public void A_sentence_framed_by_two_rules_in_notes_stays_a_sentence_as_in_plain_text()
    {
        var document = DocumentParser.Parse(Of(FramedNotes.Replace("PART 2 — THE MOUNTAIN PASS", "The corps turned south to the pass.", StringComparison.Ordinal), "framed.txt"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text.StartsWith("The corps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_framed_by_dash_rules_with_a_dash_typed_as_two_is_still_a_heading()
    {
        const string notes = """
            Revision Sheet: Two Crossings 1944

            ----------------------------------
            1. THE DANUBE CROSSING
            ----------------------------------
            - 8 Sep: the front crosses the river at three places before dawn

            ----------------------------------
            2. THE MOUNTAIN PASS   (key case -- learn dates!)
            ----------------------------------
            - 20 Sep: the corps climbs the pass in the first snow of the year
            """;
        var document = DocumentParser.Parse(Of(notes, "framed.txt"));

        var heading = Assert.Single(document.Blocks, b => b.Text.StartsWith("20 Sep", StringComparison.Ordinal)).Section!;
        Assert.StartsWith("2. THE MOUNTAIN PASS", heading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_rule_under_a_header_of_several_lines_closes_it_and_underlines_no_heading()
    {
        const string notes = """
            REV 101  Two crossings 1944
            WEEK 8 -- the rivers (exam = 3 of 6 Qs)
            my notes + revision additions
            ==================================

            ## The Danube crossing

            - 8 Sep: the front crosses the river at three places before dawn
            """;
        var document = DocumentParser.Parse(Of(notes, "rev101_wk8_notes.txt"));

        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text.Contains("WEEK 8", StringComparison.Ordinal));
        Assert.DoesNotContain("WEEK 8", document.Title, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text.Contains("WEEK 8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_under_markdown_of_its_own_stays_markdowns()
    {
        var document = DocumentParser.Parse(Of("# Notes\nThe crossings\n-----\n\n- 8 Sep: the front crosses the river\n", "notes.md"));

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "The crossings");
    }

    [Fact]
    public void Notes_headed_only_by_framed_banners_are_titled_by_their_short_first_line_as_plain_text_is()
    {
        Assert.Equal("Revision Sheet: Two Crossings 1944", DocumentParser.Parse(Of(FramedNotes, "framed.txt")).Title);
    }

    [Fact]
    public void A_heading_underlined_with_a_rule_stays_the_title()
    {
        var document = DocumentParser.Parse(Of("River Crossings\n===============\n\n- 8 Sep: the front crosses the river\n", "underlined.md"));

        Assert.Equal("River Crossings", document.Title);
    }

    [Fact]
    public void Outline_pages_joined_by_head_are_markdown_headed_by_each_file_name_not_wikitext()
    {
        var joined = "==> Ruritania 1950.md <==\n- type:: [[intervention]]\n- advisers arrive in 1950\n\n"
            + "==> notes\\Freedonia (1951).md <==\n- {{embed: ((x1))}}\n- tanks roll in 1951\n\n==> 1952.05.01 Freedonia <==\n- the envoy left\n";

        var document = DocumentParser.Parse(Of(joined, "roam-export.md"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.Equal(["Ruritania 1950", "Freedonia (1951)", "1952.05.01 Freedonia"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Equal("Freedonia (1951)", Path(document.Blocks.Single(b => b.Text.StartsWith("tanks", StringComparison.Ordinal)).Headings));
    }
}
