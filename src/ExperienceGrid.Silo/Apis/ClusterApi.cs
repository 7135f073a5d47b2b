using System.Collections.Concurrent;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Runtime;
using ExperienceGrid.Runtime.Membership;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The silos of the grid: id, address, partitions owned, lag and last heartbeat (one row when embedded); and a
/// diagnostic tally of the moments this silo's notification bus delivered per customer (from every silo in
/// cluster mode), which shows the backplane at work.
/// </summary>
public static class ClusterApi
{
    private const int MaxTalliedCustomers = 100_000;

    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        var tally = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        app.ServiceProvider.GetRequiredService<INotificationBus>().Subscribe<MomentRecorded>((moment, _) =>
        {
            if (tally.Count < MaxTalliedCustomers || tally.ContainsKey(moment.CustomerId))
            {
                tally.AddOrUpdate(moment.CustomerId, 1, (_, count) => count + 1);
            }

            return ValueTask.CompletedTask;
        });
        app.MapGet("/api/cluster", GetCluster).WithName("GetCluster");
        app.MapGet("/api/cluster/moments/{customerId}", (string customerId) => GetMoments(tally, customerId)).WithName("GetDeliveredMoments");
        return app;
    }

    public static async Task<Results<Ok<ClusterView>, ProblemHttpResult>> GetCluster(IClusterMembership membership, CancellationToken cancellationToken)
    {
        try
        {
            var silos = await membership.GetSilosAsync(cancellationToken);
            return TypedResults.Ok(new ClusterView(membership.SiloId, silos));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The cluster store is unavailable", detail: e.Message);
        }
    }

    /// <summary>How many MomentRecorded notifications this silo's subscribers received for the customer.</summary>
    public static Ok<DeliveredMoments> GetMoments(ConcurrentDictionary<string, int> tally, string customerId) =>
        TypedResults.Ok(new DeliveredMoments(customerId, tally.GetValueOrDefault(customerId)));

    /// <summary>The answer of <c>GET /api/cluster</c>.</summary>
    public sealed record ClusterView(string Self, IReadOnlyList<SiloInfo> Silos);

    /// <summary>The answer of <c>GET /api/cluster/moments/{customerId}</c>.</summary>
    public sealed record DeliveredMoments(string CustomerId, int Moments);
}
