using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Waking a guest with nothing sent. While a visit is open the model has a next check (a wait nearing misery, a
/// recovery window, the visit's inactivity timeout); while the outbox holds anything the guest must be woken should
/// its silo die before the venues wrote it. Both are one entry in the guest's shard of the
/// <see cref="IGuestRegistryGrain"/>: registered durably before the write that relies on it, moved only when the
/// model's check comes earlier (a guest woken early finds nothing due and says when it is due instead), and gone once
/// the guest has neither. What was registered is known only to the activation: a new one registers again at its first change.
/// </summary>
public sealed partial class CustomerGrain
{
    // While the outbox holds anything the guest is due this soon (the retry timer usually empties it first).
    private static readonly TimeSpan _outboxWake = TimeSpan.FromMinutes(1);

    // When this activation registered the guest to be woken; null when it did not (or the guest left).
    private DateTimeOffset? _wakeAt;

    // The guest settles (leaves the registry) once the write that no longer needs it is durable.
    private bool _leaving;

    public async Task<DateTimeOffset?> Wake()
    {
        // The waking time, not the due time: a late wake must not raise a nudge whose moment has passed.
        var now = time.GetUtcNow();
        if (_diverged)
        {
            // Memory is ahead of storage and this activation is going: a fresh one is woken soon.
            return now + _outboxWake;
        }

        if (State.Customer is not null && model.NextCheckAt(Customer) <= now)
        {
            await ChangeAsync(async () =>
            {
                Accept(model.Advance(Customer, now), $"advance:{CustomerId}:{now.UtcTicks}");

                // The entry that woke the guest is stored with a due time passed: a crash before this write wakes it again.
                await WriteChangeAsync();
            });
        }

        await DeliverAsync(probe: true);

        // The registry keeps the answer (an earlier due time than it stores only wakes the guest early); with nothing
        // pending it drops the guest.
        _wakeAt = NextWake();
        _leaving = false;
        if (_wakeAt is null)
        {
            await SettleAsync();
        }

        return _wakeAt;
    }

    /// <summary>A "tick" reminder registered before the registry woke guests: dropped, and the guest woken and registered.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (await Wake() is { } due)
        {
            await GuestRegistryGrain.Of(GrainFactory, CustomerId).Register(CustomerId, due);
        }
    }

    private DateTimeOffset? NextWake()
    {
        var check = model.NextCheckAt(Customer);
        if (State.Outbox.Count == 0)
        {
            return check;
        }

        var outbox = time.GetUtcNow() + _outboxWake;
        return check < outbox ? check : outbox;
    }

    /// <summary>
    /// Before a write: registers the guest when it is not registered and has pending work, or when the model's check
    /// comes earlier than registered; leaves after the write when nothing is pending. An outbox only needs the guest
    /// registered (a silo's start or death wakes every registered guest; while active, the retry timer delivers), so
    /// it does not move the due time: most batches register nothing.
    /// </summary>
    private async Task RegisterWakeAsync()
    {
        if (NextWake() is not { } next)
        {
            _leaving = _wakeAt is not null;
            return;
        }

        _leaving = false;
        if (_wakeAt is not { } due || model.NextCheckAt(Customer) < due)
        {
            await GuestRegistryGrain.Of(GrainFactory, CustomerId).Register(CustomerId, next);
            _wakeAt = next;
        }
    }

    /// <summary>A failure leaves a stale entry, whose wake finds nothing and drops it.</summary>
    private async Task LeaveRegistryAsync()
    {
        _leaving = false;
        _wakeAt = null;
        try
        {
            await GuestRegistryGrain.Of(GrainFactory, CustomerId).Leave(CustomerId);
        }
        catch (Exception e)
        {
            LogLeaveFailed(logger, e, CustomerId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Customer {CustomerId} could not leave the guest registry; its next wake drops it")]
    private static partial void LogLeaveFailed(ILogger logger, Exception exception, string customerId);
}
