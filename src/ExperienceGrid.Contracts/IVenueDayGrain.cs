using System.Globalization;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Contracts;

/// <summary>
/// One venue's history for one day (UTC), keyed "{venueId}/{yyyy-MM-dd}" (<see cref="KeyOf"/>): its minutes, added
/// as the venue hands them over (at most one write a minute), and the hours they add up to. Minutes are kept while
/// they are within a day of the newest; hours for <see cref="KeptDays"/> days.
/// </summary>
[Alias("ExperienceGrid.IVenueDayGrain")]
public interface IVenueDayGrain : IGrainWithStringKey
{
    /// <summary>Days of hours kept: eight weeks.</summary>
    const int KeptDays = 56;

    static string KeyOf(string venueId, DateOnly day) => $"{venueId}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    static DateOnly DayOf(long minute) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(minute * 60).UtcDateTime);

    /// <summary>Adds a finished minute, once per sequence (the venue numbers them in order).</summary>
    [Alias("Add")]
    Task Add(HistoryMinute minute);

    /// <summary>The day's minutes with something in them, oldest first (none once compacted).</summary>
    [Alias("GetMinutes"), ReadOnly]
    Task<IReadOnlyList<VenueTally>> GetMinutes();

    /// <summary>The day's hours with something in them, oldest first, with moments by touchpoint kind.</summary>
    [Alias("GetHours"), ReadOnly]
    Task<IReadOnlyList<VenueTally>> GetHours();

    /// <summary>Drops the minutes (a day that ended over a day ago keeps its hours only).</summary>
    [Alias("Compact"), OneWay]
    Task Compact();

    /// <summary>Forgets the day (older than what is kept).</summary>
    [Alias("Clear"), OneWay]
    Task Clear();
}
