using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats;

/// <summary>Detects a document's format from its content and hands it to that format's parser.</summary>
public static class DocumentParser
{
    public static ParsedDocument Parse(SourceText source)
    {
        source = source with { Text = TrackedChanges.Accept(source.Text) };
        var format = FormatDetector.Detect(source);
        var document = ThreadComments.Apply(SourceFormats.For(format).Parse(source));
        // A reading list (a LaTeX paper's .bib) may hold references and no prose: a source to cite, not an empty file.
        if (!document.Blocks.Any(b => b.Kind != PassageKind.Heading) && document.References.Count == 0)
            throw new ImportException(source.FileName, null, $"no text found (read as {format}).");
        return document with { Attribution = source.Attribution.FilledFrom(document.Metadata) };
    }
}
