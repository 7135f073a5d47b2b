using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Demo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The chain as a signed-in caller may see it, with the words pages show for codes.</summary>
public static class ChainApi
{
    public static RouteGroupBuilder MapChainApi(this IEndpointRouteBuilder app)
    {
        // Every signed-in role may read the chain, so one without a scope is refused like any authorization failure.
        var chain = app.MapGroup("/api").RequireAuthorization().RequireCallerScope(() => TypedResults.Forbid());
        chain.MapGet("/chain", GetChain).WithName("GetChain");
        return chain;
    }

    public static Ok<ChainView> GetChain(HttpContext http, ChainConfig chain, UserDirectory users, VenueAccess access, IOptions<DemoOptions> demo)
    {
        var scope = CallerScope.Of(http);
        var venues = chain.Venues.Where(v => scope.CanSee(v.Id)).ToList();
        var labels = chain.Labels;
        return TypedResults.Ok(new ChainView(
            chain.Id,
            chain.Name,
            [.. venues.Select(v => new ChainVenue(v.Id, v.Name, v.RegionId, v.Zones))],
            [.. chain.Regions.Where(r => venues.Any(v => v.RegionId == r.Id)).Select(r => new ChainRegion(r.Id, r.Name))],
            chain.Touchpoints.ToDictionary(t => t.Kind, t => t.Name, StringComparer.Ordinal),
            ByKey(labels.AntiPatterns),
            ByKey(labels.Moments),
            ByKey(labels.Stages),
            labels.AlertStatuses,
            labels.VenueTypes,
            ByKey(labels.Tiers),
            labels.PriorityLevels,
            UsersSeeing(scope.User, venues, users, access, demo.Value.Enabled)));
    }

    /// <summary>
    /// The caller, the users whose scope shares a venue with <paramref name="venues"/>, and the demo's simulated staff and
    /// care team when it runs.
    /// </summary>
    private static Dictionary<string, ChainUser> UsersSeeing(string caller, List<Venue> venues, UserDirectory users, VenueAccess access, bool demo)
    {
        var seen = users.All
            .Where(u => u.Name == caller || (access.ScopeOf(u) is { } scope && venues.Any(v => scope.CanSee(v.Id))))
            .ToDictionary(u => u.Name, u => new ChainUser(u.Label, u.Role), StringComparer.Ordinal);
        if (demo)
        {
            seen[DemoStaff.User] = new ChainUser(DemoStaff.DisplayName, GridRoles.Staff);
            seen[DemoManagers.User] = new ChainUser(DemoManagers.DisplayName, GridRoles.VenueManager);
        }

        return seen;
    }

    private static Dictionary<string, string> ByKey<T>(IReadOnlyDictionary<T, string> names)
        where T : struct, Enum => names.ToDictionary(n => ChainLabels.KeyOf(n.Key), n => n.Value, StringComparer.Ordinal);
}
