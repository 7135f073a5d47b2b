namespace ExperienceGrid.Silo.Apis;

/// <summary>Where grain state lives ("SQLite (embedded)" or "Redis") and its health as <c>/health</c> says it ("ready" or the problem).</summary>
public sealed record StorageView(string Kind, string Status);
