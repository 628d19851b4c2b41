using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class HardWrapsTests
{
    private static List<Block> Prose(string text) =>
        PlainTextArticleParser.Parse(Of(text, "notes.txt")).Blocks.Where(b => b.Kind != PassageKind.Heading).ToList();

    private const string Wrapped = """
        The Iran crisis of 1946

        Soviet troops had entered northern Iran in August 1941 together with British
        forces, and a treaty obliged both powers to leave within six months of the
        end of the war. When the deadline passed in March 1946 the Red Army was
        still in the north. Moscow withdrew its troops in May 1946.

        Years later Truman claimed he had given Stalin an ultimatum; historians
        have found no trace of one.
        """;

    [Fact]
    public void A_numbered_paragraph_wrapped_back_to_the_margin_is_one_paragraph()
    {
        var blocks = Prose("""
            Verbatim record of the meeting

            4.  The PRESIDENT: In accordance with the decision taken by the Council, I
            shall invite the representative of Ruritania to take a place at the table.

            5.  Mr. BALL (United States of America): Last night, without warning, the
            armed forces of the Soviet Union, joined by contingents from Poland, Hungary,
            Bulgaria and the German Democratic Republic, crossed the frontiers of
            Ruritania. They came by road, by air and by rail. Some of us remember the
            voice of Budapest radio, and the General of the Army Vasiliy Petrov, First
            Deputy Commander-in-Chief of Soviet Ground Forces, who arrived that winter.

            6.  Some of us in this chamber remember November 1956 and the voice of
            Budapest radio asking the world for help.
            """);

        Assert.Contains(blocks, b => b.Text.Contains("without warning, the armed forces of the Soviet Union", StringComparison.Ordinal)
            && b.Text.Contains("crossed the frontiers of Ruritania.", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text.Contains("the voice of Budapest radio asking", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text.Contains("I shall invite", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_opening_with_an_outline_number_starts_a_paragraph_though_the_line_above_filled_the_width()
    {
        var blocks = Prose("""
            Lecture handout

            3.1 Independence (30 June 1960) was followed within days by an army mutiny,
            Belgian military intervention and the secession of Katanga. None of these
            were Soviet acts. The United Nations sent a force of its own within weeks.
            3.2 Prime Minister Patrice Lumumba turned to Moscow for transport aircraft.
            In August 1960 the USSR sent transport planes with Soviet crews and lorries.
            The estimate of 1.5 million refugees in the region is too high by half, and
            1.5 million is the figure most textbooks still print for the whole year.
            """);

        Assert.Contains(blocks, b => b.Text.StartsWith("3.2 Prime Minister Patrice Lumumba turned to Moscow", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("3.2", StringComparison.Ordinal) && b.Text.Contains("United Nations", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text.Contains("too high by half, and 1.5 million is the figure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_wrapped_at_a_fixed_width_is_read_as_whole_sentences_on_its_first_line()
    {
        var blocks = Prose(Wrapped);

        Assert.All(blocks, b => Assert.Equal(PassageKind.Paragraph, b.Kind));
        Assert.Contains(blocks, b => b.Line == 3 && b.Text == "When the deadline passed in March 1946 the Red Army was still in the north.");
        Assert.Contains(blocks, b => b.Line == 8 && b.Text.EndsWith("historians have found no trace of one.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_items_lines_indented_under_its_text_are_the_item_but_a_nested_item_is_its_own()
    {
        var blocks = Prose("""
            Indicative content

              - Operation Danube: on the night of 20-21 August 1968 Soviet, Polish,
                Hungarian and Bulgarian troops invaded Czechoslovakia.
                - East German divisions were held back at the border.
              - Dubcek was flown to Moscow.
            """);

        Assert.Equal([
            "Operation Danube: on the night of 20-21 August 1968 Soviet, Polish, Hungarian and Bulgarian troops invaded Czechoslovakia.",
            "East German divisions were held back at the border.",
            "Dubcek was flown to Moscow."], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(PassageKind.ListItem, b.Kind));
    }

    [Fact]
    public void A_short_numbered_title_and_lettered_points_are_not_wrapped_lines_of_the_item_above()
    {
        var blocks = Prose("""
            Notes

             1. Introduction
                The literature on Soviet policy in Africa has long been divided between those who.
             2. Why did the Soviet leaders change their minds in the last days of October 1956?
                a) Nagy announced that Hungary would leave the Warsaw Pact.
                b) Soviet leaders feared the revolt would spread.
            """);

        Assert.Contains(blocks, b => b.Text == "Introduction");
        Assert.Contains(blocks, b => b.Text.StartsWith("The literature", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text.StartsWith("a) Nagy announced", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("October 1956? a)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_or_a_lone_short_line_above_a_paragraph_heads_nothing()
    {
        var document = PlainTextArticleParser.Parse(Of("""
            Advisers, not armies

            By Anna Petrova
            The literature on Soviet policy in Africa has long been divided between those who see
            Moscow as the author of the region's wars and those who see it as a reluctant follower.
            Our aim is narrower, and we ask what Soviet personnel actually did on the ground there.

            Angola became independent on 11 November 1975 in the middle of a three-sided war. The
            first Soviet military specialists arrived in Luanda in the weeks after 11 November, and
            by 1976 a permanent mission was attached to the general staff of the new army there.
            """, "article.txt"));

        Assert.Equal(["Advisers, not armies"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void In_a_wrapped_article_a_short_line_right_above_its_paragraph_is_the_paragraphs_heading()
    {
        var document = PlainTextArticleParser.Parse(Of("""
            Advisers, not armies

            Introduction
            The literature on Soviet policy in Africa has long been divided between those who see
            Moscow as the author of the region's wars and those who see it as a reluctant follower.
            Our aim is narrower, and we ask what Soviet personnel actually did on the ground.


            Angola, 1975-1991
            Angola became independent on 11 November 1975 in the middle of a three-sided war. The
            first Soviet military specialists arrived in Luanda in the weeks after 11 November, and
            by 1976 a permanent mission was attached to the general staff of the new army there.
            """, "article.txt"));

        Assert.Equal(["Introduction", "Angola, 1975-1991"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Skip(1).Select(b => b.Text));
        Assert.Equal("Angola, 1975-1991", Assert.Single(document.Blocks, b => b.Text.StartsWith("Angola became", StringComparison.Ordinal)).Section!.Text);
    }

    [Fact]
    public void One_long_note_above_a_wrapped_text_does_not_set_its_width()
    {
        var page = "(Scanned from a worn copy of the 1962 edition, pages 40-41; the margins hold a reader's notes)\n\n" +
            string.Join("\n", [
                "Soviet troops had entered northern Iran in August 1941",
                "together with British forces, and a treaty obliged both",
                "powers to leave within six months of the end of the war.",
                "When the deadline passed in March 1946 the units of the",
                "Red Army were still in the north. Moscow withdrew them in",
                "May 1946, after the Azerbaijan People's Government had",
                "been promised oil talks that the Majlis refused to hold."]);

        var blocks = Prose(page);

        Assert.Contains(blocks, b => b.Text == "When the deadline passed in March 1946 the units of the Red Army were still in the north.");
    }

    [Fact]
    public void A_scraped_page_of_one_line_paragraphs_keeps_each_line_apart()
    {
        var page = "Soviet intervention in Hungary\n\n" +
            "Soviet tanks entered Budapest before dawn on 4 November 1956, and by the evening the main bridges and the parliament were held by Soviet units.\n" +
            "Imre Nagy took refuge in the Yugoslav embassy while János Kádár announced a new government from Szolnok, east of the capital, the same morning.\n" +
            "Soviet troops in Budapest, November 1956\n";

        var blocks = Prose(page);

        Assert.Contains(blocks, b => b.Line == 4 && b.Text.StartsWith("Imre Nagy took refuge", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Line == 5 && b.Text == "Soviet troops in Budapest, November 1956");
    }

    [Fact]
    public void List_items_and_table_rows_under_a_wrapped_line_start_lines_of_their_own()
    {
        var notes = "Notes\n\n" +
            "The Soviet advisers who reached Madrid in October 1936 were few, and most of\n" +
            "- tanks arrived in October 1936\n" +
            "| 1937 | more aircraft |\n";

        var blocks = Prose(notes);

        Assert.Contains(blocks, b => b.Kind == PassageKind.ListItem && b.Text == "tanks arrived in October 1936");
        Assert.DoesNotContain(blocks, b => b.Text.Contains("most of -", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rendered_footnote_under_a_wrapped_line_is_a_reference_not_the_lines_end()
    {
        var document = PlainTextArticleParser.Parse(Of(Wrapped.Replace("May 1946.\n", "May 1946.\n^ Orlova, Vera. Posts on the Roof of the World. Tashkent, 1988, pp. 10-12\n",
            StringComparison.Ordinal), "notes.txt"));

        Assert.Contains("Orlova, Vera. Posts on the Roof of the World. Tashkent, 1988, pp. 10-12", document.References);
        Assert.Contains(document.Blocks, b => b.Text == "Moscow withdrew its troops in May 1946.");
    }
}
