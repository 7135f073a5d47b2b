using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Journey;

/// <summary>A cell's moments in the same hour one week earlier.</summary>
public sealed record JourneyBaseline(MomentCounts Counts, MomentShares Shares, long Volume);
