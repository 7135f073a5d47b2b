using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExperienceGrid.Silo.Health;

/// <summary>Ready only while this silo is Active in Orleans' membership, or this front end reaches an active silo (<see cref="IGridMember"/>).</summary>
public sealed class MembershipHealthCheck(GridHealth health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await health.MembershipProblemAsync() is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("active");
}
