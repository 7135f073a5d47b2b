using ExperienceGrid.Domain.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static Ok<ChainView> GetChain(HttpContext http, ChainConfig chain)
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
            labels.PriorityLevels));
    }

    private static Dictionary<string, string> ByKey<T>(IReadOnlyDictionary<T, string> names)
        where T : struct, Enum => names.ToDictionary(n => ChainLabels.KeyOf(n.Key), n => n.Value, StringComparer.Ordinal);
}
