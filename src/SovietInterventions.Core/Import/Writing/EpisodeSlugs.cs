using SovietInterventions.Core.Import.Episodes;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Gives each episode a readable slug from its first year and place ("1990-ruritania"), unique
/// within the import: a clash takes the last year, then a number.
/// </summary>
internal sealed class EpisodeSlugs
{
    private readonly HashSet<string> taken = [];

    /// <param name="place">The place the title names: a country, not the city a heading named ("1979-afghanistan", not "1979-bagram").</param>
    public string For(BuiltEpisode episode, string place)
    {
        var slug = Slug.From($"{episode.StartYear} {place}");
        if (taken.Add(slug)) return slug;
        var withEnd = $"{slug}-{episode.EndYear}";
        if (taken.Add(withEnd)) return withEnd;
        for (var n = 2; ; n++)
            if (taken.Add($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
