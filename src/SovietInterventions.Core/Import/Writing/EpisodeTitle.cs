using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// The title a syllabus can use: the sources' own name for the episode when they give one ("Winter War"), otherwise
/// the kind's title phrase from the kind vocabulary with the place and the years ("Soviet invasion of Hungary (1956)").
/// </summary>
public static class EpisodeTitle
{
    public static string For(Episode episode, string place, KindVocabulary kinds) =>
        For(episode.Kind, place, episode.StartYear, episode.EndYear, episode.CommonName, kinds);

    public static string For(EpisodeKind kind, string place, int startYear, int endYear, string? commonName, KindVocabulary kinds)
    {
        if (!string.IsNullOrWhiteSpace(commonName)) return commonName.Trim();
        var years = startYear == endYear ? $"{startYear}" : $"{startYear}\u2013{endYear}";
        return $"{kinds[kind].Title.Replace(KindLook.PlaceSlot, Places(place), StringComparison.Ordinal)} ({years})";
    }

    // "Estonia, Latvia, Lithuania" reads "Estonia, Latvia and Lithuania" in a sentence.
    private static string Places(string place)
    {
        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 || place.Contains(" and ", StringComparison.Ordinal)
            ? place.Trim()
            : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
