namespace ExperienceGrid.Domain.Venues;

/// <summary>One anti-pattern's coaching: counts this week and last, this week's by shift and by staff member, and the actions tried.</summary>
public sealed record CoachingLine(
    AntiPattern AntiPattern,
    string Name,
    int ThisWeek,
    int LastWeek,
    IReadOnlyDictionary<string, int> ByShift,
    IReadOnlyDictionary<string, int> ByStaff,
    IReadOnlyList<CoachingAction> Actions,
    string Summary);
