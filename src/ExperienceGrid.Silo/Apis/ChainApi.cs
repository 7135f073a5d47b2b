using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The chain as a signed-in caller may see it, with the words pages show for codes.</summary>
public static class ChainApi
{
    public static RouteGroupBuilder MapChainApi(this IEndpointRouteBuilder app)
    {
        var chain = app.MapGroup("/api").RequireAuthorization();
        chain.MapGet("/chain", GetChain).WithName("GetChain");
        return chain;
    }

    public static Results<Ok<ChainView>, ForbidHttpResult> GetChain(HttpContext http, ChainConfig chain, VenueAccess access)
    {
        if (access.ScopeOf(http.User) is not { } scope)
        {
            return TypedResults.Forbid();
        }

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
            labels.PriorityLevels));
    }

    private static Dictionary<string, string> ByKey<T>(IReadOnlyDictionary<T, string> names)
        where T : struct, Enum => names.ToDictionary(n => ChainLabels.KeyOf(n.Key), n => n.Value, StringComparer.Ordinal);
}
