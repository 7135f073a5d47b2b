using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// What pages need to show codes as words: the chain, the caller's venues and regions, and the chain config's
/// names. Dictionaries are keyed by the code as the APIs and hubs send it (enum codes in camel case).
/// </summary>
/// <param name="Users">The users who work at any of the caller's venues, by user id.</param>
public sealed record ChainView(
    string Id,
    string Name,
    IReadOnlyList<ChainVenue> Venues,
    IReadOnlyList<ChainRegion> Regions,
    IReadOnlyDictionary<string, string> Touchpoints,
    IReadOnlyDictionary<string, string> AntiPatterns,
    IReadOnlyDictionary<string, string> Moments,
    IReadOnlyDictionary<string, string> Stages,
    IReadOnlyDictionary<string, string> AlertStatuses,
    IReadOnlyDictionary<string, string> VenueTypes,
    IReadOnlyDictionary<string, string> Tiers,
    IReadOnlyList<PriorityLevel> PriorityLevels,
    IReadOnlyDictionary<string, ChainUser> Users);
