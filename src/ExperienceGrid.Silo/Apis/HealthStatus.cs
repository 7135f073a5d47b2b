namespace ExperienceGrid.Silo.Apis;

public sealed record HealthStatus(string Status);
