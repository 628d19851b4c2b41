using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Editions;

/// <summary>/embed/* alone may be framed by any site (course pages in Canvas or Moodle); every other page keeps frame-ancestors 'none'.</summary>
public static class EmbedFraming
{
    public const string Prefix = "/embed";

    public static readonly string ContentSecurityPolicy =
        System.Text.RegularExpressions.Regex.Replace(SecurityHeaders.ContentSecurityPolicy, "frame-ancestors [^;]*", "frame-ancestors *");

    public static void Allow(HttpResponse response) => response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
}
