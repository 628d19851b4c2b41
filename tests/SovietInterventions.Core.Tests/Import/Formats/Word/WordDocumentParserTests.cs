using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Word;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Word;

public class WordDocumentParserTests
{
    private const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // The parts of a .docx pasted one after another, as a student sends a draft: the document with a tracked change and a
    // comment's marks, then the comments, then the footnotes.
    private const string Draft = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="{Namespace}"><w:body>
        <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>The river campaigns, 1931</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:t>Draft 4, for supervision</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. The crossing</w:t></w:r></w:p>
        <w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Soviet engineers bridged the river at Kessel </w:t></w:r><w:del w:id="1" w:author="T"><w:r><w:delText>in 1929</w:delText></w:r></w:del><w:ins w:id="2" w:author="T"><w:r><w:t>in May 1931</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The garrison fled east.</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Kessel</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>Soviet action</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>May 1931</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:sectPr/></w:body></w:document>
        <!-- word/comments.xml -->
        <w:comments xmlns:w="{Namespace}"><w:comment w:id="0" w:author="Supervisor"><w:p><w:r><w:t>Check the date of the crossing against the diary.</w:t></w:r></w:p></w:comment></w:comments>
        <?xml version="1.0" encoding="UTF-8"?>
        <w:footnotes xmlns:w="{Namespace}"><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See the regiment's diary, 1932.</w:t></w:r></w:p></w:footnote></w:footnotes>
        """;

    private static ParsedDocument Parse(string text = Draft) => DocumentParser.Parse(Of(text, "chapter.xml"));

    [Fact]
    public void A_word_document_is_told_from_its_namespace_and_titled_by_its_title_paragraph()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Word, "The river campaigns, 1931"), (document.Format, document.Title));
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "1. The crossing");
    }

    [Fact]
    public void Tracked_changes_read_as_accepted_and_reviewers_comments_are_no_part_of_the_text()
    {
        var blocks = Parse().Blocks.Select(b => b.Text).ToList();

        Assert.Contains("Soviet engineers bridged the river at Kessel in May 1931.", blocks);
        Assert.DoesNotContain(blocks, b => b.Contains("1929", StringComparison.Ordinal) || b.Contains("diary", StringComparison.Ordinal)
            || b.Contains("Draft 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Moved_text_is_read_once_where_it_was_moved_to_and_a_deleted_row_not_at_all()
    {
        var moved = Draft.Replace("<w:sectPr/>", """
            <w:moveFrom w:id="5" w:author="T"><w:p><w:r><w:t>The bridge was rebuilt in June.</w:t></w:r></w:p></w:moveFrom>
            <w:moveTo w:id="6" w:author="T"><w:p><w:r><w:t>The bridge was rebuilt in June.</w:t></w:r></w:p></w:moveTo>
            <w:tbl><w:tr><w:trPr><w:del w:id="7" w:author="T"/></w:trPr><w:tc><w:p><w:r><w:t>A row taken out of the table.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:sectPr/>
            """, StringComparison.Ordinal);

        var blocks = Parse(moved).Blocks.Select(b => b.Text).ToList();

        Assert.Single(blocks, b => b == "The bridge was rebuilt in June.");
        Assert.DoesNotContain(blocks, b => b.Contains("taken out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_parts_declaration_over_several_lines_leaves_every_line_after_it_in_place()
    {
        var text = $"<w:document xmlns:w=\"{Namespace}\"><w:body><w:p><w:r><w:t>Soviet engineers bridged the river.</w:t></w:r></w:p></w:body></w:document>\n"
            + "<?xml version=\"1.0\"\n encoding=\"UTF-8\"\n?>\n<w:footnotes xmlns:w=\"{Namespace}\">\n<w:footnote>\n</w:footnotes>\n";

        var error = Assert.Throws<ImportException>(() => Parse(text));

        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Footnotes_are_references_numbered_paragraphs_list_items_and_table_rows_sentences_under_the_first_rows_labels()
    {
        var document = Parse();

        Assert.Contains(document.References, r => r.Contains("regiment's diary", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "The garrison fled east.");
        Assert.Contains(document.Blocks, b => b.Text == "Soviet action; Kessel: May 1931.");
    }

    [Fact]
    public void Xml_in_another_namespace_is_no_word_document()
    {
        var text = Draft.Replace(Namespace, "urn:example:notes", StringComparison.Ordinal);

        Assert.Equal(0, WordDocumentParser.Likeness(new DocumentShape(text, [], "chapter.xml")));
        Assert.Equal(6, WordDocumentParser.Likeness(new DocumentShape(Draft, [], "chapter.xml")));
    }

    [Fact]
    public void A_word_document_with_no_body_is_refused_naming_the_file()
    {
        var error = Assert.Throws<ImportException>(() => Parse($"<w:document xmlns:w=\"{Namespace}\"><w:background/></w:document>"));

        Assert.Contains("chapter.xml", error.Message, StringComparison.Ordinal);
    }
}
