using Microsoft.AspNetCore.Http.Extensions;

namespace SovietInterventions.Web.Search;

/// <summary>URLs for a filter with one value set or removed, so facets narrow and "drop this filter" widens.</summary>
public static class FilterLinks
{
    public static string With(string path, EpisodeFilter filter, string key, string? value)
    {
        var pairs = filter.QueryPairs().Where(p => p.Key != key).ToList();
        if (value is not null) pairs.Add(new(key, value));
        return path + new QueryBuilder(pairs).ToQueryString();
    }

    public static string Without(string path, EpisodeFilter filter, string key) => With(path, filter, key, null);
}
