namespace ExperienceGrid.Silo.Hubs;

/// <summary>Dashboard groups: chain managers see the chain, region managers their regions, others their venues.</summary>
public static class DashboardGroups
{
    public const string Chain = "dash:chain";

    public static string Region(string regionId) => $"dash:region:{regionId}";

    public static string Venue(string venueId) => $"dash:venue:{venueId}";
}
