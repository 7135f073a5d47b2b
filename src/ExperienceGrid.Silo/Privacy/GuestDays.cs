using System.Globalization;
using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Privacy;

/// <summary>
/// Keys of the retention buckets (<see cref="IGuestDayGrain"/>): "{yyyy-MM-dd}/{shard}", a guest's shard by a stable
/// hash of their id (the same in every process and release), so each day's guests spread over
/// <see cref="Shards"/> grains.
/// </summary>
public static class GuestDays
{
    /// <summary>
    /// Buckets per day: each write of a bucket carries its whole list, so more shards keep writes small on a busy day
    /// (100,000 guests: ~1,600 ids a bucket), fewer share more writes in a burst. Changing it strands the guests of
    /// buckets already written: never change it.
    /// </summary>
    public const int Shards = 64;

    public static int ShardOf(string customerId) => (int)((ulong)EventIdHash.Of(customerId) % Shards);

    public static string KeyOf(DateOnly day, int shard) =>
        $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{shard.ToString(CultureInfo.InvariantCulture)}";

    public static string KeyOf(DateOnly day, string customerId) => KeyOf(day, ShardOf(customerId));

    public static DateOnly DayOf(string key) => DateOnly.ParseExact(key[..key.IndexOf('/', StringComparison.Ordinal)], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The UTC day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
