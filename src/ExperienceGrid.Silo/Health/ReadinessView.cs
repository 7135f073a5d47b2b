namespace ExperienceGrid.Silo.Health;

/// <summary>The answer of <c>/health/ready</c>: the overall status, and each check's status and why.</summary>
public sealed record ReadinessView(string Status, IReadOnlyDictionary<string, ReadinessCheck> Checks);
