namespace ExperienceGrid.Domain.Venues;

/// <summary>The latest delivery a venue applied from one customer, and when.</summary>
[GenerateSerializer, Immutable, Alias("Silo.CustomerMark")]
public sealed record CustomerMark([property: Id(0)] long Sequence, [property: Id(1)] DateTimeOffset At);
