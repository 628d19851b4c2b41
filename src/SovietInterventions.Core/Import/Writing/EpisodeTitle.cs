using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// The title a syllabus can use: the sources' own name for the episode when they give one ("Winter War"), otherwise
/// the kind's title phrase from the kind vocabulary with the place and the years ("Soviet invasion of Hungary (1956)");
/// aid that went to a third state beside the target names it ("Soviet military aid to Vietnam in Cambodia (1978–1979)").
/// </summary>
public static class EpisodeTitle
{
    public static string For(Episode episode, string place, KindVocabulary kinds)
    {
        var title = For(episode.Kind, place, episode.StartYear, episode.EndYear, episode.CommonName, kinds);
        var recipients = episode.Countries.Where(c => c.Role == CountryRole.SupportedGovernment).Select(c => c.Country.Name).ToList();
        var struck = episode.Countries.Any(c => c.Role == CountryRole.Target);
        if (!string.IsNullOrWhiteSpace(episode.CommonName) || recipients.Count == 0 || !struck || kinds[episode.Kind].RecipientTitle is not { } form) return title;
        var phrase = form.Replace(KindLook.RecipientSlot, Places(string.Join(", ", recipients)), StringComparison.Ordinal)
            .Replace(KindLook.PlaceSlot, Places(place), StringComparison.Ordinal);
        return $"{phrase} ({Years(episode.StartYear, episode.EndYear)})";
    }

    public static string For(EpisodeKind kind, string place, int startYear, int endYear, string? commonName, KindVocabulary kinds)
    {
        if (!string.IsNullOrWhiteSpace(commonName)) return commonName.Trim();
        return $"{kinds[kind].Title.Replace(KindLook.PlaceSlot, Places(place), StringComparison.Ordinal)} ({Years(startYear, endYear)})";
    }

    private static string Years(int startYear, int endYear) => startYear == endYear ? $"{startYear}" : $"{startYear}\u2013{endYear}";

    // "Estonia, Latvia, Lithuania" reads "Estonia, Latvia and Lithuania" in a sentence.
    private static string Places(string place)
    {
        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 || place.Contains(" and ", StringComparison.Ordinal)
            ? place.Trim()
            : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
