using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Chain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The venues a signed-in caller may see, with their live numbers (their open alerts: <see cref="AlertsApi"/>). The
/// chain's venues are no secret (sign-in lists them), so another venue is 403 and only an unknown one is 404.
/// </summary>
public static class VenuesApi
{
    public static RouteGroupBuilder MapVenuesApi(this IEndpointRouteBuilder app)
    {
        var venues = app.MapGroup("/api").RequireAuthorization(GridPolicies.GuestData).RequireCallerScope();
        venues.MapGet("/venues", GetVenues).WithName("GetVenues");
        venues.MapGet("/venues/{venueId}", GetVenue).WithName("GetVenue");
        return venues;
    }

    public static async Task<Ok<VenueSummary[]>> GetVenues(HttpContext http, ChainConfig chain, IGrainFactory grains)
    {
        var user = CallerScope.Of(http);
        return TypedResults.Ok(await VenueSummary.ReadAsync(grains, chain.Venues.Where(v => user.CanSee(v.Id))));
    }

    public static async Task<Results<Ok<VenueSummary>, NotFound<ProblemDetails>, ProblemHttpResult>> GetVenue(
        string venueId, HttpContext http, ChainConfig chain, IGrainFactory grains)
    {
        if (!chain.TryGetVenue(venueId, out var venue))
        {
            return TypedResults.NotFound(UnknownVenue(venueId));
        }

        return CallerScope.Of(http).CanSee(venueId) ? TypedResults.Ok((await VenueSummary.ReadAsync(grains, [venue]))[0]) : AccessProblems.NotYourVenue(venueId);
    }

    private static ProblemDetails UnknownVenue(string venueId) =>
        new() { Status = 404, Title = "Unknown venue", Detail = $"The chain has no venue '{venueId}'." };
}
