namespace ExperienceGrid.Domain.Venues;

/// <summary>A finished minute a venue hands to its history, numbered per venue so the history adds each once.</summary>
[GenerateSerializer, Immutable, Alias("Domain.HistoryMinute")]
public sealed record HistoryMinute([property: Id(0)] long Sequence, [property: Id(1)] VenueTally Tally);
