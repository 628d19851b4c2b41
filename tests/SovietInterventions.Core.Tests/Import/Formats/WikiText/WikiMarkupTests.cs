using System.Text;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.WikiText;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiText;

/// <summary>Real MediaWiki markup: infoboxes, references, templates, files and categories.</summary>
public class WikiMarkupTests
{
    private static ParsedDocument Parse(string text) => WikiTextParser.Parse(Of(text, "article.wiki"));

    // Written for these tests: an invented conflict in the layout of a real article.
    private const string Article = """
        {{Short description|An invented conflict}}
        {{Infobox military conflict
        | conflict   = River War
        | image      = [[File:Bridge.jpg|250px]]
        | date       = 3–9 May 1950
        | place      = [[Ruritania]], {{convert|5|km}} from the border
        | combatant1 = {{flag|Soviet Union}}
        | combatant2 = {{plainlist|
        * [[Ruritania]]
        * Local militias}}
        | commander1 = [[Ivan Petrov (general)|Ivan Petrov]]
        | result     = Truce<ref>{{cite book |last=Smith |first=Anna |title=The River |year=1990 |page=12}}</ref>
        }}
        = River War =
        [[File:Map.png|thumb|A map of [[Ruritania]] in 1950]]
        The '''River War''' ({{lang-ru|Речная война}}) began {{circa|1950}} when [[Red Army]] units crossed.<ref name="a">Jones, p. 4.</ref> It lasted a week.{{sfn|Jones|2001|p=5}}{{efn|Some say eight days.}}
        Troops moved {{convert|20|to|30|km}} a day{{citation needed|date=May 2020}}, said {{lang|ru|Ivan}}.<ref name="a" /> {{Unknown template|with=args}}The river rose.
        == Aftermath ==
        The truce held.<!-- a hidden
        editorial comment -->
        == See also ==
        * [[Border wars]]
        == References ==
        {{reflist}}
        [[Category:Invented wars]]
        """;

    [Fact]
    public void Infobox_fields_become_facts_with_their_lines_and_clean_values()
    {
        var facts = Parse(Article).Facts;

        Assert.Equal(
        [
            ("conflict", "River War", 3), ("date", "3–9 May 1950", 5), ("place", "Ruritania, 5 km from the border", 6),
            ("combatant1", "Soviet Union", 7), ("combatant2", "Ruritania; Local militias", 8), ("commander1", "Ivan Petrov", 11),
            ("result", "Truce", 12),
        ], facts.Select(f => (f.Name, f.Value, f.Line)));
    }

    [Theory]
    [InlineData("[[Ivan Petrov]]<br>[[Pavel Orlov (general)|Pavel Orlov]]")]
    [InlineData("[[Ivan Petrov]]<br />\n[[Pavel Orlov]]")]
    [InlineData("{{plainlist|\n* [[Ivan Petrov]]\n* [[Pavel Orlov]]}}")]
    [InlineData("\n* [[Ivan Petrov]]\n* [[Pavel Orlov]]")]
    [InlineData("{{ubl|[[Ivan Petrov]]|Pavel Orlov}}")]
    public void Infobox_commanders_written_as_lines_or_bullets_are_a_clean_list_of_names(string value)
    {
        var facts = Parse($"{{{{Infobox military conflict\n| combatant1 = {{{{flag|Soviet Union}}}}<br>{{{{flag|Ruritania}}}}\n| commander1 = {value}\n}}}}\nThe war began.\n").Facts;

        Assert.Equal(["Soviet Union", "Ruritania"], facts.Single(f => f.Name == "combatant1").Items);
        Assert.Equal(["Ivan Petrov", "Pavel Orlov"], facts.Single(f => f.Name == "commander1").Items);
    }

    [Fact]
    public void Ref_tags_and_citation_templates_become_references_never_prose()
    {
        var document = Parse(Article);

        Assert.Equal(["Smith, Anna. The River. 1990. p. 12", "Jones, p. 4.", "Jones 2001, p. 5", "Some say eight days.", "Border wars"], document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Jones") || b.Text.Contains("Smith") || b.Text.Contains("eight days"));
    }

    [Fact]
    public void Inline_templates_keep_their_words_and_unknown_ones_go_without_the_sentence()
    {
        var prose = ProseOf(Parse(Article));

        Assert.Equal(
        [
            "The River War (Речная война) began c. 1950 when Red Army units crossed. It lasted a week.",
            "Troops moved 20–30 km a day, said Ivan. The river rose.",
            "The truce held.",
        ], prose);
    }

    [Fact]
    public void Files_categories_and_comments_never_become_text()
    {
        var document = Parse(Article);

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("File") || b.Text.Contains("Map") || b.Text.Contains("Category") || b.Text.Contains("Invented") || b.Text.Contains("editorial"));
    }

    [Fact]
    public void Lines_keep_their_numbers_after_markup_over_several_lines()
    {
        var document = Parse(Article);

        Assert.Equal(14, document.Blocks.Single(b => b.Text == "River War").Line);
        Assert.Equal(17, document.Blocks.Single(b => b.Text.StartsWith("Troops moved")).Line);
        Assert.Equal(19, document.Blocks.Single(b => b.Text == "The truce held.").Line);
        Assert.Equal("River War", document.Title);
    }

    [Fact]
    public void Deeply_nested_and_unclosed_templates_give_a_result()
    {
        var nested = new StringBuilder("= T =\nBefore ");
        for (var i = 0; i < 5_000; i++) nested.Append("{{x|");
        for (var i = 0; i < 5_000; i++) nested.Append("}}");
        nested.Append(" after.\n").Append(string.Concat(Enumerable.Repeat("{{open ", 20_000))).Append("\nLast line.\n");

        var document = Parse(nested.ToString());

        Assert.Contains(document.Blocks, b => b.Text == "Before after.");
        Assert.Contains(document.Blocks, b => b.Text == "Last line.");
    }
}
