using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Health;
using ExperienceGrid.Silo.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using CheckStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace ExperienceGrid.Silo.Apis;

public static class HealthApi
{
    /// <summary>At the root, not under /api: load balancers, orchestrators and scripts probe them without a token.</summary>
    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/");
        // A 503 is a JSON answer of its own type, not problem details: declared for the document.
        health.MapGet("/health", GetHealth).WithName("Health").Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        health.MapGet("/health/live", GetLive).WithName("Liveness");
        health.MapGet("/health/ready", GetReady).WithName("Readiness").Produces<ReadinessView>(StatusCodes.Status503ServiceUnavailable);
        return health;
    }

    /// <summary>200 while this silo can take events; 503 naming the problem while it starts, stops or cannot reach Redis. What the pages read.</summary>
    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> GetHealth(GridHealth health) =>
        await health.ProblemAsync() is { } problem
            ? TypedResults.Json(new HealthStatus(problem), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new HealthStatus("ready"));

    /// <summary>200 while the process answers: restart it only when this fails.</summary>
    public static Ok<HealthStatus> GetLive() => TypedResults.Ok(new HealthStatus("live"));

    /// <summary>200 when every readiness check passes; 503 with each check's status and why, so traffic goes elsewhere.</summary>
    public static async Task<Results<Ok<ReadinessView>, JsonHttpResult<ReadinessView>>> GetReady(HealthCheckService checks, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains(HealthHostingExtensions.Ready), cancellationToken);
        var view = new ReadinessView(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new ReadinessCheck(e.Value.Status.ToString(), e.Value.Description)));
        return report.Status == CheckStatus.Healthy
            ? TypedResults.Ok(view)
            : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
