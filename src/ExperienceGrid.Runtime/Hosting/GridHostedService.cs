using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Runtime.Hosting;

/// <summary>
/// Opens the store, acquires partitions, starts their consumers and the reminder service; on stop, does the reverse
/// after the final commits. A crash at any point is safe: partitions replay from their committed offsets.
/// </summary>
internal sealed class GridHostedService(
    IGridStore store,
    IPartitionOwnership ownership,
    PartitionHostManager hosts,
    GridHealth health,
    ILogger<GridHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Dynamic ownership (cluster) starts its own hosts through the manager and returns none here.
        var owned = await ownership.AcquireAsync(cancellationToken).ConfigureAwait(false);
        await hosts.AddAsync([.. owned.Select(p => new PartitionLease(p, 0))], throwOnFailure: true, cancellationToken).ConfigureAwait(false);
        health.SetReady(true);
        GridLog.GridStarted(logger, owned.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        health.SetReady(false);
        await hosts.StopAllAsync().ConfigureAwait(false);
        await ownership.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        await store.DisposeAsync().ConfigureAwait(false);
    }
}
