namespace ExperienceGrid.Silo.Auth;

/// <summary>Claim types of grid tokens (not mapped to WS-* names).</summary>
public static class GridClaims
{
    public const string Subject = "sub";

    public const string Role = "role";

    /// <summary>A venue a staff member or venue manager works in (one claim per venue).</summary>
    public const string Venue = "venue";

    /// <summary>A region a region manager runs (one claim per region).</summary>
    public const string Region = "region";
}
