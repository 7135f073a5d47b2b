using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Chain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The venues a signed-in caller may see, with their live numbers, and their open at-risk guests. The chain's venues
/// are no secret (sign-in lists them), so another venue is 403 and only an unknown one is 404.
/// </summary>
public static class VenuesApi
{
    public static IEndpointRouteBuilder MapVenuesApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api").RequireAuthorization(GridPolicies.GuestData);
        reads.MapGet("/venues", GetVenues).WithName("GetVenues");
        reads.MapGet("/venues/{venueId}", GetVenue).WithName("GetVenue");
        reads.MapGet("/alerts", GetAlerts).WithName("GetAlerts");
        return app;
    }

    public static async Task<Results<Ok<VenueSummary[]>, ProblemHttpResult>> GetVenues(
        HttpContext http, VenueAccess access, ChainConfig chain, IGrainFactory grains) =>
        access.ScopeOf(http.User) is { } user
            ? TypedResults.Ok(await Task.WhenAll(chain.Venues.Where(v => user.CanSee(v.Id)).Select(v => Summarize(v, grains))))
            : AccessProblems.NoScope();

    public static async Task<Results<Ok<VenueSummary>, NotFound<ProblemDetails>, ProblemHttpResult>> GetVenue(
        string venueId, HttpContext http, VenueAccess access, ChainConfig chain, IGrainFactory grains)
    {
        if (access.ScopeOf(http.User) is not { } user)
        {
            return AccessProblems.NoScope();
        }

        if (!chain.TryGetVenue(venueId, out var venue))
        {
            return TypedResults.NotFound(UnknownVenue(venueId));
        }

        return user.CanSee(venueId) ? TypedResults.Ok(await Summarize(venue, grains)) : AccessProblems.NotYourVenue(venueId);
    }

    /// <summary>Open alerts of one venue, or of every venue of the caller without <paramref name="venueId"/>, highest priority first.</summary>
    public static async Task<Results<Ok<FloorAlert[]>, ValidationProblem, ProblemHttpResult>> GetAlerts(
        string? venueId, HttpContext http, VenueAccess access, ChainConfig chain, IGrainFactory grains)
    {
        if (access.ScopeOf(http.User) is not { } user)
        {
            return AccessProblems.NoScope();
        }

        IEnumerable<Venue> venues = chain.Venues.Where(v => user.CanSee(v.Id));
        if (venueId is not null)
        {
            if (!chain.TryGetVenue(venueId, out var venue))
            {
                return AccessProblems.UnknownVenue(venueId);
            }

            if (!user.CanSee(venueId))
            {
                return AccessProblems.NotYourVenue(venueId);
            }

            venues = [venue];
        }

        var alerts = await Task.WhenAll(venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetFloorAlerts()));
        return TypedResults.Ok(alerts.SelectMany(a => a).OrderByDescending(a => a.Priority).ToArray());
    }

    private static async Task<VenueSummary> Summarize(Venue venue, IGrainFactory grains) =>
        new(venue.Id, venue.Name, venue.RegionId, venue.BrandId, await grains.GetGrain<IVenueGrain>(venue.Id).GetView());

    private static ProblemDetails UnknownVenue(string venueId) =>
        new() { Status = 404, Title = "Unknown venue", Detail = $"The chain has no venue '{venueId}'." };
}
