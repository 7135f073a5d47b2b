namespace ExperienceGrid.Silo.Auth;

/// <summary>The roles a token carries, as the strings clients see.</summary>
public static class GridRoles
{
    /// <summary>Floor staff of their venues.</summary>
    public const string Staff = "staff";

    public const string VenueManager = "venueManager";

    public const string RegionManager = "regionManager";

    public const string ChainManager = "chainManager";

    /// <summary>Runs the silos: the Orleans dashboard and the cluster view, no guest data.</summary>
    public const string Operator = "operator";

    /// <summary>Erases guests on request (their right to erasure) and reads the erasure audit; no other guest data.</summary>
    public const string Privacy = "privacy";

    public static readonly IReadOnlyList<string> All = [Staff, VenueManager, RegionManager, ChainManager, Operator, Privacy];
}
