using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages;

/// <summary>The 404 page: a search box and the episodes whose slug or title resembles the requested path.</summary>
public sealed class NotFoundModel(SuggestionIndex index, ILogger<NotFoundModel> logger) : PageModel
{
    const int MaxSuggestions = 5;

    public string RequestedPath { get; private set; } = "";
    public string Query { get; private set; } = "";
    public IReadOnlyList<EpisodeListItem> Suggestions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        RequestedPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "";
        var words = WordsOf(LastSegment(RequestedPath));
        Query = string.Join(' ', words);
        if (words.Count == 0) return;
        try
        {
            // A few hundred episodes at most, read once per database: ranking them in memory is simpler than in SQL.
            var episodes = (await index.GetAsync(HttpContext.RequestAborted)).Episodes;
            Suggestions = [.. episodes
                .Select(e => (e.Episode, Score: Resemblance(words, e.Words)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Episode.StartYear)
                .Take(MaxSuggestions)
                .Select(x => x.Episode)];
        }
        catch (Exception e)
        {
            // The 404 page must still answer when the database is the problem.
            logger.LogWarning(e, "No suggestions for {Path}", RequestedPath);
        }
    }

    static string LastSegment(string path) => path.TrimEnd('/').Split('/').LastOrDefault() ?? "";

    static List<string> WordsOf(string text) => SuggestionIndex.Words(Uri.UnescapeDataString(text));

    /// <summary>Counts the requested words that begin a word of the episode's slug or title, and the slug containing the whole request.</summary>
    static int Resemblance(IReadOnlyList<string> words, IReadOnlyList<string> target) =>
        words.Count(w => target.Any(t => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal)));
}
