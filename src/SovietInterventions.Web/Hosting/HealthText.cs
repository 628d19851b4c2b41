using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SovietInterventions.Web.Hosting;

/// <summary>/healthz as plain text: the status, and when not healthy, the reason (never an exception's details).</summary>
public static class HealthText
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Healthy) return context.Response.WriteAsync("Healthy");
        var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description);
        return context.Response.WriteAsync($"{report.Status}: {string.Join("; ", reasons)}");
    }
}
