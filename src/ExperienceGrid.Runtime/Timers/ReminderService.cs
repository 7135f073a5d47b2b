using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Timers;

/// <summary>
/// Polls due reminders of the owned partitions on the grid's clock and fires them through the store: each tick
/// becomes a journal message (deterministic id) appended in the same write that advances the reminder, so a tick
/// is delivered exactly once and survives restarts. One poll runs at a time.
/// </summary>
internal sealed class ReminderService(IGridStore store, TimeProvider timeProvider, IOptions<GridOptions> options, ILogger<ReminderService> logger)
{
    private const int BatchSize = 1000;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private IReadOnlyCollection<int> _partitions = [];
    private ITimer? _timer;
    private Task _poll = Task.CompletedTask;

    public void Start(IReadOnlyCollection<int> partitions)
    {
        _partitions = partitions;
        var interval = options.Value.ReminderPollInterval;
        _timer = timeProvider.CreateTimer(static state => ((ReminderService)state!).OnTick(), this, interval, interval);
    }

    /// <summary>Replaces the partitions whose reminders this silo fires (ownership changed).</summary>
    public void SetPartitions(IReadOnlyCollection<int> partitions) => Volatile.Write(ref _partitions, partitions);

    public async Task StopAsync()
    {
        _timer?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task poll;
        lock (_lock)
        {
            poll = _poll;
        }

        await poll.ConfigureAwait(false);
    }

    /// <summary>Runs one poll now (tests, and the timer).</summary>
    public Task PollNowAsync()
    {
        lock (_lock)
        {
            if (_poll.IsCompleted && !_stopping.IsCancellationRequested)
            {
                _poll = PollAsync(_stopping.Token);
            }

            return _poll;
        }
    }

    private void OnTick() => _ = PollNowAsync();

    private async Task PollAsync(CancellationToken ct)
    {
        try
        {
            await Task.Yield();
            var now = timeProvider.GetUtcNow();
            IReadOnlyList<ReminderEntry> due;
            do
            {
                due = await store.GetDueRemindersAsync(Volatile.Read(ref _partitions), now, BatchSize, ct).ConfigureAwait(false);
                if (due.Count > 0)
                {
                    await store.FireRemindersAsync(due, now, ct).ConfigureAwait(false);
                }
            }
            while (due.Count == BatchSize);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            GridLog.ReminderPollFailed(logger, ex);
        }
    }
}
