namespace ExperienceGrid.Silo.Apis;

/// <summary>A venue of the caller's scope as pages name it.</summary>
public sealed record ChainVenue(string Id, string Name, string RegionId, IReadOnlyList<string> Zones);
