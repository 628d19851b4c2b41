using SovietInterventions.Core.Import.Episodes;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Gives each episode a readable slug from its first year and place ("1990-ruritania"), unique
/// within the import: a clash takes the last year, then a number.
/// </summary>
internal sealed class EpisodeSlugs
{
    private readonly HashSet<string> taken = [];

    public string For(BuiltEpisode episode)
    {
        var slug = Slug.From($"{episode.StartYear} {episode.Place}");
        if (taken.Add(slug)) return slug;
        var withEnd = $"{slug}-{episode.EndYear}";
        if (taken.Add(withEnd)) return withEnd;
        for (var n = 2; ; n++)
            if (taken.Add($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
