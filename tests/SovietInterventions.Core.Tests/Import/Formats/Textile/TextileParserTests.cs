using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Textile;

public class TextileParserTests
{
    private const string TextilePage = """
        {{>toc}}

        h1. The Kessel bridge

        p(note). *Status:* draft -- see [[Bridge_dating]] and [[#works|the works]].

        In May 1931 Soviet engineers bridged the river at _Kessel_, as "the gazette":https://example.org/g reported.
        The garrison fled east in June 1931.[1]

        !kessel_map.png!

        h2(#works). Works

        |_. Year |_. Event |
        | 1932 | the bridge was %{color:red}widened% |

        * two nights of work
        ** one day of rest
        # the first ferry

        bq. A bridge is an argument, said an engineer.

        bc. int main() { return 1950; }

        <!-- note to self: 1960 -->

        fn1. The Kessel gazette, 1931.
        """;

    private const string JiraPage = """
        [BRIDGE-7] The Kessel bridge brief
        Project: Bridges   Type: Story   Reporter: Anna Example
        ----------------------------------------
        Description
        ----------------------------------------

        h1. The Kessel bridge

        {panel:title=In one paragraph|borderStyle=solid}
        In May 1931 Soviet engineers bridged the river at *Kessel*, see [the gazette|https://example.org/g].
        {panel}

        h2. Works

        ||Year||Event||
        |1932|the bridge was {color:red}widened{color}|

        {quote}
        A bridge is an argument, said an engineer.
        {quote}

        {code:java}
        int main() { return 1950; }
        {code}

        {noformat}
        1960 plain log
        {noformat}

        - one day of rest
        * [~anna] asked for the map !map.png|thumbnail!
        """;

    private static ParsedDocument Parse(string text = TextilePage, string fileName = "kessel.textile") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_textile_file_is_textile_and_so_is_text_with_several_hN_headings_jira_markup_included()
    {
        Assert.Equal(SourceFormat.Textile, Parse().Format);
        Assert.Equal(SourceFormat.Textile, Parse(fileName: "kessel.txt").Format);
        Assert.Equal(SourceFormat.Textile, Parse(JiraPage, "brief.txt").Format);
    }

    [Fact]
    public void Other_formats_with_one_h_line_or_stronger_signs_stay_what_they_were()
    {
        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(Of("h1. A lone line\n\nIn May 1931 Soviet engineers bridged the river.\n", "a.txt")));
        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(Of("# Kessel\n\n## Works\n\nThe bridge was widened in 1932.\n", "a.md")));
        Assert.NotEqual(SourceFormat.Textile, FormatDetector.Detect(Of("#+TITLE: Kessel\n#+AUTHOR: Me\n* Works\nh1. one\nh2. two\n", "a.txt")));
    }

    [Fact]
    public void Headings_stand_at_their_level_and_the_first_titles_the_page()
    {
        var document = Parse();

        Assert.Equal("The Kessel bridge", document.Title);
        Assert.Equal([("The Kessel bridge", 1), ("Works", 2)], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList());
    }

    [Fact]
    public void A_paragraphs_lines_are_joined_its_markup_taken_off_and_links_read_as_their_labels()
    {
        var prose = ProseOf(Parse());

        Assert.Contains("Status: draft — see Bridge dating and the works.", prose);
        Assert.Contains("In May 1931 Soviet engineers bridged the river at Kessel, as the gazette reported. The garrison fled east in June 1931.", prose);
    }

    [Fact]
    public void A_tables_rows_read_under_its_header_row_and_lists_by_depth()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Text == "Year: 1932; Event: the bridge was widened." && b.Line == 15);
        Assert.Equal([("two nights of work", 0), ("one day of rest", 1), ("the first ferry", 0)],
            document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => (b.Text, b.Depth)).ToList());
    }

    [Fact]
    public void Quotes_are_prose_code_comments_images_and_macros_are_not_and_a_footnote_is_a_reference()
    {
        var document = Parse();

        Assert.Contains("A bridge is an argument, said an engineer.", ProseOf(document));
        Assert.Contains("The Kessel gazette, 1931.", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1950", StringComparison.Ordinal) || b.Text.Contains("1960", StringComparison.Ordinal)
            || b.Text.Contains("png", StringComparison.Ordinal) || b.Text.Contains("toc", StringComparison.Ordinal) || b.Text.Contains("[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Jira_markup_reads_the_same_way_its_issue_fields_and_boxes_are_no_prose()
    {
        var document = Parse(JiraPage, "brief.txt");

        Assert.Equal("The Kessel bridge", document.Title);
        Assert.Equal(
            ["In May 1931 Soviet engineers bridged the river at Kessel, see the gazette.", "Year: 1932; Event: the bridge was widened.",
             "A bridge is an argument, said an engineer.", "one day of rest", "asked for the map"],
            ProseOf(document));
        Assert.Equal(["Description", "The Kessel bridge", "Works"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList());
    }

    [Fact]
    public void Unclosed_code_and_long_runs_of_marks_end_in_normal_time()
    {
        var marks = string.Concat(Enumerable.Repeat("*_[\"!%{", 200_000));
        var document = SourceFormats.For(SourceFormat.Textile).Parse(Of("h1. A\n\nh2. B\n\n" + marks + "\n{code}\n" + marks, "runs.textile"));

        Assert.Equal(["A", "B"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList());
    }
}
