using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The answer of <c>GET /api/venues/{venueId}/history</c>: the steps with something in them, oldest first.</summary>
public sealed record VenueHistory(string VenueId, string Step, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<VenueHistoryPoint> Points);
