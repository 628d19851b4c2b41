using SovietInterventions.Core.Data;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Editions;

/// <summary>Editions, permanent links, citations, embeds and handouts, wired in by three lines of Program.cs.</summary>
public static class EditionsSetup
{
    /// <summary>After AddDbContext: the EncyclopediaDb of a request becomes the edition its URL names.</summary>
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<EditionCatalog>();
        services.AddSingleton<EditionDatabases>();
        services.AddScoped<PageEdition>();
        services.AddScoped<EditionBanner>();
        services.AddScoped<PageCitation>();
        services.AddSingleton<StaticSite.SiteZip>();
        services.AddScoped(provider => provider.GetRequiredService<EditionDatabases>().ForRequest(provider));
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new EditionRoutes());
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(EditionPageFilter)));
        });
        services.AddScoped<EditionPageFilter>();
        return services;
    }

    /// <summary>Before UseSecurityHeaders, so that its header is the one this replaces on /embed/* (OnStarting runs last-registered first).</summary>
    public static IApplicationBuilder UseEmbedFraming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(EmbedFraming.Prefix))
            context.Response.OnStarting(() =>
            {
                EmbedFraming.Allow(context.Response);
                return Task.CompletedTask;
            });
        await next(context);
    });

    /// <summary>After UseOutputCache: keeps readers inside their edition, and maps the editions' endpoints.</summary>
    public static WebApplication MapEditions(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // ?edition= on the API names an edition that must exist, or the answer would silently be the current one.
            if (context.Request.Path.StartsWithSegments("/api") && context.Request.Query.ContainsKey(EditionRequest.RouteKey)
                && context.RequestServices.GetRequiredService<EditionCatalog>().Find(EditionRequest.Id(context)) is null)
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such edition",
                    detail: "See /api/editions for the editions kept.").ExecuteAsync(context);
                return;
            }
            await EditionLinks.InvokeAsync(context, () => next(context));
        });
        app.MapEditionEndpoints().WithMetadata(new DatabaseVersioned()).CacheOutput(Caching.Policy);
        return app;
    }
}
