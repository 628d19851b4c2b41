using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A wiki page rendered to text and saved: no title line, bare-line headings, debris, footnotes.</summary>
public class ScrapedArticleTests
{
    private static ParsedDocument Parse(string text, string fileName = "scraped.txt") => PlainTextArticleParser.Parse(Of(text, fileName));

    private static List<Block> ProseBlocks(ParsedDocument document) => document.Blocks.Where(b => b.Kind != PassageKind.Heading).ToList();

    // Written for these tests; it imitates the layout of a scraped article, not any article's words.
    private const string Article = """
        The RURITANIAN CRISIS (, ) was a standoff between two neighbours in 1958.[1] It ended after a week.


        Background

        Tension had grown for years.[2] Both sides moved troops to the river.

        The_old_bridge.jpg in the capital, 1957]] Talks failed in the spring. The army was put on alert.

        Talks

        in the capital on 3 May 1958]]

        The envoys met twice. They agreed on nothing.

        1.  Invasion: march on the capital at once.
        2.  Blockade: close the river to shipping.


        See also

        -   Border crises

        References

        -   -   Smith, A. The River (1990)

        Category:Crises Category:1958

        [1] Smith (1990), p. 4

        [2]
        """;

    [Fact]
    public void The_title_is_the_subject_the_lead_writes_in_capitals_never_the_lead()
    {
        var document = Parse(Article);

        Assert.Equal("Ruritanian Crisis", document.Title);
        Assert.Equal("The Ruritanian Crisis was a standoff between two neighbours in 1958.", ProseBlocks(document)[0].Text);
    }

    [Fact]
    public void Without_a_short_first_line_or_capitals_the_title_is_the_file_name_in_words()
    {
        var document = Parse("A long opening paragraph that says what the whole article is about, in two sentences, as leads do. It goes on.\n", "river-crisis_1958.txt");

        Assert.Equal("River crisis 1958", document.Title);
    }

    [Fact]
    public void Bare_lines_between_blank_lines_are_headings_two_blank_lines_above_a_section_one_a_subsection()
    {
        var document = Parse(Article);

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();
        Assert.Equal([("Ruritanian Crisis", 1), ("Background", 2), ("Talks", 3)], headings);
        var envoys = Assert.Single(document.Blocks, b => b.Text == "The envoys met twice.");
        Assert.Equal("Ruritanian Crisis › Background › Talks", Path(envoys.Headings));
    }

    [Fact]
    public void Caption_debris_is_removed_and_the_prose_after_it_kept()
    {
        var document = Parse(Article);

        Assert.Contains(document.Blocks, b => b.Text == "Talks failed in the spring.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("]]") || b.Text.Contains(".jpg") || b.Text.Contains("3 May 1958"));
    }

    [Fact]
    public void Numbered_items_that_look_like_headings_stay_list_items()
    {
        var document = Parse(Article);

        var items = document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(["Invasion: march on the capital at once.", "Blockade: close the river to shipping."], items);
    }

    [Fact]
    public void See_also_references_footnotes_and_categories_are_references_not_blocks()
    {
        var document = Parse(Article);

        Assert.Equal(["Border crises", "Smith, A. The River (1990)", "Smith (1990), p. 4"], document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Smith") || b.Text.Contains("Category") || b.Text.Contains("Border crises") || b.Text == "See also");
    }

    [Fact]
    public void Citation_marks_and_empty_brackets_are_gone_from_every_sentence()
    {
        Assert.All(ProseBlocks(Parse(Article)), b =>
        {
            Assert.DoesNotMatch(@"\[\d+\]", b.Text);
            Assert.DoesNotContain("(, )", b.Text);
            Assert.DoesNotContain("()", b.Text);
        });
    }

    [Fact]
    public void Infobox_remnants_before_the_lead_are_removed()
    {
        var document = Parse("May 1, 1950 (signed){{-}}June 2, 1950 |signatories = |languages = English |wikisource = The Treaty }} The TREATY OF THE RIVER was an agreement. It was short.\n");

        Assert.Equal("Treaty of the River", document.Title);
        Assert.Equal("The Treaty of the River was an agreement.", ProseBlocks(document)[0].Text);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("signatories") || b.Text.Contains("1950"));
    }
}
