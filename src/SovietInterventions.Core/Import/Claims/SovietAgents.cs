using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The curated people and bodies of the Soviet side (actors.json entries whose <c>country</c> is an intervener in
/// countries.json: Molotov, Zhukov, the Politburo, the 40th Army): where they act in a sentence, the Soviet side acts.
/// </summary>
internal static partial class SovietAgents
{
    /// <summary>Their names and aliases; none where the data folder has no actors (a test's).</summary>
    public static IReadOnlyList<string> NamesIn(string dataDirectory)
    {
        var actorsPath = Path.Combine(dataDirectory, Reference.GazetteerFiles.ActorsFile);
        var countriesPath = Path.Combine(dataDirectory, Reference.GazetteerFiles.CountriesFile);
        if (!File.Exists(actorsPath) || !File.Exists(countriesPath)) return [];
        var interveners = Read(countriesPath, FilesJson.Default.ListCountryFile).Where(c => c.Intervener).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        return Read(actorsPath, FilesJson.Default.ListActorFile).Where(a => a.Country is { } c && interveners.Contains(c))
            .SelectMany(a => (a.Aliases ?? []).Prepend(a.Name)).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
    }

    // The gazetteer validates these files in full; only the fields read here are needed.
    private static List<T> Read<T>(string path, JsonTypeInfo<List<T>> shape)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, shape) ?? [];
    }

    private sealed record ActorFile(string Name, List<string>? Aliases, string? Country);

    private sealed record CountryFile(string Slug, bool Intervener);

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(List<ActorFile>))]
    [JsonSerializable(typeof(List<CountryFile>))]
    private sealed partial class FilesJson : JsonSerializerContext;
}
