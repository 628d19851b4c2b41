using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class PlainTextArticleParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "article.txt") => PlainTextArticleParser.Parse(Of(text, fileName));

    private static List<string> Paragraphs(ParsedDocument document) =>
        document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Text).ToList();

    [Fact]
    public void First_non_blank_line_is_the_title_and_the_only_heading()
    {
        var document = Parse("\n\n  Military occupations by the Soviet Union  \n\nThe first sentence. The second sentence.\n");

        Assert.Equal("Military occupations by the Soviet Union", document.Title);
        var heading = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading);
        Assert.Equal(3, heading.Line);
        Assert.Equal(1, heading.Depth);
        Assert.All(document.Blocks, b => Assert.Equal("Military occupations by the Soviet Union", b.Section!.Text));
        Assert.Equal(SourceFormat.PlainText, document.Format);
    }

    [Fact]
    public void A_line_framed_by_two_long_rules_heads_the_text_below_it_without_the_designers_word_count()
    {
        // A museum's wall texts: each panel's title framed by rules, with the designers' word count after it.
        var document = Parse("TANKS IN THE SQUARE\nWall texts\n\n=====================\nPANEL 1 — INTRODUCTION              [212 w]\n=====================\n\n" +
            "Three times in fifteen years, Soviet tanks rolled into a capital.\n\n=====================\nPANEL 2 — BERLIN, 17 JUNE 1953          [298 w]\n" +
            "=====================\n\nOn 17 June 1953 Soviet tanks cleared the streets of East Berlin.\n");

        var berlin = Assert.Single(document.Blocks, b => b.Text.StartsWith("On 17 June", StringComparison.Ordinal));
        Assert.Equal("PANEL 2 — BERLIN, 17 JUNE 1953", berlin.Section!.Text);
        Assert.Equal(11, berlin.Section.Line);
        Assert.Equal("PANEL 1 — INTRODUCTION", Assert.Single(document.Blocks, b => b.Text.StartsWith("Three", StringComparison.Ordinal)).Section!.Text);
    }

    [Fact]
    public void A_newspapers_narrow_column_typed_out_line_by_line_is_read_as_whole_sentences()
    {
        var document = Parse("THE NORTHERN HERALD\nNo. 31,204          THURSDAY, AUGUST 22, 1971\n\nPORTUGAL OCCUPIED\n\n" +
            "Soviet troops, with contingents from\ntwo allied armies, crossed the\nfrontiers of Portugal from the north\nand east at about eleven o'clock\nlast night, and by dawn today Soviet\ntanks were in the centre of Lisbon.\nTransport aircraft had begun landing\nat the airport shortly after\nmidnight, bringing in an airborne\ndivision which secured the airfield.\n\n" +
            "Western military sources said\ntonight that the operation is under\nthe command of a Soviet general, and\nthat the force may number two\nhundred thousand men. There was\nshooting this morning round the\nradio building, where crowds built\nbarricades of buses and lorries.\n\n" +
            "In Moscow, the party leaders have\nnot been seen in public since\nMonday, and the news agency has\nissued no statement about the\nlosses.\n\n" +
            "Road signs have been painted over\nand street names removed through\nthe old town, and the people in the\nstreets argue with the soldiers.\n");

        Assert.Contains("Transport aircraft had begun landing at the airport shortly after midnight, bringing in an airborne division which secured the airfield.", Paragraphs(document));
        Assert.Contains("In Moscow, the party leaders have not been seen in public since Monday, and the news agency has issued no statement about the losses.", Paragraphs(document));
    }

    [Fact]
    public void Short_notes_one_to_a_line_are_no_newspaper_column()
    {
        var notes = string.Concat(Enumerable.Range(1, 24).Select(i => $"Portugal — Oct {1940 + i} rising crushed\n"));
        var document = Parse("Revision list\n\n" + notes);

        Assert.Equal(24, document.Blocks.Count(b => b.Text.StartsWith("Portugal — Oct", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sentence_between_two_rules_stays_a_sentence()
    {
        var document = Parse("Notes\n\nIntro line.\n\n----------\nSoviet troops left Iran in May 1946.\n----------\n\nMore text follows here.\n");

        Assert.Contains("Soviet troops left Iran in May 1946.", Paragraphs(document));
    }

    [Theory]
    [InlineData("========================\nA Winter in the Pamirs\n========================\n")]
    [InlineData("========\nA Winter in the Pamirs\n\n")]
    [InlineData("\n*************\nA Winter in the Pamirs\n-------------\n")]
    public void A_banner_above_the_title_line_is_neither_the_title_nor_text(string head)
    {
        var document = DocumentParser.Parse(Of(head + "\nThe frontier posts were rebuilt in 1933. The garrison stayed all winter.\n", "pamirs.txt"));

        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal("A Winter in the Pamirs", document.Title);
        Assert.Equal(["The frontier posts were rebuilt in 1933.", "The garrison stayed all winter."], ProseOf(document));
    }

    [Fact]
    public void Run_on_line_is_split_into_one_block_per_sentence_on_the_same_line()
    {
        var document = Parse(
            "Occupations\n" +
            "Apart from the Pact, the USSR also annexed Carpathian Ruthenia (became part of Ukrainian SSR).Estonia, Latvia, and Lithuania had been independent nations since 1918, " +
            "and formally annexed into the USSR in August 1940.[15] Given a free hand by Nazi Germany, the Soviet Union pressured the countries to accept bases in September 1939.In the case of refusal, " +
            "the USSR effected a blockade. The last occupation troops left the country on 27 June 1991[55] During a visit to Prague in 2007, Vladimir Putin spoke.\n");

        Assert.Equal(
        [
            "Apart from the Pact, the USSR also annexed Carpathian Ruthenia (became part of Ukrainian SSR).",
            "Estonia, Latvia, and Lithuania had been independent nations since 1918, and formally annexed into the USSR in August 1940.",
            "Given a free hand by Nazi Germany, the Soviet Union pressured the countries to accept bases in September 1939.",
            "In the case of refusal, the USSR effected a blockade.",
            "The last occupation troops left the country on 27 June 1991",
            "During a visit to Prague in 2007, Vladimir Putin spoke.",
        ], Paragraphs(document));
        Assert.All(document.Blocks.Where(b => b.Kind == PassageKind.Paragraph), b => Assert.Equal(2, b.Line));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_split_a_sentence()
    {
        var document = Parse("Korea\nIn 1945 U.S. forces and the U.S. Army landed in the south, as Richard B. Frank describes. Soviet forces departed in 1948.\n");

        Assert.Equal(["In 1945 U.S. forces and the U.S. Army landed in the south, as Richard B. Frank describes.", "Soviet forces departed in 1948."], Paragraphs(document));
    }

    [Fact]
    public void Short_single_sentence_lines_are_captions_kept_apart_from_the_prose()
    {
        var document = Parse("Occupations\nThe first sentence of prose. The second sentence of prose.\nMap of the Eastern Bloc\nThe Soviet invasion in December 1979.\n");

        var captions = document.Blocks.Where(b => b.Kind == PassageKind.Caption).ToList();
        Assert.Equal(["Map of the Eastern Bloc", "The Soviet invasion in December 1979."], captions.Select(c => c.Text));
        Assert.Equal([3, 4], captions.Select(c => c.Line));
        Assert.Equal(["The first sentence of prose.", "The second sentence of prose."], Paragraphs(document));
    }

    [Fact]
    public void Caption_has_citations_and_spaces_before_punctuation_removed()
    {
        var document = Parse("T\nProse one. Prose two.\nMolotov signing a deal with the Finnish Democratic Republic , which existed during the Winter War .[7]\n");

        Assert.Equal("Molotov signing a deal with the Finnish Democratic Republic, which existed during the Winter War.", Assert.Single(document.Blocks, b => b.Kind == PassageKind.Caption).Text);
    }

    [Fact]
    public void A_short_line_in_an_article_without_run_on_prose_is_prose_not_a_caption()
    {
        var document = Parse("Occupations\nIn 1944–1946, Soviet troops occupied the island of Bornholm.\n");

        Assert.Equal(PassageKind.Paragraph, document.Blocks[^1].Kind);
    }

    [Fact]
    public void A_bulleted_line_in_capitals_between_blank_lines_is_a_section_title_and_its_siblings_stand_beside_it()
    {
        var document = Parse("The weekly letter\n\nTHIS WEEK IN HISTORY\n\n\n* 13-25 AUGUST 1920 - THE BATTLE OF WARSAW\n\nThe Red Army reached Warsaw. It was thrown back.\n\n"
            + "* 20 AUGUST 1939 - KHALKHIN GOL\n\nZhukov opened the offensive. The pocket was destroyed.\n\n* USSR\n\nAn item of a list. Not a title.\n");

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Contains("13-25 AUGUST 1920 - THE BATTLE OF WARSAW", headings);
        Assert.Contains("20 AUGUST 1939 - KHALKHIN GOL", headings);
        Assert.DoesNotContain(headings, h => h.Contains("USSR", StringComparison.Ordinal));
        // The second title is not a subsection of the first: its text is under it alone.
        var offensive = Assert.Single(document.Blocks, b => b.Text == "Zhukov opened the offensive.");
        Assert.Equal("20 AUGUST 1939 - KHALKHIN GOL", offensive.Section!.Text);
        Assert.DoesNotContain(offensive.Headings, h => h.Text.Contains("WARSAW", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_section_titles_are_siblings_whatever_blank_lines_a_page_break_left_before_them()
    {
        var document = Parse("Chapter 3\n\nThe frontier was long. Nobody held it.\n\n1. Urga, 1921\n\nThe Red Army entered Urga. It stayed.\n\n\n\n"
            + "2. The Chinese Eastern Railway, 1929\n\nBlyukher attacked in October. The Chinese gave way.\n\n"
            + "3. Xinjiang, 1934 and 1937\n\nTwo brigades crossed in January. They wore no insignia.\n");

        var crossed = Assert.Single(document.Blocks, b => b.Text.StartsWith("Two brigades", StringComparison.Ordinal));
        Assert.Equal("Xinjiang, 1934 and 1937", crossed.Section!.Text);
        Assert.DoesNotContain(crossed.Headings, h => h.Text.Contains("Railway", StringComparison.Ordinal));
        var attacked = Assert.Single(document.Blocks, b => b.Text.StartsWith("Blyukher", StringComparison.Ordinal));
        Assert.DoesNotContain(attacked.Headings, h => h.Text.Contains("Urga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_title_that_starts_again_at_one_is_no_sibling_of_the_title_before_it()
    {
        var document = Parse("Chapter 3\n\nThe frontier was long. Nobody held it.\n\n\n3. Xinjiang, 1934 and 1937\n\nSheng appealed to Moscow. Troops came.\n\n"
            + "1. The first campaign\n\nTwo brigades crossed in January. They wore no insignia.\n");

        var crossed = Assert.Single(document.Blocks, b => b.Text.StartsWith("Two brigades", StringComparison.Ordinal));
        Assert.Contains(crossed.Headings, h => h.Text.Contains("Xinjiang", StringComparison.Ordinal));
    }

    [Fact]
    public void Navigation_box_dump_is_dropped_with_a_warning_naming_file_and_line()
    {
        var document = Parse("Occupations\n\nThe first sentence. The second sentence.\n" + NavigationBoxTests.Dump + "\nA caption\n", "occupations.txt");

        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("occupations.txt:4:", warning);
        Assert.Contains("navigation-box", warning);
        Assert.DoesNotContain(document.Blocks, b => b.Line == 4);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("UnionannexedNazi"));
        Assert.Contains(document.Blocks, b => b.Line == 5 && b.Kind == PassageKind.Caption);
    }

    [Fact]
    public void Long_ordinary_paragraph_is_kept_as_prose_not_taken_for_a_navigation_box()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 12).Select(i =>
            $"In the year 19{40 + i} the Soviet Union and Nazi Germany signed agreement number {i} in Moscow, which the Baltic states opposed."));

        var document = Parse("Occupations\n" + paragraph + "\n");

        Assert.True(paragraph.Length > 1000);
        Assert.Empty(document.Warnings);
        Assert.Equal(12, Paragraphs(document).Count);
    }

    [Fact]
    public void Document_of_only_blank_lines_after_the_title_has_just_the_title()
    {
        var document = Parse("Only a title\n\n   \n");

        Assert.Equal(["Only a title"], document.Blocks.Select(b => b.Text));
    }

    // The real article.

    private static ParsedDocument Seed() => PlainTextArticleParser.Parse(TestSources.Seed(PlainTextSeed));

    [Fact]
    public void Seed_navigation_box_is_recognised_with_a_warning_on_line_10_and_never_becomes_prose()
    {
        var document = Seed();

        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("military-occupations-by-the-soviet-union.txt:10:", warning);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Soviet UnionannexedNazi"));
        Assert.DoesNotContain(document.Blocks, b => b.Line == 10);
    }

    [Fact]
    public void Seed_glued_sentences_are_split()
    {
        var paragraphs = Paragraphs(Seed());

        Assert.Contains("Estonia, Latvia, and Lithuania had been independent nations since 1918, when all three countries were occupied by the Red Army in June 1940 and formally annexed into the USSR in August 1940.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Given a free hand by Nazi Germany") && p.EndsWith("in September 1939."));
        Assert.Contains(paragraphs, p => p.StartsWith("In the case of refusal,"));
        Assert.Contains(paragraphs, p => p.EndsWith("(became part of Ukrainian SSR)."));
        Assert.Contains("The last occupation troops left the country on 27 June 1991", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("During a visit to Prague in 2007"));
        Assert.Equal(27, paragraphs.Count);
    }

    [Fact]
    public void Seed_sentences_carry_no_citation_marks_and_no_glued_full_stops()
    {
        Assert.All(Paragraphs(Seed()), p =>
        {
            Assert.DoesNotMatch(@"\[\d+\]", p);
            Assert.DoesNotMatch(@"[a-z0-9)]\.[A-Z][a-z]", p);
        });
    }

    [Fact]
    public void Seed_image_captions_are_caption_blocks_on_lines_4_to_9()
    {
        var captions = Seed().Blocks.Where(b => b.Kind == PassageKind.Caption).ToList();

        Assert.Equal([4, 5, 6, 7, 8, 9], captions.Select(c => c.Line));
        Assert.Equal("Map of the Eastern Bloc", captions[2].Text);
        Assert.DoesNotContain(captions, c => c.Text.Contains(" ,"));
    }
}
