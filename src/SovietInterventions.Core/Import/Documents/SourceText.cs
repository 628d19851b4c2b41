namespace SovietInterventions.Core.Import.Documents;

/// <summary>A file read from disk and decoded: the raw input every format parser starts from.</summary>
public sealed record SourceText(string FileName, string Text, string Sha256)
{
    /// <summary>Where the file came from, as seeds/sources.json says (<see cref="SourceAttribution.None"/> when it is silent).</summary>
    public SourceAttribution Attribution { get; init; } = SourceAttribution.None;
}
