using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Delivering the outbox. Each venue gets only the deliveries it has not applied yet, as last heard; a venue that
/// lost some (it had not written them when it was deactivated or its silo died) says what it holds, and gets the
/// rest again at once. Deliveries stay in the outbox until the venue has written them; while any do, a timer asks
/// every <see cref="Grid.GridOptions.DeliveryRetryInterval"/>, which also retries a venue that could not be reached.
/// </summary>
public sealed partial class CustomerGrain
{
    // What each venue had applied, as last heard; unknown after activation (then the venue skips what it has).
    private readonly Dictionary<string, long> _applied = new(StringComparer.Ordinal);
    private IGrainTimer? _retry;
    private bool _outboxTrimmed;

    // How many outbox deliveries this activation last reported to the outbox gauge.
    private int _outboxCounted;

    /// <param name="probe">Ask every venue the outbox names, even with nothing new, to learn what it has written.</param>
    private async Task DeliverAsync(bool probe)
    {
        // After a failed write the outbox may hold deliveries that were never stored, under sequence numbers the
        // next activation hands out again for others: only what storage holds is delivered.
        if (_diverged)
        {
            return;
        }

        // The venues the outbox names (probing) or those with a delivery newer than they applied.
        var outbox = State.Outbox;
        var venues = new List<string>();
        foreach (var delivery in outbox)
        {
            if ((probe || delivery.Sequence > _applied.GetValueOrDefault(delivery.VenueId)) && !venues.Contains(delivery.VenueId))
            {
                venues.Add(delivery.VenueId);
            }
        }

        if (venues.Count > 0)
        {
            var acks = await Task.WhenAll(venues.Select(DeliverToAsync));
            foreach (var (venueId, ack) in venues.Zip(acks))
            {
                if (ack is { } heard)
                {
                    _applied[venueId] = heard.Applied;
                    _outboxTrimmed |= outbox.RemoveAll(d => d.VenueId == venueId && d.Sequence <= heard.Written) > 0;
                }
            }
        }

        CountOutbox(outbox.Count);
        if (outbox.Count == 0)
        {
            _retry?.Dispose();
            _retry = null;
        }
        else
        {
            var every = options.Value.DeliveryRetryInterval;
            _retry ??= this.RegisterGrainTimer(_ => DeliverAsync(probe: true), every, every);
        }
    }

    /// <returns>The venue's answer; null when it could not be reached (the outbox keeps everything).</returns>
    private async Task<DeliveryAck?> DeliverToAsync(string venueId)
    {
        try
        {
            var after = _applied.GetValueOrDefault(venueId);
            var ack = await venues.ApplyAsync(venueId, new VenueApply(CustomerId, after, Pending(venueId, after)));
            return ack.Applied < after ? await venues.ApplyAsync(venueId, new VenueApply(CustomerId, ack.Applied, Pending(venueId, ack.Applied))) : ack;
        }
        catch (Exception e)
        {
            LogDeliveryFailed(logger, e, CustomerId, venueId);
            return null;
        }
    }

    /// <summary>
    /// Nothing is pending any more: the emptied outbox is stored (nothing would wake the guest to deliver a stored one
    /// again), then the venues it delivered to may drop their marks of it (nothing they applied can come again), and
    /// the guest leaves the registry. Done with a write the guest makes anyway (a batch's, on deactivation) or when
    /// the registry wakes it, never as a write of its own on the way of a batch.
    /// </summary>
    private async Task SettleAsync()
    {
        if (_diverged)
        {
            return;
        }

        if (_outboxTrimmed)
        {
            await ChangeAsync(() => state.WriteStateAsync());
            _outboxTrimmed = false;
        }

        await Task.WhenAll(_applied.Keys.Select(venueId => GrainFactory.GetGrain<IVenueGrain>(venueId).Release(CustomerId, State.DeliverySequence)));
        _applied.Clear();
        await LeaveRegistryAsync();
    }

    /// <summary>Moves this silo's outbox gauge to <paramref name="count"/> for this grain (0 when it deactivates).</summary>
    private void CountOutbox(int count)
    {
        metrics.OutboxChanged(count - _outboxCounted);
        _outboxCounted = count;
    }

    private List<VenueDelivery> Pending(string venueId, long after) =>
        [.. State.Outbox.Where(d => d.VenueId == venueId && d.Sequence > after)];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering customer {CustomerId}'s outbox to venue {VenueId} failed; it is kept and sent again")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string customerId, string venueId);
}
