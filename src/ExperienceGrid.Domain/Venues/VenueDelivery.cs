namespace ExperienceGrid.Domain.Venues;

/// <summary>One entry of a customer's outbox to a venue, numbered per customer so the venue applies it once.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.VenueDelivery")]
public sealed record VenueDelivery([property: Id(0)] long Sequence, [property: Id(1)] string VenueId, [property: Id(2)] VenueActivity Activity);
