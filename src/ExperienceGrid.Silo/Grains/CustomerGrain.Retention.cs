using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Silo.Privacy;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Retention (<see cref="PrivacyOptions.RetainInactiveGuests"/>): the guest is in the bucket of the day of its latest
/// touchpoint (<see cref="IGuestDayGrain"/>), added once per day, before the write that stores the touchpoints, so a
/// 202 means the sweep will find them. The sweep asks each guest of a day that has left retention to erase itself,
/// which it does only if it has not been seen since.
/// </summary>
public sealed partial class CustomerGrain
{
    private async Task RegisterLastSeenAsync(IReadOnlyList<Touchpoint> touchpoints)
    {
        var day = GuestDays.DayOf(touchpoints.Max(t => t.At));
        if (State.LastSeenDay >= day)
        {
            return;
        }

        // The day is kept with retention off too, so a sweep after it is turned on never erases a guest seen meanwhile.
        if (privacy.Value.RetainsInactiveGuests)
        {
            await GrainFactory.GetGrain<IGuestDayGrain>(GuestDays.KeyOf(day, CustomerId)).Add(CustomerId);
        }

        State.LastSeenDay = day;
    }

    public async Task<bool> EraseIfLastSeenBy(DateOnly day)
    {
        // Nothing stored (never seen, erased already, or last written before the day was kept), or seen since.
        if (State.LastSeenDay is not { } lastSeen || lastSeen > day)
        {
            return false;
        }

        await Erase();
        return true;
    }
}
