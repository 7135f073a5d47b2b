using System.Security.Claims;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Auth;

/// <summary>Resolves a user's role and claims into the venues they may see, from the chain's venues and regions.</summary>
public sealed class VenueAccess(ChainConfig chain)
{
    /// <summary>The scope of a signed-in principal; null when unauthenticated or the role is unknown.</summary>
    public UserScope? ScopeOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || principal.FindFirst(GridClaims.Subject)?.Value is not { } user
            || principal.FindFirst(GridClaims.Role)?.Value is not { } role)
        {
            return null;
        }

        return ScopeOf(
            user,
            role,
            [.. principal.FindAll(GridClaims.Venue).Select(c => c.Value)],
            [.. principal.FindAll(GridClaims.Region).Select(c => c.Value)]);
    }

    public UserScope? ScopeOf(GridUser user) => ScopeOf(user.Name, user.Role, user.Venues, user.Regions);

    private UserScope? ScopeOf(string user, string role, IReadOnlyList<string> venues, IReadOnlyList<string> regions)
    {
        IEnumerable<Venue>? visible = role switch
        {
            GridRoles.ChainManager => chain.Venues,
            GridRoles.RegionManager => chain.Venues.Where(v => regions.Contains(v.RegionId)),
            GridRoles.VenueManager or GridRoles.Staff => chain.Venues.Where(v => venues.Contains(v.Id)),
            GridRoles.Operator or GridRoles.Privacy => [],
            _ => null,
        };
        return visible is null ? null : new UserScope(user, role, visible.Select(v => v.Id).ToHashSet(StringComparer.Ordinal));
    }
}
