using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats;

/// <summary>Detects a document's format from its content and hands it to that format's parser.</summary>
public static class DocumentParser
{
    public static ParsedDocument Parse(SourceText source)
    {
        var format = FormatDetector.Detect(source);
        var document = format switch
        {
            SourceFormat.WikiText => WikiTextParser.Parse(source),
            SourceFormat.Markdown => MarkdownNotesParser.Parse(source),
            _ => PlainTextArticleParser.Parse(source),
        };
        if (!document.Blocks.Any(b => b.Kind != PassageKind.Heading))
            throw new ImportException(source.FileName, null, $"no text found (read as {format}).");
        return document with { Attribution = source.Attribution.FilledFrom(document.Metadata) };
    }
}
