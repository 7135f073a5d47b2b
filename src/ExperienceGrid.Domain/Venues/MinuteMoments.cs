namespace ExperienceGrid.Domain.Venues;

/// <summary>Moment counts of one minute of event time (Unix minutes).</summary>
[GenerateSerializer, Immutable, Alias("Contracts.MinuteMoments")]
public sealed record MinuteMoments([property: Id(0)] long Minute, [property: Id(1)] long Misery, [property: Id(2)] long Mediocrity, [property: Id(3)] long Wow);
