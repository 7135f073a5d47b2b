namespace ExperienceGrid.Domain;

/// <summary>What is kept of a visit after it closes.</summary>
public sealed record VisitSummary(
    string VenueId,
    DateTimeOffset OpenedAt,
    DateTimeOffset ClosedAt,
    VisitCloseReason Reason,
    double Score,
    int MomentCount,
    bool HadMisery,
    bool Recovered,
    ScoreExplanation Explanation);
