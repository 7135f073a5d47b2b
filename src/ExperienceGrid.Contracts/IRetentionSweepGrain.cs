namespace ExperienceGrid.Contracts;

/// <summary>
/// The chain's retention sweep, one grain (key <see cref="Key"/>) with one reminder: each tick erases the guests of
/// every day bucket (<see cref="IGuestDayGrain"/>) that has left <c>Privacy:RetainInactiveGuests</c> and were not seen
/// since. It keeps the days that have buckets, so a day is swept however late its guests were added.
/// </summary>
[Alias("ExperienceGrid.IRetentionSweepGrain")]
public interface IRetentionSweepGrain : IGrainWithStringKey
{
    const string Key = "chain";

    /// <summary>Registers the sweep's reminder if retention is on and it is missing (removes it if off); each silo calls it at start.</summary>
    [Alias("Start"), AlwaysInterleave]
    Task Start();

    /// <summary>A bucket of <paramref name="day"/> took its first guest: the day is kept, durably, until it is swept.</summary>
    [Alias("AddDay"), AlwaysInterleave]
    Task AddDay(DateOnly day);

    /// <summary>Sweeps every kept day that has left retention now (what the reminder does) and returns how many guests it erased.</summary>
    [Alias("Sweep")]
    Task<int> Sweep();

    /// <summary>The days that have buckets not swept yet, oldest first.</summary>
    [Alias("GetDays"), ReadOnly]
    Task<IReadOnlyList<DateOnly>> GetDays();
}
