using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.AsciiDoc;
using SovietInterventions.Core.Import.Formats.BBCode;
using SovietInterventions.Core.Import.Formats.BibTeX;
using SovietInterventions.Core.Import.Formats.Calendar;
using SovietInterventions.Core.Import.Formats.Delimited;
using SovietInterventions.Core.Import.Formats.Feed;
using SovietInterventions.Core.Import.Formats.Gift;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Jats;
using SovietInterventions.Core.Import.Formats.Gemtext;
using SovietInterventions.Core.Import.Formats.GeoJson;
using SovietInterventions.Core.Import.Formats.LaTeX;
using SovietInterventions.Core.Import.Formats.Localisation;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.Messages;
using SovietInterventions.Core.Import.Formats.Notebook;
using SovietInterventions.Core.Import.Formats.Ocr;
using SovietInterventions.Core.Import.Formats.Odt;
using SovietInterventions.Core.Import.Formats.Org;
using SovietInterventions.Core.Import.Formats.Outline;
using SovietInterventions.Core.Import.Formats.Patch;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Report;
using SovietInterventions.Core.Import.Formats.Ris;
using SovietInterventions.Core.Import.Formats.Rst;
using SovietInterventions.Core.Import.Formats.Rtf;
using SovietInterventions.Core.Import.Formats.Spreadsheet;
using SovietInterventions.Core.Import.Formats.Sql;
using SovietInterventions.Core.Import.Formats.Subtitles;
using SovietInterventions.Core.Import.Formats.Tei;
using SovietInterventions.Core.Import.Formats.Textile;
using SovietInterventions.Core.Import.Formats.Typst;
using SovietInterventions.Core.Import.Formats.Word;
using SovietInterventions.Core.Import.Formats.TiddlyWiki;
using SovietInterventions.Core.Import.Formats.WikiExport;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Import.Formats.Yaml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats;

/// <summary>
/// The formats the importer reads: the one list that the detector, the parser, the command line and the pages'
/// labels read. A new format is a folder beside these with its parser, a <see cref="SourceFormat"/> value and one
/// entry here.
/// </summary>
public static class SourceFormats
{
    /// <summary>
    /// A format: its label on pages, how strongly a document's content looks like it (0: not at all; the highest
    /// wins, so a stronger sign such as YAML front matter beats a weaker one such as a "== heading ==" line), its parser, and
    /// the file name endings that belong to it alone (none for text any format may hold: ".txt", ".md").
    /// </summary>
    /// <param name="Records">Each passage is a record of its own (a spreadsheet's row, a data file's entry): a day and month in it
    /// take no year from the record above.</param>
    /// <param name="Wrapped">Its text stands inside markup or data its reader takes off (a web page's tags, subtitles' timings, XML,
    /// JSON, a dump's statements), which can outweigh the words: a document that looks like it is read so, never refused for its
    /// few letters or as JSON or XML of no known kind.</param>
    public sealed record Entry(SourceFormat Format, string Label, Func<DocumentShape, int> Likeness, Func<SourceText, ParsedDocument> Parse,
        IReadOnlyList<string> Extensions, bool Records = false, bool Wrapped = false);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(SourceFormat.Markdown, "Notes (Markdown)", MarkdownNotesParser.Likeness, MarkdownNotesParser.Parse, []),
        new(SourceFormat.WikiText, "Wiki article", WikiTextParser.Likeness, WikiTextParser.Parse, []),
        new(SourceFormat.PlainText, "Plain text", PlainTextArticleParser.Likeness, PlainTextArticleParser.Parse, []),
        new(SourceFormat.Html, "Web page (HTML)", HtmlArticleParser.Likeness, HtmlArticleParser.Parse, [], Wrapped: true),
        new(SourceFormat.Org, "Outline (Org mode)", OrgOutlineParser.Likeness, OrgOutlineParser.Parse, OrgOutlineParser.Extensions),
        new(SourceFormat.Rst, "Document (reStructuredText)", RstDocumentParser.Likeness, RstDocumentParser.Parse, RstDocumentParser.Extensions),
        new(SourceFormat.Subtitles, "Subtitles (SubRip, WebVTT)", SubtitleParser.Likeness, SubtitleParser.Parse, SubtitleParser.Extensions, Wrapped: true),
        new(SourceFormat.Delimited, "Table (TSV, CSV)", DelimitedTableParser.Likeness, DelimitedTableParser.Parse, DelimitedTableParser.Extensions, Records: true),
        new(SourceFormat.LaTeX, "LaTeX document", LaTeXParser.Likeness, LaTeXParser.Parse, LaTeXParser.Extensions),
        new(SourceFormat.AsciiDoc, "AsciiDoc document", AsciiDocParser.Likeness, AsciiDocParser.Parse, AsciiDocParser.Extensions),
        new(SourceFormat.Notebook, "Notebook (Jupyter)", NotebookParser.Likeness, NotebookParser.Parse, NotebookParser.Extensions, Wrapped: true),
        new(SourceFormat.Rtf, "Document (RTF)", RtfDocumentParser.Likeness, RtfDocumentParser.Parse, RtfDocumentParser.Extensions, Wrapped: true),
        new(SourceFormat.BibTeX, "Reading list (BibTeX)", BibTeXParser.Likeness, BibTeXParser.Parse, BibTeXParser.Extensions),
        new(SourceFormat.Gift, "Quiz (Moodle GIFT)", GiftQuizParser.Likeness, GiftQuizParser.Parse, GiftQuizParser.Extensions),
        new(SourceFormat.TiddlyWiki, "Tiddler (TiddlyWiki)", TiddlerParser.Likeness, TiddlerParser.Parse, TiddlerParser.Extensions),
        new(SourceFormat.Tei, "Edition (TEI XML)", TeiParser.Likeness, TeiParser.Parse, TeiParser.Extensions, Wrapped: true),
        new(SourceFormat.WikiExport, "Wiki export (MediaWiki XML)", WikiExportParser.Likeness, WikiExportParser.Parse, [], Wrapped: true),
        new(SourceFormat.Feed, "Feed (RSS, Atom)", NewsFeedParser.Likeness, NewsFeedParser.Parse, [], Wrapped: true),
        new(SourceFormat.Outline, "Outline (OPML)", OpmlOutlineParser.Likeness, OpmlOutlineParser.Parse, OpmlOutlineParser.Extensions, Wrapped: true),
        new(SourceFormat.Messages, "Messages (JSON export)", MessageExportParser.Likeness, MessageExportParser.Parse, MessageExportParser.Extensions, Wrapped: true),
        new(SourceFormat.Xml, "XML document", XmlTextParser.Likeness, XmlTextParser.Parse, [], Wrapped: true),
        new(SourceFormat.Calendar, "Calendar (iCalendar)", CalendarExportParser.Likeness, CalendarExportParser.Parse, CalendarExportParser.Extensions, Wrapped: true),
        new(SourceFormat.Yaml, "Data (YAML)", YamlDataParser.Likeness, YamlDataParser.Parse, YamlDataParser.Extensions, Records: true, Wrapped: true),
        new(SourceFormat.Sql, "Database dump (SQL)", SqlDumpParser.Likeness, SqlDumpParser.Parse, SqlDumpParser.Extensions, Records: true, Wrapped: true),
        new(SourceFormat.Localisation, "Game text (Paradox localisation)", LocalisationFileParser.Likeness, LocalisationFileParser.Parse, [], Wrapped: true),
        new(SourceFormat.Patch, "Patch (unified diff)", PatchParser.Likeness, PatchParser.Parse, PatchParser.Extensions, Wrapped: true),
        new(SourceFormat.Word, "Word document (XML)", WordDocumentParser.Likeness, WordDocumentParser.Parse, [], Wrapped: true),
        new(SourceFormat.GeoJson, "Map layer (GeoJSON)", GeoJsonParser.Likeness, GeoJsonParser.Parse, GeoJsonParser.Extensions, Records: true, Wrapped: true),
        new(SourceFormat.Jats, "Journal article (JATS XML)", JatsParser.Likeness, JatsParser.Parse, JatsParser.Extensions, Wrapped: true),
        new(SourceFormat.Typst, "Document (Typst)", TypstParser.Likeness, TypstParser.Parse, TypstParser.Extensions),
        new(SourceFormat.BBCode, "Forum topic (BBCode)", BBCodeParser.Likeness, BBCodeParser.Parse, []),
        new(SourceFormat.Gemtext, "Gemini page (gemtext)", GemtextParser.Likeness, GemtextParser.Parse, GemtextParser.Extensions),
        new(SourceFormat.Spreadsheet, "Spreadsheet (Excel 2003 XML)", SpreadsheetXmlParser.Likeness, SpreadsheetXmlParser.Parse, [], Records: true, Wrapped: true),
        new(SourceFormat.Report, "Report (fixed-width columns)", FixedWidthReportParser.Likeness, FixedWidthReportParser.Parse, [], Records: true, Wrapped: true),
        new(SourceFormat.Ris, "Reading list (RIS)", RisParser.Likeness, RisParser.Parse, RisParser.Extensions),
        new(SourceFormat.Ocr, "Scanned page (ALTO, hOCR)", OcrPage.Likeness, OcrPage.Parse, [], Wrapped: true),
        new(SourceFormat.Textile, "Wiki page (Textile, Jira wiki markup)", TextileParser.Likeness, TextileParser.Parse, TextileParser.Extensions),
        new(SourceFormat.Odt, "Document (OpenDocument flat XML)", OdtParser.Likeness, OdtParser.Parse, [], Wrapped: true),
    ];

    public static Entry For(SourceFormat format) =>
        All.FirstOrDefault(e => e.Format == format)
        ?? throw new InvalidOperationException($"Source format {format} has no entry in {nameof(SourceFormats)}.");
}

/// <summary>A document's text and its non-blank lines, trimmed: what each format looks at to say how like it the document is.
/// Its file name's extension is a sign too, for formats whose content alone is ambiguous (a ".tsv" file) or that belongs to one format alone (".org", ".rst"); ".txt" and ".md" are given to any text.</summary>
public sealed record DocumentShape(string Text, IReadOnlyList<string> Lines, string FileName = "")
{
    public bool HasExtension(params string[] extensions) =>
        extensions.Any(e => FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
