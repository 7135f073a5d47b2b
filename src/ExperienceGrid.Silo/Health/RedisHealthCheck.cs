using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExperienceGrid.Silo.Health;

/// <summary>The cluster's Redis answers a ping now (membership, reminders and the SignalR backplane live there too).</summary>
public sealed class RedisHealthCheck(GridHealth health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await health.RedisProblemAsync() is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("answers");
}
