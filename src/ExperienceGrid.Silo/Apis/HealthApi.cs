using ExperienceGrid.Silo.Grid;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

public static class HealthApi
{
    /// <summary>At the root, not under /api: load balancers and scripts probe <c>/health</c>, without a token.</summary>
    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/");
        health.MapGet("/health", GetHealth).WithName("Health");
        return health;
    }

    /// <summary>200 while this silo can take events; 503 naming the problem while it starts, stops or cannot reach Redis.</summary>
    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> GetHealth(GridHealth health) =>
        await health.ProblemAsync() is { } problem
            ? TypedResults.Json(new HealthStatus(problem), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new HealthStatus("ready"));
}
