using System.Globalization;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// What a venue's history teaches, for the dashboards: its minutes and hours (<c>/history</c>), anti-pattern coaching
/// (<c>/coaching</c>) and this week's recognitions per staff member (<c>/recognitions</c>). Read like a venue:
/// 404 for a venue the chain lacks, 403 outside the caller's scope; a bad parameter is a 400 naming it.
/// </summary>
public static class InsightsApi
{
    private static readonly TimeSpan _week = TimeSpan.FromDays(7);

    // How far past now a history range may end: room for a caller's clock running ahead, and the current hour.
    private static readonly TimeSpan _ahead = TimeSpan.FromHours(1);

    public static RouteGroupBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var venue = app.MapGroup("/api/venues/{venueId}").RequireAuthorization(GridPolicies.GuestData).RequireCallerScope();
        venue.MapGet("/history", GetHistory).WithName("GetVenueHistory");
        venue.MapGet("/coaching", GetCoaching).WithName("GetVenueCoaching");
        venue.MapGet("/recognitions", GetRecognitions).WithName("GetVenueRecognitions");
        return venue;
    }

    /// <summary>
    /// Steps of <c>step</c> ("minute", the default, or "hour") from <c>from</c> (default: 6 hours before <c>to</c>) to
    /// <c>to</c> (default: now), ISO 8601 times. Minutes reach back to the start of yesterday (UTC: at least 24 hours),
    /// hours 8 weeks (to the start of the 55th day before today); <c>to</c> is at most an hour past now, so a range
    /// never spans more days than are kept.
    /// </summary>
    public static async Task<Results<Ok<VenueHistory>, ValidationProblem, ProblemHttpResult>> GetHistory(
        string venueId, string? from, string? to, string? step, HttpContext http, ChainConfig chain, IGrainFactory grains, TimeProvider time)
    {
        if (Check(venueId, http, chain) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var hours = step switch
        {
            null or "minute" => false,
            "hour" => true,
            _ => (bool?)null,
        };
        if (hours is null)
        {
            return Invalid("step", $"'{step}' is not a step; use minute or hour.");
        }

        // Days are UTC; a day's minutes go when the day after next begins, its hours after 8 weeks.
        var kept = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(hours.Value ? 1 - IVenueDayGrain.KeptDays : -1);
        var what = hours.Value ? "hours are kept for 8 weeks" : "minutes are kept from the start of yesterday, UTC (use step=hour for older)";
        var end = to is null ? now : ParseTime(to);
        if (end is null)
        {
            return Invalid("to", $"'{to}' is not an ISO 8601 time (e.g. 2026-12-04T18:00:00Z).");
        }

        if (end > now + _ahead)
        {
            return Invalid("to", $"{Iso(end.Value)} is more than an hour past now; nothing is kept for later.");
        }

        if (end <= kept)
        {
            return Invalid("to", $"{Iso(end.Value)} is past what is kept: {what}.");
        }

        var start = from is null ? end.Value.AddHours(-6) : ParseTime(from);
        if (start is null)
        {
            return Invalid("from", $"'{from}' is not an ISO 8601 time (e.g. 2026-12-04T12:00:00Z).");
        }

        if (end <= start)
        {
            return Invalid("to", "to must be after from.");
        }

        if (start < kept)
        {
            return Invalid("from", $"{Iso(start.Value)} is past what is kept: {what}.");
        }

        var tallies = await VenueDays.ReadAsync(grains, venueId, start.Value, end.Value, hours.Value);
        return TypedResults.Ok(new VenueHistory(venueId, hours.Value ? "hour" : "minute", start.Value, end.Value,
            [.. tallies.Select(t => VenueHistoryPoint.Of(t, withTouchpoints: hours.Value))]));
    }

    /// <summary>Coaching from this week's and last week's hours; <c>shift</c> narrows it to one of the chain's shift bands.</summary>
    public static async Task<Results<Ok<CoachingReport>, ValidationProblem, ProblemHttpResult>> GetCoaching(
        string venueId, string? shift, HttpContext http, ChainConfig chain, IGrainFactory grains, TimeProvider time)
    {
        if (Check(venueId, http, chain) is { } problem)
        {
            return problem;
        }

        if (shift is not null && shift != InsightSettings.OutsideShifts && !chain.Insights.Shifts.Any(s => s.Name == shift))
        {
            var known = string.Join(", ", chain.Insights.Shifts.Select(s => s.Name).Append(InsightSettings.OutsideShifts));
            return Invalid("shift", $"'{shift}' is not a shift of the chain; use one of {known}.");
        }

        var now = time.GetUtcNow();
        var hours = await VenueDays.ReadAsync(grains, venueId, now - _week - _week, now.AddMinutes(1), hours: true);
        var weekStart = (now - _week).ToUnixTimeSeconds() / 60;
        return TypedResults.Ok(CoachingReport.Build(venueId, hours.Where(h => h.Minute >= weekStart), hours.Where(h => h.Minute < weekStart), shift, chain));
    }

    /// <summary>WOWs and recoveries credited per staff member over the last 7 days, most first.</summary>
    public static async Task<Results<Ok<VenueRecognitions>, ProblemHttpResult>> GetRecognitions(
        string venueId, HttpContext http, ChainConfig chain, IGrainFactory grains, TimeProvider time)
    {
        if (Check(venueId, http, chain) is { } problem)
        {
            return problem;
        }

        var since = time.GetUtcNow() - _week;
        if (!chain.Insights.Recognition)
        {
            return TypedResults.Ok(new VenueRecognitions(venueId, Enabled: false, since, []));
        }

        var hours = await VenueDays.ReadAsync(grains, venueId, since, time.GetUtcNow().AddMinutes(1), hours: true);
        var people = hours.SelectMany(h => h.RecognitionsOrEmpty).GroupBy(r => r.StaffId)
            .Select(g => new StaffRecognitions(g.Key, g.Sum(r => r.Wows), g.Sum(r => r.Recoveries)))
            .OrderByDescending(p => p.Wows + p.Recoveries).ThenBy(p => p.StaffId, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new VenueRecognitions(venueId, Enabled: true, since, people));
    }

    private static ProblemHttpResult? Check(string venueId, HttpContext http, ChainConfig chain) =>
        !chain.TryGetVenue(venueId, out _) ? AccessProblems.NoSuchVenue(venueId)
        : !CallerScope.Of(http).CanSee(venueId) ? AccessProblems.NotYourVenue(venueId)
        : null;

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
