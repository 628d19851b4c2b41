using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>Healthy when the database opens and its episodes can be counted.</summary>
public sealed class DatabaseHealthCheck(EncyclopediaDb db, DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Available) return HealthCheckResult.Unhealthy(state.Reason);
        try
        {
            var episodes = await db.Episodes.CountAsync(cancellationToken);
            return episodes > 0
                ? HealthCheckResult.Healthy($"{episodes} episodes")
                : HealthCheckResult.Degraded("The database has no episodes");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database {state.Path} cannot be read ({e.GetType().Name})", e);
        }
    }
}
