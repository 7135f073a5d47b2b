namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Production: no development settings, and minimal APIs answer bad requests without throwing.</summary>
public sealed class ProductionSilo() : HostileSilo("Production");
