using System.Collections.Concurrent;
using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Carries this silo's customers' deliveries to their venues, one call per venue at a time: what customers hand over
/// while that call is under way waits and goes together in the next, so a busy venue takes many customers' deliveries
/// per message and turn instead of one each (every guest of a busy floor calls the same activation). An idle venue's
/// delivery goes at once. A failed call fails each of its customers' deliveries, which the customers keep and retry.
/// </summary>
public sealed class VenueDeliveryBatcher(IGrainFactory grains)
{
    // Bounds a call's message and the venue's turn; a longer queue goes in several calls, one after the other.
    private const int MaxPerCall = 256;

    private readonly ConcurrentDictionary<string, VenueQueue> _venues = new(StringComparer.Ordinal);

    public Task<DeliveryAck> ApplyAsync(string venueId, VenueApply apply) =>
        _venues.GetOrAdd(venueId, id => new VenueQueue(grains.GetGrain<IVenueGrain>(id))).Add(apply);

    private sealed class VenueQueue(IVenueGrain venue)
    {
        private readonly Lock _gate = new();
        private readonly Queue<(VenueApply Apply, TaskCompletionSource<DeliveryAck> Ack)> _waiting = new();
        private bool _calling;

        public Task<DeliveryAck> Add(VenueApply apply)
        {
            var ack = new TaskCompletionSource<DeliveryAck>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiting.Enqueue((apply, ack));
                if (_calling)
                {
                    return ack.Task;
                }

                _calling = true;
            }

            // Off the calling grain's scheduler: the loop outlives the customer's turn and serves every customer.
            _ = Task.Run(CallAsync);
            return ack.Task;
        }

        private async Task CallAsync()
        {
            while (true)
            {
                List<(VenueApply Apply, TaskCompletionSource<DeliveryAck> Ack)> batch = [];
                lock (_gate)
                {
                    while (batch.Count < MaxPerCall && _waiting.TryDequeue(out var waiting))
                    {
                        batch.Add(waiting);
                    }

                    if (batch.Count == 0)
                    {
                        _calling = false;
                        return;
                    }
                }

                // Nothing may escape the loop: this venue's queue would never be called again.
                try
                {
                    var acks = await venue.Apply([.. batch.Select(b => b.Apply)]);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Ack.TrySetResult(acks[i]);
                    }
                }
                catch (Exception e)
                {
                    foreach (var (_, ack) in batch)
                    {
                        ack.TrySetException(e);
                    }
                }
            }
        }
    }
}
