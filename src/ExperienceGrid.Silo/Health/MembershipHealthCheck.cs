using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExperienceGrid.Silo.Health;

/// <summary>Ready only while this silo is Active in Orleans' membership (not while it joins, shuts down or was declared dead).</summary>
public sealed class MembershipHealthCheck(GridHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.MembershipProblem() is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("active"));
}
