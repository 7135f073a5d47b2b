namespace ExperienceGrid.Domain;

/// <summary>What is kept of a visit after it closes.</summary>
[GenerateSerializer, Immutable, Alias("Domain.VisitSummary")]
public sealed record VisitSummary(
    [property: Id(0)] string VenueId,
    [property: Id(1)] DateTimeOffset OpenedAt,
    [property: Id(2)] DateTimeOffset ClosedAt,
    [property: Id(3)] VisitCloseReason Reason,
    [property: Id(4)] double Score,
    [property: Id(5)] int MomentCount,
    [property: Id(6)] bool HadMisery,
    [property: Id(7)] bool Recovered,
    [property: Id(8)] ScoreExplanation Explanation);
