using System.Text.RegularExpressions;

namespace SovietInterventions.BrowserTests;

/// <summary>One URL for each kind of page the site has; the issue asks that each kind is accessible and valid.</summary>
public sealed partial class PageTypes(IReadOnlyDictionary<string, string> paths)
{
    public const string Episode = "/episodes/1956-hungary";
    public const string Country = "/countries/hungary";
    public const string SearchWithResults = "/search?q=tanks&country=hungary&decade=1950s";
    public const string SearchWithoutResults = "/search?q=zzqxjvw";

    public static readonly string[] Names =
        ["home", "episode", "country", "actor", "timeline", "decade", "map", "search with results", "search with no results", "source", "api", "404"];

    public string this[string name] => paths[name];

    public IEnumerable<(string Name, string Path)> All => Names.Select(n => (n, paths[n]));

    /// <summary>Only the 404 page is meant to answer 404.</summary>
    public static bool Expects404(string name) => name == "404";

    // Actors and sources are found from the episode page rather than hard-coded, so that importer changes to their slugs
    // do not break these tests.
    public static async Task<PageTypes> DiscoverAsync(HttpClient http)
    {
        var episode = await http.GetStringAsync(Episode);
        return new(new Dictionary<string, string>
        {
            ["home"] = "/",
            ["episode"] = Episode,
            ["country"] = Country,
            ["actor"] = FirstLink(episode, "/actors/"),
            ["timeline"] = "/timeline",
            ["decade"] = "/decades/1950s",
            ["map"] = "/map",
            ["search with results"] = SearchWithResults,
            ["search with no results"] = SearchWithoutResults,
            ["source"] = FirstLink(episode, "/sources/"),
            ["api"] = "/api",
            ["404"] = "/no-such-page-anywhere",
        });
    }

    static string FirstLink(string html, string prefix)
    {
        foreach (Match m in Href().Matches(html))
            if (m.Groups[1].Value.StartsWith(prefix, StringComparison.Ordinal)) return m.Groups[1].Value.Split('#')[0];
        throw new InvalidOperationException($"No link starting with {prefix} on {Episode}");
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
