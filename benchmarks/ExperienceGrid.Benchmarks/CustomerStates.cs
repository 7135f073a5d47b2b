using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// The states customer grains write for a stream of touchpoints, built the way <see cref="CustomerGrain"/> builds
/// them: the experience model's state, the remembered event-id hashes and the venue outbox.
/// The outbox holds the deliveries of this touchpoint and the one before (a venue writes once a second, so the
/// previous delivery is often not acknowledged yet when the next write happens).
/// </summary>
public static class CustomerStates
{
    public static List<CustomerWrite> Build(IReadOnlyList<Touchpoint> touchpoints, ExperienceModel model, int rememberedEventIds = 256)
    {
        var live = new Dictionary<string, (CustomerGrainState State, int Previous)>(StringComparer.Ordinal);
        var writes = new List<CustomerWrite>(touchpoints.Count);
        foreach (var touchpoint in touchpoints)
        {
            var id = touchpoint.CustomerId;
            var (state, previous) = live.TryGetValue(id, out var known) ? known : (new CustomerGrainState(), 0);
            var outcome = model.Apply(state.Customer ?? ExperienceModel.NewCustomer(id), touchpoint);
            state.Customer = outcome.State;
            state.RecentEventIds.Add(EventIdHash.Of(touchpoint.EventId));
            if (state.RecentEventIds.Count > rememberedEventIds)
            {
                state.RecentEventIds.RemoveAt(0);
            }

            state.Outbox.RemoveRange(0, state.Outbox.Count - previous);
            var added = 0;
            foreach (var (venueId, activity) in VenueActivity.From(outcome.Signals, outcome.State, CustomerNames.Default(id), touchpoint.EventId))
            {
                state.Outbox.Add(new(++state.DeliverySequence, venueId, activity));
                added++;
            }

            live[id] = (state, added);
            writes.Add(new CustomerWrite(id, new CustomerGrainState
            {
                Customer = state.Customer,
                DisplayName = state.DisplayName,
                RecentEventIds = [.. state.RecentEventIds],
                DeliverySequence = state.DeliverySequence,
                Outbox = [.. state.Outbox],
            }));
        }

        return writes;
    }
}
