namespace ExperienceGrid.Silo.Apis;

/// <summary>A region holding at least one venue of the caller's scope.</summary>
public sealed record ChainRegion(string Id, string Name);
