using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Reads a venue's history over a time range from its day grains, one call per day, in parallel.</summary>
public static class VenueDays
{
    /// <summary>The minutes (or hours) that start in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public static async Task<IReadOnlyList<VenueTally>> ReadAsync(IGrainFactory grains, string venueId, DateTimeOffset from, DateTimeOffset to, bool hours)
    {
        var first = IVenueDayGrain.DayOf(from.ToUnixTimeSeconds() / 60);
        var last = IVenueDayGrain.DayOf(to.ToUnixTimeSeconds() / 60);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(i => grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, first.AddDays(i))))
            .Select(day => hours ? day.GetHours() : day.GetMinutes());
        var (fromMinute, toMinute) = (from.ToUnixTimeSeconds() / 60, to.ToUnixTimeSeconds() / 60);
        return [.. (await Task.WhenAll(days)).SelectMany(d => d).Where(t => t.Minute >= fromMinute && t.Minute < toMinute)];
    }
}
