namespace ExperienceGrid.Domain.Signals;

/// <summary>
/// A recovery answered a misery: <paramref name="MomentEventId"/> is the misery,
/// <paramref name="RecoveredByEventId"/> the recovery touchpoint (credit the staff on it).
/// </summary>
public sealed record RecoveryCredited(
    string CustomerId, string VenueId, DateTimeOffset At, string MomentEventId, string RecoveredByEventId, string? StaffId)
    : ExperienceSignal(CustomerId, VenueId, At);
