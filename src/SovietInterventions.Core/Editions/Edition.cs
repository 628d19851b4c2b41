namespace SovietInterventions.Core.Editions;

/// <summary>One import that changed the content: its id, when, what it held and what it changed.</summary>
public sealed record Edition(
    string Id, DateTimeOffset ImportedAt, string ContentHash, string File,
    EditionCounts Counts, IReadOnlyList<EditionSeed> Seeds, EditionChanges? Changes)
{
    /// <summary>"2026-12-01-3f9a2c": the import date and the start of the content hash.</summary>
    public static string IdFor(DateTimeOffset importedAt, string contentHash) =>
        $"{importedAt.UtcDateTime:yyyy-MM-dd}-{contentHash[..6]}";

    public DateOnly Date => DateOnly.FromDateTime(ImportedAt.UtcDateTime);

    /// <summary>Edition ids are letters, digits and hyphens only, so one can name a file and a URL segment safely.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

public sealed record EditionCounts(int Episodes, int Countries, int Actors, int Sources, int Passages, int Events);

public sealed record EditionSeed(string File, string Sha256);

/// <summary>Episodes (by slug in this edition) added, removed or changed since the edition before.</summary>
public sealed record EditionChanges(string Previous, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
