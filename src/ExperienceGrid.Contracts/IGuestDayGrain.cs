namespace ExperienceGrid.Contracts;

/// <summary>
/// The guests whose latest touchpoint (by its time, UTC) fell on one day, one shard of that day's guests: the bucket
/// the retention sweep takes when the day leaves <c>Privacy:RetainInactiveGuests</c>. Keyed "{yyyy-MM-dd}/{shard}"
/// (see the silo's <c>GuestDays</c>).
/// </summary>
[Alias("ExperienceGrid.IGuestDayGrain")]
public interface IGuestDayGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds a guest, durably before it answers. Additions that arrive while a write is in flight share the next one
    /// (a group commit), so a busy day costs a few writes a second, not one per guest.
    /// </summary>
    [Alias("Add"), AlwaysInterleave]
    Task Add(string customerId);

    /// <summary>The guests of the bucket, in no particular order.</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<string>> List();

    /// <summary>Removes swept guests (durably; an emptied bucket is deleted) and returns how many are left.</summary>
    [Alias("Remove")]
    Task<int> Remove(IReadOnlyList<string> customerIds);
}
