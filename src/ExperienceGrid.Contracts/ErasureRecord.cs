namespace ExperienceGrid.Contracts;

/// <summary>One guest erasure, for the audit: which customer id, who asked (a user, or "retention" for the retention sweep), when it was done.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.ErasureRecord")]
public sealed record ErasureRecord([property: Id(0)] string CustomerId, [property: Id(1)] string By, [property: Id(2)] DateTimeOffset At);
