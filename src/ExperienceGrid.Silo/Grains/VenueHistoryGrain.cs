using ExperienceGrid.Contracts;
using ExperienceGrid.Runtime;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Keeps a venue's hourly moments by touchpoint kind, as its venue grain hands them over, for eight days of event
/// time: the same hour a week ago stays available for a whole day after it.
/// </summary>
public sealed class VenueHistoryGrain : Grain<VenueHistoryGrainState>, IVenueHistoryGrain
{
    private const long KeptHours = 8 * 24;

    public Task Add(HourMoments hour)
    {
        // Kept relative to the newest hour received, not the clock, so replaying the journal gives the same state.
        var newest = State.Hours.Count > 0 ? Math.Max(State.Hours.Keys.Max(), hour.Hour) : hour.Hour;
        if (hour.Hour <= newest - KeptHours)
        {
            return Task.CompletedTask;
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

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, MomentCounts>?> GetHour(DateTimeOffset at) =>
        Task.FromResult<IReadOnlyDictionary<string, MomentCounts>?>(
            State.Hours.TryGetValue(at.ToUnixTimeSeconds() / 3600, out var kinds) ? new Dictionary<string, MomentCounts>(kinds, StringComparer.Ordinal) : null);
}
