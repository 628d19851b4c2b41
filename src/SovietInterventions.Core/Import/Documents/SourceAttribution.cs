namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// Who wrote a document, where it was found and under which licence: from seeds/sources.json, else from the
/// document's own front matter. Unknown facts stay null; nothing is guessed.
/// </summary>
public sealed record SourceAttribution(string? Title = null, string? Url = null, string? Author = null, string? Licence = null, string? RetrievedOn = null)
{
    public static readonly SourceAttribution None = new();

    /// <summary>This attribution, with the front matter's author and url where this one says nothing.</summary>
    public SourceAttribution FilledFrom(DocumentMetadata metadata) =>
        this with { Url = Url ?? metadata.Url, Author = Author ?? metadata.Author };
}
