using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>Dashboard groups: chain managers see the chain, region managers their regions, others their venues.</summary>
public static class DashboardGroups
{
    public const string Chain = "dash:chain";

    public static string Region(string regionId) => $"dash:region:{regionId}";

    public static string Venue(string venueId) => $"dash:venue:{venueId}";

    /// <summary>Every dashboard that sees the venue: the chain's, its region's and its own (managers and staff alike).</summary>
    public static string[] Seeing(Venue venue) => [Chain, Region(venue.RegionId), Venue(venue.Id)];
}
