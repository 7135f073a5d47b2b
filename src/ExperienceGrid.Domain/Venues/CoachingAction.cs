namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// An action staff took on alerts with the anti-pattern this week: alerted visits that ended after it, and how many
/// recovered, in all and by whoever claimed the alert (most tries first).
/// </summary>
public sealed record CoachingAction(string Action, int Ended, int Recovered, IReadOnlyList<StaffAction> ByStaff);
