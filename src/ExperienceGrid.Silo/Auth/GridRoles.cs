namespace ExperienceGrid.Silo.Auth;

/// <summary>The roles a token carries, as the strings clients see.</summary>
public static class GridRoles
{
    /// <summary>Floor staff of their venues.</summary>
    public const string Staff = "staff";

    public const string VenueManager = "venueManager";

    public const string RegionManager = "regionManager";

    public const string ChainManager = "chainManager";

    public static readonly IReadOnlyList<string> All = [Staff, VenueManager, RegionManager, ChainManager];
}
