namespace ExperienceGrid.Domain.Venues;

/// <summary>An action staff took on alerts with the anti-pattern this week: alerted visits that ended after it, and how many recovered.</summary>
public sealed record CoachingAction(string Action, int Ended, int Recovered);
