using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Timers;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// Starts and stops the partition hosts of this silo as ownership changes. One change at a time (a gate), so the
/// published host set, the reminder partitions and the hosts never disagree. A host is unpublished before it
/// stops, so new calls route elsewhere while its final commit runs.
/// </summary>
internal sealed class PartitionHostManager(GrainRuntime runtime, PartitionRegistry registry, ReminderService reminders)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, PartitionHost> _hosts = [];
    private bool _remindersStarted;
    private bool _stopped;

    /// <summary>Partitions with a running host (a snapshot).</summary>
    public IReadOnlyCollection<int> Hosted
    {
        get
        {
            lock (_hosts)
            {
                return [.. _hosts.Keys];
            }
        }
    }

    /// <summary>Serves reads of partitions owned elsewhere from committed snapshots (cluster mode).</summary>
    public void EnableReadOnlyFallback() =>
        registry.SetReadOnlyFallback(partition => new PartitionHost(partition, runtime, readOnly: true));

    /// <summary>
    /// Starts hosts for newly owned partitions and publishes them. Returns the partitions whose host started;
    /// the caller MUST release the others (e.g. the store was unreachable).
    /// </summary>
    public async Task<IReadOnlyList<int>> AddAsync(IReadOnlyList<PartitionLease> leases, bool throwOnFailure, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var started = new List<int>();
            if (_stopped)
            {
                return started;
            }

            var starting = leases.Select(lease => new PartitionHost(lease.Partition, runtime, lease.Epoch)).ToArray();
            var results = await Task.WhenAll(starting.Select(async host =>
            {
                try
                {
                    await host.StartAsync(ct).ConfigureAwait(false);
                    return (Exception?)null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            })).ConfigureAwait(false);
            if (throwOnFailure && Array.Find(results, e => e is not null) is { } failure)
            {
                await Task.WhenAll(starting.Where((_, i) => results[i] is null).Select(h => h.StopAsync())).ConfigureAwait(false);
                throw failure;
            }

            lock (_hosts)
            {
                for (var i = 0; i < starting.Length; i++)
                {
                    if (results[i] is null)
                    {
                        _hosts[starting[i].Partition] = starting[i];
                        started.Add(starting[i].Partition);
                    }
                }
            }

            PublishLocked();
            return started;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Unpublishes the hosts of <paramref name="partitions"/>, then stops them (final commits).</summary>
    public async Task RemoveAsync(IReadOnlyCollection<int> partitions)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await RemoveLockedAsync(partitions).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Partitions whose host stopped because another silo fenced it; they must be removed and released.</summary>
    public IReadOnlyList<int> Fenced()
    {
        lock (_hosts)
        {
            return [.. _hosts.Values.Where(h => h.IsFenced).Select(h => h.Partition)];
        }
    }

    /// <summary>Stops every host and refuses later additions (shutdown).</summary>
    public async Task StopAllAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _stopped = true;
            await reminders.StopAsync().ConfigureAwait(false);
            await RemoveLockedAsync(Hosted).ConfigureAwait(false);
            registry.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RemoveLockedAsync(IReadOnlyCollection<int> partitions)
    {
        var stopping = new List<PartitionHost>();
        lock (_hosts)
        {
            foreach (var partition in partitions)
            {
                if (_hosts.Remove(partition, out var host))
                {
                    stopping.Add(host);
                }
            }
        }

        if (stopping.Count == 0)
        {
            return;
        }

        PublishLocked();
        await Task.WhenAll(stopping.Select(host => host.StopAsync())).ConfigureAwait(false);
    }

    private void PublishLocked()
    {
        Dictionary<int, PartitionHost> published;
        lock (_hosts)
        {
            published = new Dictionary<int, PartitionHost>(_hosts);
        }

        registry.Publish(published);
        var owned = published.Keys.ToArray();
        if (_stopped)
        {
            return;
        }

        if (!_remindersStarted)
        {
            reminders.Start(owned);
            _remindersStarted = true;
        }
        else
        {
            reminders.SetPartitions(owned);
        }
    }
}
