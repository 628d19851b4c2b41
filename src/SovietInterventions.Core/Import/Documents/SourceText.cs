namespace SovietInterventions.Core.Import.Documents;

/// <summary>A file read from disk and decoded: the raw input every format parser starts from.</summary>
public sealed record SourceText(string FileName, string Text, string Sha256);
