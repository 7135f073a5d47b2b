namespace ExperienceGrid.Contracts;

/// <summary>An at-risk guest in an open visit: who, where, why, and what staff should do.</summary>
public sealed record AlertView(
    string CustomerId,
    string VenueId,
    string? Zone,
    string Tier,
    double Priority,
    double Severity,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> AntiPatterns,
    IReadOnlyList<string> Actions,
    DateTimeOffset Since);
