namespace SovietInterventions.Importer.Fuzzing;

/// <summary>One mutated seeds folder: which document was damaged and how, and which odd entry was added.</summary>
public sealed record FuzzCase(int Number, string Document, IReadOnlyList<string> Mutations, FolderChanges.Change? Entry)
{
    public string Describe() =>
        $"case {Number}: {Document} with {string.Join(", ", Mutations)}" + (Entry is null ? "" : $"; entry {Entry.Entry} ({Entry.Name})");

    /// <summary>Makes the case's seeds folder from the fixtures; random choices come only from the given generator.</summary>
    public static FuzzCase Create(int number, Random random, IReadOnlyList<string> fixtures, string seeds, string secret, double scale)
    {
        Directory.CreateDirectory(seeds);
        // One or two documents: small cases keep each child import near the cost of starting a process.
        var chosen = fixtures.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
        foreach (var file in chosen) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        var target = Path.Combine(seeds, Path.GetFileName(chosen[0]));
        var names = new List<string>();
        var bytes = File.ReadAllBytes(target);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var mutation = Fuzzing.Mutations.All[random.Next(Fuzzing.Mutations.All.Count)];
            bytes = mutation.Apply(bytes, random, scale);
            names.Add(mutation.Name);
        }
        File.WriteAllBytes(target, bytes);
        FolderChanges.Change? entry = null;
        if (random.NextDouble() < 0.25)
        {
            entry = FolderChanges.All[random.Next(FolderChanges.All.Count)];
            entry.Apply(seeds, Path.Combine(seeds, entry.Entry), secret);
        }
        return new FuzzCase(number, Path.GetFileName(target), names, entry);
    }

    /// <summary>Whether an error message names an entry of the folder (or the folder itself), as every refusal must.</summary>
    public static bool NamesAnEntry(string error, string seeds) =>
        error.Contains(seeds, StringComparison.Ordinal)
        || Directory.EnumerateFileSystemEntries(seeds).Select(Path.GetFileName).Any(n => n is not null && error.Contains(n, StringComparison.Ordinal));
}
