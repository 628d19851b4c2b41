using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class AntiforgeryCookieTests(EncyclopediaFactory site)
{
    [Fact]
    public void The_site_names_the_antiforgery_cookie_itself_so_the_framework_hashes_nothing() =>
        Assert.Equal(AntiforgeryCookie.Name, site.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name);

    [Fact]
    public void Registered_after_razor_pages_the_framework_name_would_win()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddRazorPages();
        services.WithFixedAntiforgeryCookieName();
        using var provider = services.BuildServiceProvider();

        Assert.NotEqual(AntiforgeryCookie.Name, provider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name);
    }
}
