namespace ExperienceGrid.Domain;

/// <summary>
/// Everything the model knows about one guest. Immutable, and round-trips through
/// System.Text.Json (web defaults) unchanged so the grain can persist it as is.
/// </summary>
/// <param name="TouchpointCount">Every applied touchpoint, markers included.</param>
/// <param name="Visit">The open visit, or null.</param>
/// <param name="LastClosedVisit">The most recently closed visit, or null.</param>
public sealed record CustomerState(
    string CustomerId,
    long TouchpointCount,
    LoyaltyState Loyalty,
    VisitState? Visit,
    VisitSummary? LastClosedVisit);
