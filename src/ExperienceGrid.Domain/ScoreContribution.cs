namespace ExperienceGrid.Domain;

/// <summary>One moment's (or one effect's) signed share of a score.</summary>
/// <param name="EventId">The touchpoint that produced it; empty for effects such as loyalty decay.</param>
[GenerateSerializer, Immutable, Alias("Domain.ScoreContribution")]
public sealed record ScoreContribution([property: Id(0)] string EventId, [property: Id(1)] string Kind, [property: Id(2)] string Reason, [property: Id(3)] double Delta);
