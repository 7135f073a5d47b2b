namespace ExperienceGrid.Contracts;

/// <summary>Moments of one venue by touchpoint kind over one hour of event time.</summary>
/// <param name="Hour">Unix hours (hours since 1970-01-01T00:00Z).</param>
public sealed record HourMoments(long Hour, IReadOnlyDictionary<string, MomentCounts> Touchpoints);
