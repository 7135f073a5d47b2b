namespace ExperienceGrid.Contracts;

/// <summary>A customer as read over HTTP: lifetime loyalty, touchpoints applied, the open visit and the latest ended visits.</summary>
/// <param name="EndedVisits">The latest ended visit per venue, newest first (a few venues at most); null reads as none.</param>
[GenerateSerializer, Immutable, Alias("Contracts.CustomerView")]
public sealed record CustomerView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] LoyaltyView Loyalty,
    [property: Id(2)] long TouchpointCount,
    [property: Id(3)] VisitView? Visit,
    [property: Id(4)] IReadOnlyList<EndedVisit>? EndedVisits = null);
