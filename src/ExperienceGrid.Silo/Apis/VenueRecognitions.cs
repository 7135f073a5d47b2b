namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The answer of <c>GET /api/venues/{venueId}/recognitions</c>: WOWs and recoveries credited per staff member since
/// <see cref="Since"/> (the last 7 days), most first; empty with <see cref="Enabled"/> false when the chain keeps none.
/// </summary>
public sealed record VenueRecognitions(string VenueId, bool Enabled, DateTimeOffset Since, IReadOnlyList<StaffRecognitions> People);
