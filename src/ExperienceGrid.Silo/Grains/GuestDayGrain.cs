using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Privacy;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A retention bucket: the guests whose latest touchpoint fell on one day, in one shard. Each guest adds itself once a
/// day (on the first touchpoint of a later day than it had), and concurrent additions share one write
/// (<see cref="GroupCommit"/>). Before the write that takes a bucket from empty to holding guests, the sweep is told
/// the day, so it finds every bucket however late its guests came.
/// </summary>
public sealed class GuestDayGrain : Grain, IGuestDayGrain
{
    private readonly IPersistentState<GuestDayGrainState> _state;
    private readonly GroupCommit _writes;

    // Whether storage holds guests (so the sweep has the day): true after a write of some, false after the bucket is deleted.
    private bool _storedAny;

    public GuestDayGrain([PersistentState("guest-day", GridHostingExtensions.GrainStorage)] IPersistentState<GuestDayGrainState> state)
    {
        _state = state;
        _writes = new GroupCommit(WriteAsync);
    }

    private HashSet<string> CustomerIds => _state.State.CustomerIds;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _storedAny = CustomerIds.Count > 0;
        return Task.CompletedTask;
    }

    public Task Add(string customerId) =>
        _writes.Stored && CustomerIds.Contains(customerId) ? _writes.Current : _writes.Commit(() => CustomerIds.Add(customerId));

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. CustomerIds]);

    public async Task<int> Remove(IReadOnlyList<string> customerIds)
    {
        await _writes.Commit(() => CustomerIds.ExceptWith(customerIds));
        return CustomerIds.Count;
    }

    private async Task WriteAsync()
    {
        try
        {
            if (CustomerIds.Count == 0)
            {
                if (_state.RecordExists)
                {
                    await _state.ClearStateAsync();
                }

                _storedAny = false;
                return;
            }

            if (!_storedAny)
            {
                await GrainFactory.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key).AddDay(GuestDays.DayOf(this.GetPrimaryKeyString()));
            }

            await _state.WriteStateAsync();
            _storedAny = true;
        }
        catch
        {
            // Memory may be ahead of storage: the next activation starts from what storage holds.
            DeactivateOnIdle();
            throw;
        }
    }
}
