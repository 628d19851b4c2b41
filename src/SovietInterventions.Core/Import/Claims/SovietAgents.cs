using System.Text.Json;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The curated people and bodies of the Soviet side (actors.json entries whose <c>country</c> is an intervener in
/// countries.json: Molotov, Zhukov, the Politburo, the 40th Army): where they act in a sentence, the Soviet side acts.
/// </summary>
internal static class SovietAgents
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Their names and aliases; none where the data folder has no actors (a test's).</summary>
    public static IReadOnlyList<string> NamesIn(string dataDirectory)
    {
        var actorsPath = Path.Combine(dataDirectory, Reference.GazetteerFiles.ActorsFile);
        var countriesPath = Path.Combine(dataDirectory, Reference.GazetteerFiles.CountriesFile);
        if (!File.Exists(actorsPath) || !File.Exists(countriesPath)) return [];
        var interveners = Read<CountryFile>(countriesPath).Where(c => c.Intervener).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        return Read<ActorFile>(actorsPath).Where(a => a.Country is { } c && interveners.Contains(c))
            .SelectMany(a => (a.Aliases ?? []).Prepend(a.Name)).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
    }

    // The gazetteer validates these files in full; only the fields read here are needed.
    private static List<T> Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<T>>(stream, Options) ?? [];
    }

    private sealed record ActorFile(string Name, List<string>? Aliases, string? Country);

    private sealed record CountryFile(string Slug, bool Intervener);
}
