using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Chain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Live dashboards: a connection joins the groups of its scope on connect (chain, its regions, or its venues)
/// and receives throttled <c>venueUpdated</c> / <c>chainUpdated</c> pushes from <see cref="DashboardPush"/>.
/// </summary>
[Authorize]
public sealed class DashboardHub(VenueAccess access, ChainConfig chain, IGrainFactory grains) : Hub<IDashboardClient>
{
    public override async Task OnConnectedAsync()
    {
        foreach (var group in GroupsOf(Scope()))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Every venue the user may see with its live numbers, and their totals.</summary>
    public async Task<DashboardSnapshot> GetSnapshot()
    {
        var user = Scope();
        var venues = await VenueSummary.ReadAsync(grains, chain.Venues.Where(v => user.CanSee(v.Id)));
        var scope = user.Role == GridRoles.ChainManager ? "chain" : user.Role == GridRoles.RegionManager ? "region" : "venues";
        return new DashboardSnapshot(user.User, user.Role, venues, ChainSummaries.Of(scope, venues, chain));
    }

    private IEnumerable<string> GroupsOf(UserScope user) => user.Role switch
    {
        GridRoles.ChainManager => [DashboardGroups.Chain],
        GridRoles.RegionManager => chain.Venues.Where(v => user.CanSee(v.Id)).Select(v => v.RegionId).Distinct().Select(DashboardGroups.Region),
        _ => user.Venues.Select(DashboardGroups.Venue),
    };

    private UserScope Scope() => access.ScopeOf(Context.User) ?? throw new HubException("Sign in first.");
}
