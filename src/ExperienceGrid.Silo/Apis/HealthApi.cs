using ExperienceGrid.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithName("Health");
        return app;
    }

    /// <summary>200 once the journal is open and this silo owns its partitions; 503 before.</summary>
    public static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> GetHealth(IGridHealth health) =>
        health.IsReady
            ? TypedResults.Ok(new HealthStatus("ready"))
            : TypedResults.Json(new HealthStatus("starting"), statusCode: StatusCodes.Status503ServiceUnavailable);
}
