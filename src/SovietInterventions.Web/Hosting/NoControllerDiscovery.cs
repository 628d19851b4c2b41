using Microsoft.AspNetCore.Mvc.Controllers;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Razor Pages brings MVC's controller discovery, which at start loads every type of the site's assembly to look for
/// controllers. The site has none (its pages are Razor Pages, its API minimal endpoints), and among those types is the
/// static-site copy's host, a WebApplicationFactory: looking at it loads Microsoft.AspNetCore.Mvc.Testing and
/// System.Net.Http into every process, which only the site copy needs (and then loads itself).
/// </summary>
public static class NoControllerDiscovery
{
    public static IMvcBuilder WithoutControllers(this IMvcBuilder mvc) => mvc.ConfigureApplicationPartManager(parts =>
    {
        foreach (var provider in parts.FeatureProviders.OfType<ControllerFeatureProvider>().ToList())
            parts.FeatureProviders.Remove(provider);
    });
}
