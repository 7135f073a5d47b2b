namespace ExperienceGrid.Silo.Auth;

/// <summary>What a signed-in user may see and act on: the venues their role covers.</summary>
public sealed record UserScope(string User, string Role, IReadOnlySet<string> Venues)
{
    /// <summary>Venue, region and chain managers: escalations reach them.</summary>
    public bool IsManager => Role is GridRoles.VenueManager or GridRoles.RegionManager or GridRoles.ChainManager;

    public bool CanSee(string venueId) => Venues.Contains(venueId);
}
