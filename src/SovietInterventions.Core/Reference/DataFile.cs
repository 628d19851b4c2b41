using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// Reads the JSON files of data/. Every fault in a file, in its JSON or in what is built from it, is an
/// <see cref="ImportException"/> naming the file (as the seeds' errors do, by its name in its folder) and the line
/// where the JSON says. A file's shape comes from a source-generated
/// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> beside its record, so loading needs no reflection.
/// </summary>
internal static class DataFile
{
    /// <summary>The file as its shape reads it.</summary>
    public static T Read<T>(string dataDirectory, string fileName, JsonTypeInfo<T> shape)
    {
        var path = Path.Combine(dataDirectory, fileName);
        if (!File.Exists(path))
            throw new ImportException(fileName, null, $"the file is missing from the data folder {dataDirectory}.");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, shape) ?? throw new ImportException(fileName, 1, "the file holds null, not its data.");
        }
        catch (JsonException e)
        {
            throw new ImportException(fileName, e.LineNumber is { } n ? (int)n + 1 : null, $"not valid JSON: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ImportException(fileName, null, $"the file cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Reads one rules file and builds what it describes; what the builder refuses is an error naming the file too.</summary>
    public static T Load<TFile, T>(string dataDirectory, string fileName, string what, JsonTypeInfo<TFile> shape, Func<TFile, T> build)
    {
        var file = Read(dataDirectory, fileName, shape);
        try
        {
            return build(file);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new ImportException(fileName, null, $"bad {what}: {e.Message}", e);
        }
    }
}
