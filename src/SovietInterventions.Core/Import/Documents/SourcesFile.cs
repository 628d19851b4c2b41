using System.Globalization;
using System.Text.Json;

namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// The optional seeds/sources.json: for each document file name its title, url, author, licence and retrieval date
/// (<c>{"notes.md": {"title": "…", "url": "https://…", "author": "…", "licence": "CC BY-SA 4.0", "retrieved": "2024-05-01"}}</c>).
/// It is not a document. A mistake in it (bad JSON, an unknown file or field, a bad url or date) stops the import
/// with the file, the entry and, for bad JSON, the line.
/// </summary>
internal static class SourcesFile
{
    public const string FileName = "sources.json";
    private static readonly string[] Fields = ["title", "url", "author", "licence", "retrieved"];

    /// <summary>
    /// The documents among <paramref name="files"/> (sources.json taken out), each with its attribution. The file is read
    /// from the list when the seed enumeration kept it, else from <paramref name="seedsDirectory"/>.
    /// </summary>
    public static List<SourceText> Attach(string seedsDirectory, IReadOnlyList<SourceText> files)
    {
        var documents = files.Where(f => !IsSourcesFile(f.FileName)).ToList();
        var json = files.FirstOrDefault(f => IsSourcesFile(f.FileName))?.Text;
        var path = Path.Combine(seedsDirectory, FileName);
        if (json is null && File.Exists(path)) json = File.ReadAllText(path);
        if (json is null) return documents;
        var entries = Read(json, documents.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal));
        return documents.Select(d => entries.TryGetValue(d.FileName, out var a) ? d with { Attribution = a } : d).ToList();
    }

    public static bool IsSourcesFile(string fileName) => Path.GetFileName(fileName).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads sources.json text; every entry must name one of <paramref name="documents"/>.</summary>
    public static Dictionary<string, SourceAttribution> Read(string json, IReadOnlySet<string> documents)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ImportException(FileName, (int?)e.LineNumber + 1, $"not valid JSON: {e.Message}", e);
        }
        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
                throw new ImportException(FileName, 1, "must be an object whose keys are document file names.");
            var result = new Dictionary<string, SourceAttribution>(StringComparer.Ordinal);
            foreach (var entry in parsed.RootElement.EnumerateObject())
            {
                if (!documents.Contains(entry.Name))
                    throw new ImportException(FileName, null, $"entry \"{entry.Name}\" names no document in the seeds folder (known: {string.Join(", ", documents.Order(StringComparer.Ordinal))}).");
                result[entry.Name] = Entry(entry);
            }
            return result;
        }
    }

    private static SourceAttribution Entry(JsonProperty entry)
    {
        if (entry.Value.ValueKind != JsonValueKind.Object)
            throw new ImportException(FileName, null, $"entry \"{entry.Name}\" must be an object with {string.Join(", ", Fields)}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in entry.Value.EnumerateObject())
        {
            if (!Fields.Contains(field.Name))
                throw new ImportException(FileName, null, $"entry \"{entry.Name}\": unknown field \"{field.Name}\" (known: {string.Join(", ", Fields)}).");
            if (field.Value.ValueKind != JsonValueKind.String || field.Value.GetString()!.Trim().Length == 0)
                throw new ImportException(FileName, null, $"entry \"{entry.Name}\": \"{field.Name}\" must be a non-empty string (leave a field out when it is unknown).");
            values[field.Name] = field.Value.GetString()!.Trim();
        }
        var url = values.GetValueOrDefault("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new ImportException(FileName, null, $"entry \"{entry.Name}\": url \"{url}\" is not an absolute http(s) address.");
        var retrieved = values.GetValueOrDefault("retrieved");
        if (retrieved is not null && !DateOnly.TryParseExact(retrieved, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new ImportException(FileName, null, $"entry \"{entry.Name}\": retrieved \"{retrieved}\" is not a date written yyyy-mm-dd.");
        return new SourceAttribution(values.GetValueOrDefault("title"), url, values.GetValueOrDefault("author"), values.GetValueOrDefault("licence"), retrieved);
    }
}
