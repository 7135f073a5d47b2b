using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A guest's erasure. The outbox goes first, durably, so nothing of the guest reaches a venue again; then every venue
/// of the chain forgets them (each writes before it answers); then the grain's state and its registration go. Each step is
/// idempotent, so an erasure a failure cut short is completed by calling it again; a later event starts a new guest.
/// </summary>
public sealed partial class CustomerGrain
{
    public async Task Erase()
    {
        await ChangeAsync(async () =>
        {
            if (State.Outbox.Count > 0)
            {
                State.Outbox.Clear();
                await state.WriteStateAsync();
            }

            await Task.WhenAll(model.Chain.Venues.Select(v => GrainFactory.GetGrain<IVenueGrain>(v.Id).Forget(CustomerId)));
            await state.ClearStateAsync();

            // Nothing is left to store on deactivation or to release at the venues (they forgot the guest).
            _outboxTrimmed = false;
            _applied.Clear();
            await LeaveRegistryAsync();
        });

        _retry?.Dispose();
        _retry = null;
        DeactivateOnIdle();
    }
}
