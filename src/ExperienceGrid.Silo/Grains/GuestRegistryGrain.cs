using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A shard of <see cref="IGuestRegistryGrain"/>. Registrations made together share one write (<see cref="GroupCommit"/>:
/// a guest's batch waits for its registration to be durable). Leaving guests and the due times woken guests answer
/// change the shard at once and are written with the next write (storage takes the state as a write starts): a lost
/// one only wakes a guest once more. A grain timer wakes guests at their due time while the shard is active; its one
/// reminder brings it back within a minute after a deactivation or a crash, and writes those lazy changes.
/// </summary>
public sealed partial class GuestRegistryGrain(
    [PersistentState("guest-registry", GridHostingExtensions.GrainStorage)] IPersistentState<GuestRegistryGrainState> state,
    TimeProvider time,
    ILogger<GuestRegistryGrain> logger) : Grain, IGuestRegistryGrain, IRemindable
{
    private const string WakeReminder = "wake";

    // Guests woken at once; the rest wait for a free slot, so a silo start does not flood the cluster.
    private const int ConcurrentWakes = 32;

    // The reminder's period, and how long a guest being woken is held (its answer replaces that).
    private static readonly TimeSpan _retryAfter = TimeSpan.FromMinutes(1);

    // A guest that could not be reached (its silo just died, say) is tried again this soon.
    private static readonly TimeSpan _retryUnreached = TimeSpan.FromSeconds(5);

    // Guests due together are woken in one round.
    private static readonly TimeSpan _shortestWait = TimeSpan.FromMilliseconds(100);

    private IGrainTimer? _timer;
    private DateTimeOffset _timerDue;
    private bool _waking;

    private readonly GroupCommit _writes = new(() => state.WriteStateAsync());

    // Changed since the last write by a leaving guest or a wake's answer.
    private bool _dirty;

    private Dictionary<string, DateTimeOffset> Due => state.State.Due;

    /// <summary>The shard a guest is registered in: a stable hash of its id (not string.GetHashCode, which differs per process).</summary>
    public static IGuestRegistryGrain Of(IGrainFactory grains, string customerId) =>
        grains.GetGrain<IGuestRegistryGrain>((long)((ulong)EventIdHash.Of(customerId) % IGuestRegistryGrain.Shards));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await this.GetReminder(WakeReminder, cancellationToken) is null)
        {
            await this.RegisterOrUpdateReminder(WakeReminder, _retryAfter, _retryAfter, cancellationToken);
        }

        ArmTimer();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await WriteLazyChangesAsync();
    }

    public Task Register(string customerId, DateTimeOffset due) =>
        _writes.Commit(() =>
        {
            Due[customerId] = due;
            ArmTimer();
        });

    public Task Leave(string customerId)
    {
        _dirty |= Due.Remove(customerId);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> GetDue(string customerId) =>
        Task.FromResult(Due.TryGetValue(customerId, out var due) ? due : (DateTimeOffset?)null);

    public Task WakeAll()
    {
        var now = time.GetUtcNow();
        foreach (var customerId in Due.Keys.ToList())
        {
            Due[customerId] = now;
        }

        ArmTimer();
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await WriteLazyChangesAsync();
        await WakeDueAsync();
    }

    private Task WriteLazyChangesAsync() => _dirty ? _writes.Commit(() => _dirty = false) : Task.CompletedTask;

    private void ArmTimer()
    {
        if (Due.Count == 0 || _waking)
        {
            return;
        }

        var due = Due.Values.Min();
        if (_timer is not null && _timerDue <= due)
        {
            return;
        }

        _timer?.Dispose();
        _timerDue = due;
        var dueIn = due - time.GetUtcNow();
        _timer = this.RegisterGrainTimer(_ => WakeDueAsync(), dueIn > _shortestWait ? dueIn : _shortestWait, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Wakes the guests due now. Each is given a retry time first; its answer (when it wants to be woken next) replaces
    /// it unless the guest registered again meanwhile.
    /// </summary>
    private async Task WakeDueAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (_waking)
        {
            return;
        }

        _waking = true;
        try
        {
            var now = time.GetUtcNow();
            var retryAt = now + _retryAfter;
            var due = Due.Where(e => e.Value <= now).Select(e => e.Key).ToList();
            foreach (var customerId in due)
            {
                Due[customerId] = retryAt;
            }

            var failed = 0;
            foreach (var batch in due.Chunk(ConcurrentWakes))
            {
                var answers = await Task.WhenAll(batch.Select(customerId => WakeAsync(customerId, retryAt)));
                failed += answers.Count(woken => !woken);
            }

            if (failed > 0)
            {
                LogWakesFailed(logger, failed, due.Count);
            }
        }
        finally
        {
            _waking = false;
            ArmTimer();
        }
    }

    /// <returns>False when the guest could not be reached (it is tried again soon).</returns>
    private async Task<bool> WakeAsync(string customerId, DateTimeOffset retryAt)
    {
        DateTimeOffset? next;
        bool reached;
        try
        {
            next = await GrainFactory.GetGrain<ICustomerGrain>(customerId).Wake();
            reached = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWakeFailed(logger, e, customerId);
            (next, reached) = (time.GetUtcNow() + _retryUnreached, false);
        }

        if (Due.TryGetValue(customerId, out var held) && held == retryAt)
        {
            if (next is { } at)
            {
                Due[customerId] = at;
            }
            else
            {
                Due.Remove(customerId);
            }

            _dirty = true;
        }

        return reached;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waking guest {CustomerId} failed; tried again in seconds")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string customerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking {Failed} of {Due} guests failed; tried again in seconds")]
    private static partial void LogWakesFailed(ILogger logger, int failed, int due);
}
