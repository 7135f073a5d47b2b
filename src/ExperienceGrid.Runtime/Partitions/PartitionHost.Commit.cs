using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Storage;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>The exactly-once commit (state + offset + outbox + reminders) and idle deactivation.</summary>
internal sealed partial class PartitionHost
{
    private static readonly TimeSpan _maxSweepInterval = TimeSpan.FromMinutes(1);

    // Captures taken but not yet durable, oldest first; only the consumer loop (or StopAsync after it) touches these.
    private readonly List<ActivationCapture> _uncommitted = [];
    private readonly List<ActivationData> _deactivating = [];

    /// <summary>
    /// Captures every dirty activation (each in a turn of its own, after all applied journal turns finished) and
    /// commits them with offset <see cref="_applied"/>; then completes deactivations and publishes notifications.
    /// </summary>
    private async Task CommitAsync()
    {
        var pending = Directory.Snapshot().Where(a => a.NeedsCommit).Select(a => a.CaptureAsync()).ToArray();
        foreach (var capture in await Task.WhenAll(pending).ConfigureAwait(false))
        {
            if (capture is not null)
            {
                _uncommitted.Add(capture);
            }
        }

        if (_uncommitted.Count > 0 || _applied != _committed)
        {
            var commit = BuildCommit();
            var started = Runtime.TimeProvider.GetTimestamp();
            await Runtime.Store.CommitAsync(commit, CancellationToken.None).ConfigureAwait(false);
            Runtime.Metrics.CommitCompleted(Runtime.TimeProvider.GetElapsedTime(started));
            Volatile.Write(ref _committed, commit.Offset);
        }

        var notifications = _uncommitted.SelectMany(c => c.Notifications).ToArray();
        _uncommitted.Clear();
        foreach (var activation in _deactivating)
        {
            Directory.Deactivated(activation);
        }

        _deactivating.Clear();
        foreach (var notification in notifications)
        {
            await Runtime.Notifications.PublishAsync(notification, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private PartitionCommit BuildCommit()
    {
        var snapshots = new Dictionary<GrainId, GrainSnapshot>();
        var outbox = new List<JournalEnvelope>();
        var reminders = new Dictionary<(GrainId, string), ReminderChange>();
        foreach (var capture in _uncommitted)
        {
            if (capture.State is not null)
            {
                snapshots[capture.Grain] = new GrainSnapshot(capture.Grain, capture.State);
            }

            outbox.AddRange(capture.Outbox);
            foreach (var change in capture.Reminders)
            {
                reminders[(change.Grain, change.Name)] = change;
            }
        }

        return new PartitionCommit(Partition, _applied, [.. snapshots.Values], outbox, [.. reminders.Values]) { Epoch = Epoch };
    }

    private async Task SweepIfDueAsync()
    {
        var now = Runtime.TimeProvider.GetUtcNow();
        var age = Runtime.Options.IdleDeactivationAge;
        if (now - _lastSweep < (age < _maxSweepInterval ? age : _maxSweepInterval))
        {
            return;
        }

        _lastSweep = now;
        var closed = Directory.CloseIdle(now - age);
        if (closed.Count == 0)
        {
            return;
        }

        var captures = await Task.WhenAll(closed.Select(a => a.DeactivateAsync())).ConfigureAwait(false);
        _uncommitted.AddRange(captures.OfType<ActivationCapture>());
        _deactivating.AddRange(closed);
        GridLog.Deactivated(Runtime.Logger, closed.Count, Partition);

        // Completes the deactivations only once their final state is durable.
        await CommitAsync().ConfigureAwait(false);
    }
}
