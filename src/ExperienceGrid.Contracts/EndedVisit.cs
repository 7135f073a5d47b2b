namespace ExperienceGrid.Contracts;

/// <summary>A visit of a customer that has closed: the venue, and when it closed (event time).</summary>
[GenerateSerializer, Immutable, Alias("Contracts.EndedVisit")]
public sealed record EndedVisit([property: Id(0)] string VenueId, [property: Id(1)] DateTimeOffset EndedAt);
