using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithName("Health");
        return app;
    }

    /// <summary>200 while this silo is an active member of its cluster; 503 while it starts or stops.</summary>
    public static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> GetHealth(IClusterMembershipService membership, ILocalSiloDetails silo) =>
        membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active
            ? TypedResults.Ok(new HealthStatus("ready"))
            : TypedResults.Json(new HealthStatus("starting"), statusCode: StatusCodes.Status503ServiceUnavailable);
}
