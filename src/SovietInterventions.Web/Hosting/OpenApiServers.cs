using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Hosting;

/// <summary>The OpenAPI document's server is the public base URL (PublicUrl), never the request's Host header.</summary>
public static class OpenApiServers
{
    public static OpenApiOptions UsePublicServer(this OpenApiOptions options) => options.AddDocumentTransformer((document, context, _) =>
    {
        var http = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext;
        if (http is not null)
            document.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<PublicUrl>().Base(http.Request) }];
        return Task.CompletedTask;
    });
}
