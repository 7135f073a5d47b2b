using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Journey;

/// <summary>Which venues a journey map counts: a venue type, a region, a venue; each optional (empty means any).</summary>
public sealed record JourneyFilter(string? VenueType, string? RegionId, string? VenueId)
{
    /// <summary>A problem per field naming something the chain does not have, or a venue outside the type or region.</summary>
    public Dictionary<string, string[]> Problems(ChainConfig chain)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var types = VenueTypes(chain);
        if (VenueType is not null && !types.Contains(VenueType, StringComparer.Ordinal))
        {
            problems["venueType"] = [$"unknown venue type '{VenueType}'; the chain has {string.Join(", ", types)}"];
        }

        if (RegionId is not null && !chain.TryGetRegion(RegionId, out _))
        {
            problems["regionId"] = [$"unknown region '{RegionId}'"];
        }

        if (VenueId is not null)
        {
            if (!chain.TryGetVenue(VenueId, out var venue))
            {
                problems["venueId"] = [$"unknown venue '{VenueId}'"];
            }
            else if (VenueType is not null && TypeOf(chain, venue) != VenueType)
            {
                problems["venueId"] = [$"venue '{VenueId}' is a {TypeOf(chain, venue)}, not a {VenueType}"];
            }
            else if (RegionId is not null && venue.RegionId != RegionId)
            {
                problems["venueId"] = [$"venue '{VenueId}' is in region '{venue.RegionId}', not '{RegionId}'"];
            }
        }

        return problems;
    }

    public bool Matches(ChainConfig chain, Venue venue) =>
        (VenueType is null || TypeOf(chain, venue) == VenueType)
        && (RegionId is null || venue.RegionId == RegionId)
        && (VenueId is null || venue.Id == VenueId);

    /// <summary>The venue types of the chain's brands, in brand order.</summary>
    public static IReadOnlyList<string> VenueTypes(ChainConfig chain) => [.. chain.Brands.Select(b => b.VenueType).Distinct(StringComparer.Ordinal)];

    public static string TypeOf(ChainConfig chain, Venue venue) => chain.BrandOf(venue.Id).VenueType;
}
