using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SovietInterventions.Web.Pages.Api;

public sealed class IndexModel : PageModel
{
    public sealed record Endpoint(string Path, string Description, string Example);

    public IReadOnlyList<Endpoint> Endpoints { get; } =
    [
        new("/api/episodes", "Episodes matching q, country and actor (slugs), decade (1950s), kind (invasion, occupation, coup, covert-operation, military-aid, insurgency-support); page from 1, pageSize 50 by default and at most 1000.", "/api/episodes?country=hungary&decade=1950s"),
        new("/api/episodes/{slug}", "One episode in the same shape, with the passages it was drawn from (document, section, position, line, url).", "/api/episodes/1956-hungary"),
        new("/api/search?q=", "Full-text search, best match first, with a plain-text snippet.", "/api/search?q=Kampuchea"),
        new("/api/countries", "Every country with how many episodes targeted it.", "/api/countries"),
        new("/api/countries/{slug}", "One country with its other names, predecessors, successors and episodes.", "/api/countries/hungary"),
        new("/api/actors", "Every person and organization.", "/api/actors"),
        new("/api/actors/{slug}", "One person or organization with their episodes.", "/api/actors"),
    ];
}
