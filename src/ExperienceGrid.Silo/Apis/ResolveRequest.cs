namespace ExperienceGrid.Silo.Apis;

/// <summary>The body of <c>POST /api/alerts/{alertId}/resolve</c>: what was done, and an optional note.</summary>
public sealed record ResolveRequest(string? Action, string? Note);
