using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Healthy when the database opens and its episodes can be counted and no start-up import is about to replace it.
/// While one runs over a previous database the site serves that one and says so (Degraded, still 200), so that a
/// deploy check or a test can wait for the pages of the new import.
/// </summary>
public sealed class DatabaseHealthCheck(EncyclopediaDb db, DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Available) return HealthCheckResult.Unhealthy(state.Reason);
        try
        {
            var episodes = await db.Episodes.CountAsync(cancellationToken);
            if (episodes == 0) return HealthCheckResult.Degraded("The database has no episodes");
            return state.Importing
                ? HealthCheckResult.Degraded($"Serving the previous import ({episodes} episodes) while the start-up import runs")
                : HealthCheckResult.Healthy($"{episodes} episodes");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database {state.Path} cannot be read ({e.GetType().Name})", e);
        }
    }
}
