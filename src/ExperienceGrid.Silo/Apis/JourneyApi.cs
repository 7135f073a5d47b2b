using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Journey;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The live journey map of a venue type, optionally narrowed to a region or a venue.</summary>
public static class JourneyApi
{
    public static RouteGroupBuilder MapJourneyApi(this IEndpointRouteBuilder app)
    {
        var journey = app.MapGroup("/api").RequireAuthorization(GridPolicies.GuestData).RequireCallerScope();
        journey.MapGet("/journey", GetJourney).WithName("GetJourney");
        return journey;
    }

    /// <summary>The caller's venues only; a venue, or a region with none of them, outside their scope is 403.</summary>
    public static async Task<Results<Ok<JourneyMap>, ValidationProblem, ProblemHttpResult>> GetJourney(
        string? venueType, string? regionId, string? venueId, HttpContext http, ChainConfig chain, IGrainFactory grains, TimeProvider time)
    {
        var filter = new JourneyFilter(NullIfEmpty(venueType), NullIfEmpty(regionId), NullIfEmpty(venueId));
        if (filter.Problems(chain) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var user = CallerScope.Of(http);
        if (filter.VenueId is { } venue && !user.CanSee(venue))
        {
            return AccessProblems.NotYourVenue(venue);
        }

        var visible = chain.Venues.Where(v => user.CanSee(v.Id)).ToList();
        if (filter.RegionId is { } region && !visible.Any(v => v.RegionId == region))
        {
            return AccessProblems.NotYourRegion(region);
        }

        var counted = visible.Where(v => filter.Matches(chain, v)).ToList();
        var at = time.GetUtcNow();
        // "Last hour" is the rolling 60 minutes; history is kept by clock hour, so compare with the clock hour a week
        // ago that holds the middle of that window (it overlaps it most).
        var weekAgo = at.AddDays(-7).AddMinutes(-30);
        var lastHour = await Task.WhenAll(counted.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetView()));
        var weekAgoHour = weekAgo.ToUnixTimeSeconds() / 3600 * 60;
        var lastWeekDays = await Task.WhenAll(counted.Select(v =>
            grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(v.Id, IVenueDayGrain.DayOf(weekAgoHour))).GetHours()));
        var lastWeek = lastWeekDays.Select(hours => hours.FirstOrDefault(h => h.Minute == weekAgoHour)?.Touchpoints).ToList();
        var moments = counted.Select((v, i) => new VenueMoments(v, lastHour[i].Touchpoints ?? new Dictionary<string, MomentCounts>(), lastWeek[i])).ToList();
        var lastWeekFrom = DateTimeOffset.FromUnixTimeSeconds(weekAgo.ToUnixTimeSeconds() / 3600 * 3600);
        return TypedResults.Ok(JourneyMaps.Build(chain, filter, visible, moments, at, lastWeekFrom));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
