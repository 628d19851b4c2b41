namespace SovietInterventions.Web.Api;

public static class ApiRoutes
{
    public const string Prefix = "/api";

    public static RouteGroupBuilder MapEncyclopediaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Encyclopedia");
        api.MapEpisodeEndpoints();
        api.MapCatalogEndpoints();
        // Anything else under /api is a JSON 404, not the HTML not-found page.
        api.MapGet("/{**rest}", (string? rest) => Problems.NotFound("resource")).ExcludeFromDescription();
        return api;
    }
}
