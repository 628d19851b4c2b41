using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// Reads one JSON rules file of data/ and builds what it describes; any fault in the file or in what the builder
/// checks becomes an error naming the file (and the line, where the JSON says). The file's shape comes from a
/// source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> beside its record, so loading needs no reflection.
/// </summary>
internal static class DataFile
{
    public static T Load<TFile, T>(string dataDirectory, string fileName, string what, JsonTypeInfo<TFile> shape, Func<TFile, T> build)
    {
        var path = Path.Combine(dataDirectory, fileName);
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize(stream, shape) ?? throw new InvalidDataException("the file is empty.");
            return build(file);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or ArgumentException or IOException)
        {
            var line = e is JsonException { LineNumber: { } n } ? n + 1 : (long?)null;
            throw new ImportException(path, (int?)line, $"bad {what}: {e.Message}", e);
        }
    }
}
