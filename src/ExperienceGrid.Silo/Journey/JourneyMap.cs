using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Journey;

/// <summary>
/// The journey map of the selected venues: the six stages left to right, a cell per touchpoint kind of the catalog
/// (markers left out), each with the last hour's moments and the same hour a week earlier.
/// </summary>
/// <param name="At">When the map was read: cells count the hour before it.</param>
/// <param name="LastWeekFrom">The start of the hour containing <paramref name="At"/> minus seven days, which lastWeek describes.</param>
/// <param name="VenueTypes">The venue types of the chain's brands.</param>
/// <param name="Regions">The regions with venues the caller may see.</param>
/// <param name="Venues">Every venue the caller may see, of every type: for filters and for recomputing cells from pushed venue views.</param>
/// <param name="Counted">The venues the cells count (those matching the filters).</param>
public sealed record JourneyMap(
    string? VenueType,
    string? RegionId,
    string? VenueId,
    DateTimeOffset At,
    DateTimeOffset LastWeekFrom,
    IReadOnlyList<string> VenueTypes,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<JourneyVenue> Venues,
    int Counted,
    IReadOnlyList<JourneyColumn> Stages);
