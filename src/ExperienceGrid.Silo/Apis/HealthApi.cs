using ExperienceGrid.Silo.Grid;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithName("Health");
        return app;
    }

    /// <summary>200 while this silo can take events; 503 naming the problem while it starts, stops or cannot reach Redis.</summary>
    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> GetHealth(GridHealth health) =>
        await health.ProblemAsync() is { } problem
            ? TypedResults.Json(new HealthStatus(problem), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new HealthStatus("ready"));
}
