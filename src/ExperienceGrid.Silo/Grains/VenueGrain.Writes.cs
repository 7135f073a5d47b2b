using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Lazy writes. A venue passes every event of its floor through one activation, so it writes its state at most once
/// per <see cref="Grid.GridOptions.VenueWriteInterval"/> and tells each customer the highest sequence it has written
/// for them: customers keep and deliver again the rest. After a write, finished minutes go to the day's history and
/// resolved alerts' recovery touchpoints to their customers, both idempotent and kept until taken.
/// </summary>
public sealed partial class VenueGrain
{
    // Customers whose deliveries changed since the last write, with the sequence storage holds for them.
    private readonly Dictionary<string, long> _writtenBefore = new(StringComparer.Ordinal);
    private IGrainTimer? _writeTimer;

    // When the oldest change not yet written was made (a timestamp of the grain's TimeProvider).
    private long _dirtySince;
    private bool _diverged;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Idle collection: write what is pending now rather than have every customer deliver it again.
        if (_writeTimer is not null && !_diverged)
        {
            // At silo shutdown the day grains are going too: the minutes stay pending in this state for the next start.
            await WriteAsync(handOver: reason.ReasonCode != DeactivationReasonCode.ShuttingDown);
        }
    }

    private void MarkDirty()
    {
        if (_writeTimer is null)
        {
            _dirtySince = time.GetTimestamp();
            _writeTimer = this.RegisterGrainTimer(_ => WriteAsync(), grid.Value.VenueWriteInterval, Timeout.InfiniteTimeSpan);
        }
    }

    private long WrittenSequence(string customerId) =>
        _writtenBefore.TryGetValue(customerId, out var written) ? written : VenueModel.LastApplied(Venue, customerId);

    private async Task WriteAsync(bool handOver = true)
    {
        _writeTimer?.Dispose();
        _writeTimer = null;
        state.State.Venue = VenueModel.ForgetDeliveries(Venue, time.GetUtcNow() - grid.Value.DeliveryMemory, _writtenBefore.ContainsKey);
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception e)
        {
            // Memory is now ahead of storage: start again from storage. Customers still hold every delivery this
            // write would have covered, and a staff command that called it is answered as failed.
            LogWriteFailed(logger, e, Venue.VenueId);
            _diverged = true;
            DeactivateOnIdle();
            throw;
        }

        metrics.VenueWritten(time.GetElapsedTime(_dirtySince));
        _writtenBefore.Clear();
        if (handOver)
        {
            await HandOverMinutesAsync();
            HandOverRecoveries();
        }
    }

    // In order: the day grain skips a sequence at or below the last it added.
    private async Task HandOverMinutesAsync()
    {
        var pending = state.State.PendingMinutes;
        while (pending.Count > 0)
        {
            var day = IVenueDayGrain.DayOf(pending[0].Tally.Minute);
            await GrainFactory.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(Venue.VenueId, day)).Add(pending[0]);
            pending.RemoveAt(0);
            MarkDirty();
        }
    }

    // Not awaited in this turn: the customer may be waiting on this venue (Apply), so awaiting it could deadlock. A
    // touchpoint sent again before the first send answered is a duplicate the customer skips.
    private void HandOverRecoveries()
    {
        foreach (var touchpoints in state.State.PendingRecoveries.GroupBy(t => t.CustomerId))
        {
            _ = RecordRecoveriesAsync(touchpoints.Key, [.. touchpoints]);
        }
    }

    private async Task RecordRecoveriesAsync(string customerId, IReadOnlyList<Touchpoint> touchpoints)
    {
        try
        {
            await GrainFactory.GetGrain<ICustomerGrain>(customerId).Record(touchpoints);
            state.State.PendingRecoveries.RemoveAll(touchpoints.Contains);
            MarkDirty();
        }
        catch (Exception e)
        {
            LogRecoveryFailed(logger, e, customerId, Venue.VenueId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing venue {VenueId} failed; it reloads from storage and its customers deliver again")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string venueId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording recovery touchpoints on {CustomerId} from venue {VenueId} failed; tried again after the next write")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string customerId, string venueId);
}
