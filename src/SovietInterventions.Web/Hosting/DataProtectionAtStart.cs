namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Razor Pages registers data protection (for antiforgery tokens) and a hosted service that reads or makes its key ring
/// at start. The site posts no forms, signs nobody in and sets no cookies, so nothing asks for a key: without that
/// service the key ring, and the XML and data-protection assemblies that read it, are never loaded (about 4 MB of
/// mapped files and some start-up time). Were something to protect data after all, it would load the keys on first use.
/// </summary>
public static class DataProtectionAtStart
{
    const string KeyRingLoader = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>Call after the framework's services are added (AddRazorPages adds the service).</summary>
    public static IServiceCollection WithoutKeyRingAtStart(this IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == KeyRingLoader)
                services.RemoveAt(i);
        return services;
    }
}
