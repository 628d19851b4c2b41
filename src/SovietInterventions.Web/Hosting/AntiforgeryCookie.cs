using Microsoft.AspNetCore.Antiforgery;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The framework names the antiforgery cookie from a SHA-256 of the application's name when Razor first renders a
/// view, which loads OpenSSL (libcrypto, libssl and .NET's shim, about 5 MB resident) into a process that otherwise
/// never hashes or encrypts anything. The site posts no forms and sets no cookie, so a fixed name costs nothing.
/// </summary>
public static class AntiforgeryCookie
{
    public const string Name = ".AspNetCore.Antiforgery.site";

    /// <summary>Call before anything adds Razor Pages: the framework's own setup names the cookie only when no earlier one did.</summary>
    public static IServiceCollection WithFixedAntiforgeryCookieName(this IServiceCollection services) =>
        services.Configure<AntiforgeryOptions>(options => options.Cookie.Name ??= Name);
}
