namespace ExperienceGrid.Contracts;

/// <summary>A customer as read over HTTP: lifetime loyalty, touchpoints applied, and the open visit.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.CustomerView")]
public sealed record CustomerView([property: Id(0)] string CustomerId, [property: Id(1)] LoyaltyView Loyalty, [property: Id(2)] long TouchpointCount, [property: Id(3)] VisitView? Visit);
