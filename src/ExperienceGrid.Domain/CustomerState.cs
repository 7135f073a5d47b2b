namespace ExperienceGrid.Domain;

/// <summary>
/// Everything the model knows about one guest. Immutable, and round-trips through
/// System.Text.Json (web defaults) unchanged so the grain can persist it as is.
/// </summary>
/// <param name="TouchpointCount">Every applied touchpoint, markers included.</param>
/// <param name="Visit">The open visit, or null.</param>
/// <param name="LastClosedVisit">The most recently closed visit, or null.</param>
[GenerateSerializer, Immutable, Alias("Domain.CustomerState")]
public sealed record CustomerState(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] long TouchpointCount,
    [property: Id(2)] LoyaltyState Loyalty,
    [property: Id(3)] VisitState? Visit,
    [property: Id(4)] VisitSummary? LastClosedVisit);
