using SovietInterventions.Core.Import.Formats.Prose;
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

    /// <summary>The block's sentences, split when the block is made (a heading is one sentence); claims are read from these.</summary>
    public IReadOnlyList<string> Sentences { get; } = Kind == PassageKind.Heading ? [Text] : ProseText.SplitSentences(Text);
}

/// <summary>
/// A structured fact the document states outside its prose: a wiki infobox field (<c>date</c>, <c>place</c>,
/// <c>combatant1</c>, <c>commander2</c>, <c>result</c>) with the line it is on. A value written as a list
/// (lines, bullets, a plainlist) reads "A; B".
/// </summary>
public sealed record DocumentFact(string Name, string Value, int Line)
{
    /// <summary>The items of a list value ("Ho Chi Minh; Vo Nguyen Giap" → both names); one item otherwise.</summary>
    public IReadOnlyList<string> Items => Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>What a document says about itself (front matter, a wiki title): never prose.</summary>
public sealed record DocumentMetadata
{
    public static readonly DocumentMetadata None = new();
    public string? Date { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>The common model every format parser produces and every extractor reads.</summary>
public sealed record ParsedDocument(string FileName, string Title, SourceFormat Format, IReadOnlyList<Block> Blocks, IReadOnlyList<string> Warnings)
{
    public string Sha256 { get; init; } = "";
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.None;
    /// <summary>Infobox fields and similar structured facts, each traceable to its line.</summary>
    public IReadOnlyList<DocumentFact> Facts { get; init; } = [];
    /// <summary>The document's references and citations (ref tags, cite templates, a footnote list): not narrative.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
    /// <summary>A scraped page's navigation-box dumps (its link labels run together): never prose; only the labels of articles it linked are read.</summary>
    public IReadOnlyList<Block> LinkDumps { get; init; } = [];
    /// <summary>Title, author, url, licence and retrieval date for the source page (seeds/sources.json, front matter).</summary>
    public SourceAttribution Attribution { get; init; } = SourceAttribution.None;
}
