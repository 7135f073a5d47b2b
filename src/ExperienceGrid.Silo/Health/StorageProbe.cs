namespace ExperienceGrid.Silo.Health;

/// <summary>What <see cref="StorageHealthCheck"/> writes: when it last wrote.</summary>
[GenerateSerializer, Immutable, Alias("Health.StorageProbe")]
public sealed record StorageProbe([property: Id(0)] DateTimeOffset WrittenAt);
