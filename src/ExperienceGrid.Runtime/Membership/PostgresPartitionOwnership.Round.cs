using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage.Postgres;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>One balancing round.</summary>
internal sealed partial class PostgresPartitionOwnership
{
    private async Task RoundAsync(CancellationToken ct)
    {
        if (_connection is null || _connection.IsBroken)
        {
            await ResetAsync().ConfigureAwait(false);
            _connection = await SiloLockConnection.OpenAsync(connections, ct).ConfigureAwait(false);
        }

        var connection = _connection;
        var view = await connection.HeartbeatAndReadAsync(SiloId, Address, _options.SiloExpiry, ct).ConfigureAwait(false);
        await ForgetDeadSilosAsync(connection, view, ct).ConfigureAwait(false);

        // Reconcile the hosts with the locks this session really holds.
        var held = view.LockHolders.Where(h => h.Value == connection.Pid).Select(h => h.Key).ToHashSet();
        var lost = hosts.Hosted.Where(p => !held.Contains(p)).ToList();
        if (lost.Count > 0)
        {
            PostgresLog.Lost(logger, SiloId, Format(lost));
            await hosts.RemoveAsync(lost).ConfigureAwait(false);
        }

        var fenced = hosts.Fenced();
        await hosts.RemoveAsync(fenced).ConfigureAwait(false);
        var hosted = hosts.Hosted.ToHashSet();
        foreach (var orphan in held.Where(p => !hosted.Contains(p)).ToList())
        {
            // Locked but not hosted (host failed to start or was fenced): unlock, reacquire later with a new epoch.
            await connection.ReleaseSessionLockAsync(orphan, ct).ConfigureAwait(false);
            held.Remove(orphan);
        }

        var live = view.Members.Where(m => m.Connected && !m.Expired).Select(m => m.SiloId).Append(SiloId).ToList();
        var target = FairShare.Target(partitioner.PartitionCount, live, SiloId);
        if (held.Count > target)
        {
            await ReleaseAsync(connection, [.. held.Order().TakeLast(held.Count - target)], ct).ConfigureAwait(false);
        }
        else if (held.Count < target)
        {
            var free = Enumerable.Range(0, partitioner.PartitionCount).Where(p => !view.LockHolders.ContainsKey(p));
            await AcquireFreeAsync(connection, FairShare.Candidates(free, partitioner.PartitionCount, SiloId), target - held.Count, ct).ConfigureAwait(false);
        }
    }

    private string Address => _options.Address;

    private async Task ForgetDeadSilosAsync(SiloLockConnection connection, ClusterView view, CancellationToken ct)
    {
        foreach (var member in view.Members.Where(m => m.SiloId != SiloId))
        {
            if (!member.Connected)
            {
                await connection.ForgetAsync(member.SiloId, ct).ConfigureAwait(false);
            }
            else if (member.Expired)
            {
                // Frozen (e.g. SIGSTOP): its locks would be held forever; ending its sessions frees them, and the
                // epoch bump on acquisition fences whatever it tries to commit when it resumes.
                var count = await connection.ExpireAsync(member.SiloId, ct).ConfigureAwait(false);
                PostgresLog.SiloExpired(logger, member.SiloId, count);
            }
        }
    }

    /// <summary>Hands partitions over: final commits first (hosts stop), then the locks go.</summary>
    private async Task ReleaseAsync(SiloLockConnection connection, IReadOnlyList<int> partitions, CancellationToken ct)
    {
        await hosts.RemoveAsync(partitions).ConfigureAwait(false);
        foreach (var partition in partitions)
        {
            await connection.ReleaseSessionLockAsync(partition, ct).ConfigureAwait(false);
        }

        PostgresLog.Released(logger, SiloId, Format(partitions));
    }

    private async Task AcquireFreeAsync(SiloLockConnection connection, IEnumerable<int> candidates, int wanted, CancellationToken ct)
    {
        var leases = (await connection.TryAcquireSessionLocksAsync([.. candidates], wanted, SiloId, ct).ConfigureAwait(false))
            .Select(l => new PartitionLease(l.Partition, l.Epoch)).ToList();
        if (leases.Count == 0)
        {
            return;
        }

        var started = (await hosts.AddAsync(leases, throwOnFailure: false, ct).ConfigureAwait(false)).ToHashSet();
        foreach (var lease in leases.Where(l => !started.Contains(l.Partition)))
        {
            await connection.ReleaseSessionLockAsync(lease.Partition, ct).ConfigureAwait(false);
        }

        if (started.Count > 0)
        {
            PostgresLog.Acquired(logger, SiloId, Format(started));
        }
    }
}
