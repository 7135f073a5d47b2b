using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Keeps a venue's hourly moments by touchpoint kind, as its venue grain hands them over, for eight days of event
/// time: the same hour a week ago stays available for a whole day after it.
/// </summary>
public sealed class VenueHistoryGrain(
    [PersistentState("venue-history", GridHostingExtensions.GrainStorage)] IPersistentState<VenueHistoryGrainState> state) : Grain, IVenueHistoryGrain
{
    private const long KeptHours = 8 * 24;

    private VenueHistoryGrainState State => state.State;

    public async Task Add(HourMoments hour)
    {
        // Kept relative to the newest hour received, not the clock, so the same hand-overs always give the same state.
        var newest = State.Hours.Count > 0 ? Math.Max(State.Hours.Keys.Max(), hour.Hour) : hour.Hour;
        if (hour.Hour <= newest - KeptHours || !State.MessageIds.Add(hour.MessageId))
        {
            return;
        }

        if (!State.Hours.TryGetValue(hour.Hour, out var kinds))
        {
            kinds = State.Hours[hour.Hour] = new Dictionary<string, MomentCounts>(StringComparer.Ordinal);
        }

        foreach (var (kind, counts) in hour.Touchpoints)
        {
            kinds[kind] = kinds.GetValueOrDefault(kind, MomentCounts.None).Plus(counts);
        }

        foreach (var old in State.Hours.Keys.Where(h => h <= newest - KeptHours).ToList())
        {
            State.Hours.Remove(old);
        }

        // Message ids are "{hour}:{n}": those of hours no longer kept can never matter again.
        State.MessageIds.RemoveWhere(id => long.Parse(id.AsSpan(0, id.IndexOf(':')), System.Globalization.CultureInfo.InvariantCulture) <= newest - KeptHours);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyDictionary<string, MomentCounts>?> GetHour(DateTimeOffset at) =>
        Task.FromResult<IReadOnlyDictionary<string, MomentCounts>?>(
            State.Hours.TryGetValue(at.ToUnixTimeSeconds() / 3600, out var kinds) ? new Dictionary<string, MomentCounts>(kinds, StringComparer.Ordinal) : null);
}
