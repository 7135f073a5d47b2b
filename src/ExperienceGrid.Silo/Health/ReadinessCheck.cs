namespace ExperienceGrid.Silo.Health;

/// <summary>One readiness check's outcome: <c>Healthy</c> or <c>Unhealthy</c>, and what it found (e.g. "redis unreachable").</summary>
public sealed record ReadinessCheck(string Status, string? Description);
