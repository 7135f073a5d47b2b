using System.Collections.Immutable;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A venue's day of history. The first minute a day receives also tidies the days before it: the day before
/// yesterday keeps only its hours, and the day that just left the kept weeks is forgotten, so storage stays bounded
/// without a timer.
/// </summary>
public sealed class VenueDayGrain(
    [PersistentState("venue-day", GridHostingExtensions.GrainStorage)] IPersistentState<VenueDayGrainState> state) : Grain, IVenueDayGrain
{
    private VenueDayGrainState State => state.State;

    public async Task Add(HistoryMinute minute)
    {
        if (minute.Sequence <= State.LastSequence)
        {
            return;
        }

        var first = State.LastSequence == 0 && State.Hours.Count == 0;
        var tally = minute.Tally;
        var hour = tally.Minute - (tally.Minute % 60);
        State.Minutes[tally.Minute] = Add(State.Minutes.GetValueOrDefault(tally.Minute), tally.WithoutBreakdowns());
        State.Hours[hour] = Add(State.Hours.GetValueOrDefault(hour), tally with { Minute = hour });
        State.LastSequence = minute.Sequence;
        await state.WriteStateAsync();
        if (first)
        {
            var (venueId, day) = Key();
            _ = GrainFactory.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, day.AddDays(-2))).Compact();
            _ = GrainFactory.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, day.AddDays(-IVenueDayGrain.KeptDays))).Clear();
        }
    }

    public Task<IReadOnlyList<VenueTally>> GetMinutes() => Task.FromResult<IReadOnlyList<VenueTally>>([.. State.Minutes.Values.OrderBy(m => m.Minute)]);

    public Task<IReadOnlyList<VenueTally>> GetHours() => Task.FromResult<IReadOnlyList<VenueTally>>([.. State.Hours.Values.OrderBy(h => h.Minute)]);

    public async Task Compact()
    {
        if (State.Minutes.Count > 0)
        {
            State.Minutes.Clear();
            await state.WriteStateAsync();
        }
    }

    public async Task Clear()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        DeactivateOnIdle();
    }

    private static VenueTally Add(VenueTally? kept, VenueTally more) => kept is null ? more : kept.Plus(more);

    private (string VenueId, DateOnly Day) Key()
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        return (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
