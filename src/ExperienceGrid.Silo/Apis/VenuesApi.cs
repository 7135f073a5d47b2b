using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Venues of the chain with their live numbers, and their open at-risk guests.</summary>
public static class VenuesApi
{
    public static IEndpointRouteBuilder MapVenuesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/venues", GetVenues).WithName("GetVenues");
        app.MapGet("/api/venues/{venueId}", GetVenue).WithName("GetVenue");
        app.MapGet("/api/alerts", GetAlerts).WithName("GetAlerts");
        return app;
    }

    public static async Task<Ok<VenueSummary[]>> GetVenues(ChainConfig chain, IGrainFactory grains) =>
        TypedResults.Ok(await Task.WhenAll(chain.Venues.Select(v => Summarize(v, grains))));

    public static async Task<Results<Ok<VenueSummary>, NotFound<ProblemDetails>>> GetVenue(string venueId, ChainConfig chain, IGrainFactory grains) =>
        chain.TryGetVenue(venueId, out var venue)
            ? TypedResults.Ok(await Summarize(venue, grains))
            : TypedResults.NotFound(UnknownVenue(venueId));

    public static async Task<Results<Ok<AlertView[]>, ValidationProblem>> GetAlerts(string? venueId, ChainConfig chain, IGrainFactory grains)
    {
        IEnumerable<Venue> venues = chain.Venues;
        if (venueId is not null)
        {
            if (!chain.TryGetVenue(venueId, out var venue))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["venueId"] = [$"unknown venue '{venueId}'"] });
            }

            venues = [venue];
        }

        var alerts = await Task.WhenAll(venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetOpenAlerts()));
        return TypedResults.Ok(alerts.SelectMany(a => a).OrderByDescending(a => a.Priority).ToArray());
    }

    private static async Task<VenueSummary> Summarize(Venue venue, IGrainFactory grains) =>
        new(venue.Id, venue.Name, venue.RegionId, venue.BrandId, await grains.GetGrain<IVenueGrain>(venue.Id).GetView());

    private static ProblemDetails UnknownVenue(string venueId) =>
        new() { Status = 404, Title = "Unknown venue", Detail = $"The chain has no venue '{venueId}'." };
}
