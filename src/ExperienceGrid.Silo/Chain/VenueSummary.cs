using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Chain;

/// <summary>A venue as the chain config names it, with its live numbers.</summary>
public sealed record VenueSummary(string VenueId, string Name, string RegionId, string BrandId, VenueView Live);
