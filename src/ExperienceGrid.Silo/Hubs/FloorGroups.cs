using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// SignalR group names of the floor. A whole-venue member hears every alert of the venue; a zone member hears
/// the zone's alerts and those with no zone; the managers group hears escalations; a person's group their thank-yous.
/// </summary>
public static class FloorGroups
{
    public static string Venue(string venueId) => $"floor:{venueId}";

    public static string Zone(string venueId, string zone) => $"floor:{venueId}:zone:{zone}";

    public static string Managers(string venueId) => $"floor:{venueId}:managers";

    /// <summary>One staff member's floor pages at a venue: their thank-you cards.</summary>
    public static string Person(string venueId, string user) => $"floor:{venueId}:user:{user}";

    /// <summary>Everyone who should see an alert (or a WOW opportunity) of <paramref name="venueId"/> in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<string> Audience(ChainConfig chain, string venueId, string? zone)
    {
        if (zone is not null)
        {
            return [Venue(venueId), Zone(venueId, zone)];
        }

        var zones = chain.TryGetVenue(venueId, out var venue) ? venue.Zones : [];
        return [Venue(venueId), .. zones.Select(z => Zone(venueId, z))];
    }
}
