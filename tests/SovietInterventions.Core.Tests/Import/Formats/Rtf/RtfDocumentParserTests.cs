using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Rtf;

public class RtfDocumentParserTests
{
    private const string Letter = """
        {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}{\f1\fnil\fcharset238 Arial;}}
        {\colortbl ;\red0\green0\blue128;}
        {\*\generator Riched20 10.0;}{\info{\title Notes on the river war}{\author A. Tutor}}\viewkind4\uc1
        \pard\b\fs32 The river war\par
        \fs26 Part 1: The crossing, May 1931\b0\fs22\par
        \b Note.\b0  General Anton Kessler\rquote s engineers bridged the river at Kr\u243\'3fl\'f3wka in May 1931.{\footnote\pard\plain Kessler, \i Diary\i0 , p.\~4.\par Second page of the note.}\par
        The \f1 Pol\'e1k\f0  brigade crossed \endash  unopposed \endash  the next day.\line A second line.\par
        {\pict\wmetafile8 0100090000 Soviet tanks 1999}
        {\*\bkmkstart hidden}Words after a bookmark.\par
        \b\fs26 Part 2: Retreat\b0\fs22\par
        The bridge was burned in June 1931.\par
        }
        """;

    private static ParsedDocument Parse(string text = Letter, string fileName = "notes.rtf") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void An_rtf_file_is_read_for_its_paragraphs_with_its_info_title_and_author_as_metadata()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Rtf, document.Format);
        Assert.Equal("Notes on the river war", document.Title);
        Assert.Equal("A. Tutor", document.Metadata.Author);
        Assert.Contains("Note. General Anton Kessler’s engineers bridged the river at Królówka in May 1931.", ProseOf(document));
    }

    [Fact]
    public void Escaped_bytes_are_read_in_their_fonts_code_page_and_unicode_escapes_skip_their_fallback()
    {
        var document = Parse();

        Assert.Contains("The Polák brigade crossed – unopposed – the next day.", ProseOf(document));
        Assert.Contains(ProseOf(document), p => p.Contains("Królówka") && !p.Contains('?'));
    }

    [Fact]
    public void A_line_break_parts_paragraphs_as_a_paragraph_mark_does()
    {
        Assert.Contains("A second line.", ProseOf(Parse()));
    }

    [Fact]
    public void Tables_pictures_and_starred_destinations_give_no_text()
    {
        var prose = string.Join(" ", ProseOf(Parse()));

        Assert.DoesNotContain("Arial", prose);
        Assert.DoesNotContain("1999", prose);
        Assert.DoesNotContain("hidden", prose);
        Assert.DoesNotContain("Riched20", prose);
        Assert.Contains("Words after a bookmark.", prose);
    }

    [Fact]
    public void A_footnote_is_a_reference_and_the_paragraph_it_stands_in_goes_on_after_it()
    {
        var document = Parse();

        Assert.Equal(["Kessler, Diary, p. 4. Second page of the note."], document.References);
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Diary"));
    }

    [Fact]
    public void A_short_paragraph_set_wholly_in_bold_is_a_heading_and_larger_type_heads_smaller()
    {
        var document = Parse();

        var retreat = Assert.Single(document.Blocks, b => b.Text == "The bridge was burned in June 1931.");
        Assert.Equal("Notes on the river war › The river war › Part 2: Retreat", Path(retreat.Headings));
        var crossing = Assert.Single(document.Blocks, b => b.Text.StartsWith("Note.", StringComparison.Ordinal));
        Assert.Equal("Notes on the river war › The river war › Part 1: The crossing, May 1931", Path(crossing.Headings));
    }

    [Fact]
    public void A_bold_sentence_or_a_bold_lead_in_stays_prose()
    {
        var document = Parse(@"{\rtf1\ansi \b Do not copy this page.\b0\par \b Note:\b0  the army crossed in 1931.\par}");

        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.Heading && b.Depth > 1);
        Assert.Equal(["Do not copy this page.", "Note: the army crossed in 1931."], ProseOf(document));
    }

    [Fact]
    public void Without_an_info_title_the_first_bold_heading_titles_the_document()
    {
        var document = Parse(@"{\rtf1\ansi {\b The river war}\par The army crossed in 1931.\par}");

        Assert.Equal("The river war", document.Title);
        Assert.Equal(["The army crossed in 1931."], ProseOf(document));
    }

    [Fact]
    public void A_file_named_rtf_that_is_not_RTF_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => Parse("The army crossed in 1931.", "notes.rtf"));

        Assert.Contains("does not open", error.Message);
    }

    [Fact]
    public void Deeply_nested_groups_and_an_unclosed_file_are_read_without_failing()
    {
        var text = @"{\rtf1\ansi " + new string('{', 50_000) + "Soviet advisers arrived in 1931." + new string('}', 49_000);

        Assert.Equal(["Soviet advisers arrived in 1931."], ProseOf(Parse(text)));
    }
}
