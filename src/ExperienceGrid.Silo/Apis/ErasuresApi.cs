using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The erasure audit (<c>DELETE /api/customers/{id}</c> and the retention sweep add to it): who erased which id when
/// (a user, or "retention"), newest first.
/// </summary>
public static class ErasuresApi
{
    public static RouteGroupBuilder MapErasuresApi(this IEndpointRouteBuilder app)
    {
        var erasures = app.MapGroup("/api/erasures").RequireAuthorization(GridPolicies.ErasureAudit);
        erasures.MapGet("/", GetErasures).WithName("GetErasures");
        return erasures;
    }

    public static async Task<Ok<IReadOnlyList<ErasureRecord>>> GetErasures(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IErasureLogGrain>(IErasureLogGrain.Key).List());
}
