using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The silos of the grid as Orleans' membership sees them, and the grains each one holds (operators and chain managers).</summary>
public static class ClusterApi
{
    public static RouteGroupBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api").RequireAuthorization(GridPolicies.Operations);
        cluster.MapGet("/cluster", GetCluster).WithName("GetCluster");
        return cluster;
    }

    public static async Task<Results<Ok<ClusterView>, ProblemHttpResult>> GetCluster(
        IGridMember self, IGrainFactory grains, HttpResponse response)
    {
        try
        {
            return TypedResults.Ok(new ClusterView(self.Address, self.MembershipVersion, await ReadSilosAsync(grains)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unreadable(response, e);
        }
    }

    /// <summary>The 503 of a read of the silos that failed (membership or a silo did not answer): retry shortly.</summary>
    public static ProblemHttpResult Unreadable(HttpResponse response, Exception e) =>
        RetryLater.Unavailable(response, "The cluster could not be read", e.Message);

    /// <summary>Every silo membership knows of (dead ones too), with the grains it has activated now.</summary>
    public static async Task<IReadOnlyList<SiloView>> ReadSilosAsync(IGrainFactory grains)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var statistics = await management.GetSimpleGrainStatistics();
        return [.. hosts.Select(h => new SiloView(
            h.SiloAddress.ToString(),
            h.SiloName,
            h.Status.ToString(),
            statistics.Where(s => s.SiloAddress.Equals(h.SiloAddress)).Sum(s => s.ActivationCount)))];
    }

    /// <summary>The answer of <c>GET /api/cluster</c>: the silo or front end that answered, the membership version it sees (none on a front end) and every silo.</summary>
    public sealed record ClusterView(string Self, long? MembershipVersion, IReadOnlyList<SiloView> Silos);

    /// <summary>A silo, its membership status and how many grains it has activated.</summary>
    public sealed record SiloView(string Address, string Name, string Status, int Activations);
}
