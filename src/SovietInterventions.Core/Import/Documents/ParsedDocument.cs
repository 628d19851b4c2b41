using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Documents;

/// <summary>A heading of a document, with its depth (1 for the document title, 2 for its sections, ...).</summary>
public sealed record Heading(string Text, int Level, int Line);

/// <summary>
/// One unit of prose (a paragraph, a sentence of a run-on article, a list item or an image caption)
/// with the headings above it. Every parser produces these, whatever the format.
/// </summary>
public sealed record Block(PassageKind Kind, string Text, int Line, IReadOnlyList<Heading> Headings, int Depth = 0)
{
    public Heading? Section => Headings.Count > 0 ? Headings[^1] : null;
}

/// <summary>The common model every format parser produces and every extractor reads.</summary>
public sealed record ParsedDocument(string FileName, string Title, SourceFormat Format, IReadOnlyList<Block> Blocks, IReadOnlyList<string> Warnings)
{
    public string Sha256 { get; init; } = "";
}
