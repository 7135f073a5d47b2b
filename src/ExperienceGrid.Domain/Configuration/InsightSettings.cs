namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// How the venues' insights are kept: the shift bands coaching groups by, the care follow-ups' due time, the touchpoint
/// a follow-up that recovered the guest records, and whether staff are credited for WOWs and recoveries.
/// </summary>
public sealed record InsightSettings(IReadOnlyList<ShiftBand> Shifts, TimeSpan FollowUpDue, string FollowUpTouchpoint, bool Recognition)
{
    /// <summary>The shift of moments outside every band.</summary>
    public const string OutsideShifts = "other";

    public static TimeSpan DefaultFollowUpDue { get; } = TimeSpan.FromHours(24);

    /// <summary>The name of the shift <paramref name="at"/> falls in, in the venue's local time.</summary>
    public string ShiftOf(DateTimeOffset at, Venue? venue)
    {
        var local = venue is not null && TimeZoneInfo.TryFindSystemTimeZoneById(venue.TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at;
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return Shifts.FirstOrDefault(s => s.Contains(time))?.Name ?? OutsideShifts;
    }
}
