namespace ExperienceGrid.Silo.Apis;

/// <summary>The answer to an accepted batch: new touchpoints, and repeated event ids ignored.</summary>
public sealed record IngestResult(int Accepted, int Duplicates);
