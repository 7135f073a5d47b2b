namespace ExperienceGrid.Domain.Signals;

/// <summary>
/// A touchpoint was classified into a moment; <paramref name="VisitScore"/> is the score after it, <paramref name="StaffId"/>
/// the staff member the touchpoint named.
/// </summary>
public sealed record MomentRecorded(
    string CustomerId, string VenueId, DateTimeOffset At, string? Zone, Moment Moment, double VisitScore, string? StaffId = null)
    : ExperienceSignal(CustomerId, VenueId, At);
