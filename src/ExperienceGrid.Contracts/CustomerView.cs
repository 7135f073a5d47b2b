namespace ExperienceGrid.Contracts;

/// <summary>A customer as read over HTTP: lifetime loyalty, touchpoints applied, and the open visit.</summary>
public sealed record CustomerView(string CustomerId, LoyaltyView Loyalty, long TouchpointCount, VisitView? Visit);
