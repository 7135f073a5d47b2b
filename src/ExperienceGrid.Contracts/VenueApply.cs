using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Contracts;

/// <summary>
/// One customer's deliveries to a venue it has not applied yet (by sequence). <paramref name="After"/> is what the
/// customer last heard the venue had applied: when the venue holds less (it lost deliveries it had not written), it
/// applies nothing and answers what it holds, so the customer sends the rest again.
/// </summary>
[GenerateSerializer, Immutable, Alias("Contracts.VenueApply")]
public sealed record VenueApply([property: Id(0)] string CustomerId, [property: Id(1)] long After, [property: Id(2)] IReadOnlyList<VenueDelivery> Deliveries);
