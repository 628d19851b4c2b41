using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Search;

namespace SovietInterventions.Web.Pages.Search;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hosting.RateLimits.Policy)]
public sealed class IndexModel(EncyclopediaDb db, EpisodeSearch search, Suggestions suggestions, IMemoryCache cache, DatabaseVersion version) : PageModel
{
    public sealed record Option(string Value, string Label);

    public EpisodeFilter Filter { get; private set; } = EpisodeFilter.None;
    public SearchResult? Result { get; private set; }
    public Facets Facets { get; private set; } = new([], [], []);
    public IReadOnlyList<string> Messages { get; private set; } = [];
    public IReadOnlyList<string> NearSpellings { get; private set; } = [];
    /// <summary>Suggestions under the typed country and actor filters: the most frequent few, not every one.</summary>
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public IReadOnlyList<string> Actors { get; private set; } = [];
    public string? CountryName { get; private set; }
    public string? ActorName { get; private set; }

    public IReadOnlyList<Option> Kinds { get; } =
        [.. Enum.GetValues<EpisodeKind>().Select(k => new Option(EpisodeJson.KindName(k), Site.DisplayName.Of(k)))];

    /// <summary>Results per page: a page stays small however many episodes match; facets count them all.</summary>
    public const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;
    public int PageCount => Result is null ? 0 : (Result.Total + PageSize - 1) / PageSize;
    public int FirstNumber => (PageNumber - 1) * PageSize + 1;
    /// <summary>The search reads only the hits of the page shown.</summary>
    public IEnumerable<SearchHit> PageHits => Result?.Hits ?? [];

    public string PageLink(int page) => QueryHelpers.AddQueryString(SitePathsSearch,
        Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Filter = await FilterNames.ResolveAsync(EpisodeFilter.FromQuery(Request.Query, out var error), db, cancel);
        var messages = new List<string>();
        if (error is not null) messages.Add($"Ignored a filter: {error}.");
        // One lookup per filter gives both the name the input shows and whether the value names anything.
        var (country, actor) = await FilterNames.NamesAsync(Filter, db, cancel);
        var unknown = Filter.Country is not null && country is null ? "country" : Filter.Actor is not null && actor is null ? "actor" : null;
        if (unknown is not null) messages.Add($"No {unknown} has that name in the encyclopedia; choose one from the list.");
        (CountryName, ActorName) = (country ?? Filter.Country, actor ?? Filter.Actor);

        var names = await FilterSuggestions.GetAsync(cache, version.Generation, db, cancel);
        (Countries, Actors) = (names.Countries, names.Actors);

        if (!Filter.IsEmpty)
        {
            // The page number is known before the search, so that only the hits shown are read.
            var requested = int.TryParse(Request.Query["page"], out var page) ? Math.Max(1, page) : 1;
            Result = await search.RunAsync(Filter, cancel, PageRange(requested), facets: true);
            if (Result.Message is not null) messages.Add(Result.Message);
            Facets = Result.Facets;
            PageNumber = Math.Clamp(requested, 1, Math.Max(1, PageCount));
            // Past the last page: the last page is shown, and its hits are read.
            if (PageNumber != requested) Result = await search.RunAsync(Filter, cancel, PageRange(PageNumber));
            if (Result.Total == 0) NearSpellings = await suggestions.NearSpellingsAsync(Filter.Q, cancel);
        }
        Messages = messages;
    }

    static Range PageRange(int page)
    {
        var first = (int)Math.Min(int.MaxValue - PageSize, (long)(page - 1) * PageSize);
        return new Range(first, first + PageSize);
    }

    public string Link(string key, string? value) => FilterLinks.With(SitePathsSearch, Filter, key, value);

    const string SitePathsSearch = Site.SitePaths.Search;
}
