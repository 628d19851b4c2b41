using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class NoControllerDiscoveryTests(EncyclopediaFactory site)
{
    [Fact]
    public void The_site_looks_for_no_controllers_and_still_has_its_pages()
    {
        var parts = site.Services.GetRequiredService<ApplicationPartManager>();
        var actions = site.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;

        Assert.DoesNotContain(parts.FeatureProviders, p => p is ControllerFeatureProvider);
        Assert.DoesNotContain(actions, a => a is ControllerActionDescriptor);
        Assert.Contains(actions, a => a is PageActionDescriptor { ViewEnginePath: "/Index" });
    }
}
