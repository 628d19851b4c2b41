using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// Gives every page that shows the encyclopedia's content a second route inside an edition:
/// /episodes/{slug} is also /editions/{edition}/episodes/{slug}, / is also /editions/{edition}.
/// </summary>
public sealed class EditionRoutes : IPageRouteModelConvention
{
    /// <summary>First path segments of the pages an edition serves (also the Razor Pages folders they live in).</summary>
    public static readonly string[] Folders = ["episodes", "countries", "actors", "sources", "timeline", "search", "decades", "map"];

    // Embedded cards of an edition: /embed/editions/{edition}/episodes/{slug}.
    const string Embed = "embed/";

    // Pages about the editions themselves, or about the current import only, have no edition of their own.
    static readonly string[] NotInEditions = ["/Episodes/Changes"];

    public void Apply(PageRouteModel model)
    {
        var folder = model.ViewEnginePath.Split('/')[1];
        var editionable = model.ViewEnginePath == "/Index"
            || folder == "Embed"
            || (Folders.Contains(folder, StringComparer.OrdinalIgnoreCase) && !NotInEditions.Contains(model.ViewEnginePath));
        if (!editionable) return;
        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null) continue;
            var inEdition = $"editions/{{{EditionRequest.RouteKey}}}";
            var edition = template.StartsWith(Embed, StringComparison.Ordinal) ? Embed + inEdition + "/" + template[Embed.Length..]
                : inEdition + (template.Length == 0 ? "" : "/" + template);
            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel { Template = edition },
                EndpointMetadata = { new EditionPage() },
            });
        }
    }
}

/// <summary>Marks the endpoints that serve an edition's copy of a page.</summary>
public sealed class EditionPage;
