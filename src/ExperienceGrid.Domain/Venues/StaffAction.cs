namespace ExperienceGrid.Domain.Venues;

/// <summary>One staff member's use of a coaching action: alerted visits they claimed that ended after it, and how many recovered.</summary>
public sealed record StaffAction(string StaffId, int Ended, int Recovered);
