using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Timers;
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
    PartitionRegistry partitions,
    GrainRuntime runtime,
    ReminderService reminders,
    GridHealth health,
    ILogger<GridHostedService> logger) : IHostedService
{
    private PartitionHost[] _hosts = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var owned = await ownership.AcquireAsync(cancellationToken).ConfigureAwait(false);
        _hosts = [.. owned.Select(partition => new PartitionHost(partition, runtime))];
        foreach (var host in _hosts)
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        partitions.Publish(_hosts.ToDictionary(host => host.Partition));
        reminders.Start(owned);
        health.SetReady(true);
        GridLog.GridStarted(logger, _hosts.Length);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        health.SetReady(false);
        await reminders.StopAsync().ConfigureAwait(false);
        await Task.WhenAll(_hosts.Select(host => host.StopAsync())).ConfigureAwait(false);
        partitions.Clear();
        await ownership.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        await store.DisposeAsync().ConfigureAwait(false);
    }
}
