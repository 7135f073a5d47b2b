using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The operator view's one read: the silos and their grains, how fast this silo accepts events, how late its alert
/// pushes are, whether its storage answers, and where the Orleans dashboard is. No guest data.
/// </summary>
public static class OperationsApi
{
    public static RouteGroupBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("/api").RequireAuthorization(GridPolicies.Operations);
        operations.MapGet("/operations", GetOperations).WithName("GetOperations");
        return operations;
    }

    public static async Task<Results<Ok<OperationsView>, ProblemHttpResult>> GetOperations([AsParameters] OperationsServices services)
    {
        IReadOnlyList<ClusterApi.SiloView> silos;
        try
        {
            silos = await ClusterApi.ReadSilosAsync(services.Grains);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ClusterApi.Unreadable(services.Response, e);
        }

        var grid = services.Options.Value;
        // The same words /health answers with, so the operator view and the load balancer never disagree.
        var storage = new StorageView(
            grid.Redis is { Length: > 0 } ? "Redis" : "SQLite (embedded)",
            await services.Health.ProblemAsync() ?? "ready");
        return TypedResults.Ok(new OperationsView(
            services.Self.Address,
            services.Self.Name,
            silos,
            services.Rates.EventsPerSecond(),
            (int)GridRates.RateWindow.TotalSeconds,
            services.Rates.PushLag(),
            storage,
            grid.ServesOrleansDashboard ? SiloEndpoints.OrleansDashboardPath + "/" : null));
    }
}
