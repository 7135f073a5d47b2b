namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Development: minimal APIs throw on bad requests, and appsettings.Development.json is loaded.</summary>
public sealed class DevelopmentSilo() : HostileSilo("Development");
