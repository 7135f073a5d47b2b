namespace ExperienceGrid.Domain.Venues;

/// <summary>Moments of one venue by touchpoint kind over one hour of event time.</summary>
/// <param name="Hour">Unix hours (hours since 1970-01-01T00:00Z).</param>
/// <param name="MessageId">Unique per hand-over, so a hand-over delivered again is added once.</param>
[GenerateSerializer, Immutable, Alias("Contracts.HourMoments")]
public sealed record HourMoments(
    [property: Id(0)] long Hour,
    [property: Id(1)] IReadOnlyDictionary<string, MomentCounts> Touchpoints,
    [property: Id(2)] string MessageId);
