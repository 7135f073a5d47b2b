namespace ExperienceGrid.Contracts;

/// <summary>A venue's live numbers.</summary>
public sealed record VenueView(
    string VenueId,
    int CurrentVisitors,
    double? AverageVisitScore,
    MomentCounts LastHour,
    int OpenAlerts,
    long AtRiskTotal,
    long RecoveredTotal,
    double? RecoveryRate);
