using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The open follow-ups and WOW opportunities the venues keep, for the dashboards, and marking one done. Callers:
/// every role but the operator (<see cref="GridPolicies.GuestData"/>); a caller sees the venues of their scope, and
/// managers of a venue mark its follow-ups done.
/// </summary>
public static class FollowUpsApi
{
    public static RouteGroupBuilder MapFollowUpsApi(this IEndpointRouteBuilder app)
    {
        var followUps = app.MapGroup("/api/followups").RequireAuthorization(GridPolicies.GuestData).RequireCallerScope();
        followUps.MapGet("/", GetOpen).WithName("GetFollowUps");
        followUps.MapPost("/{followUpId}/done", Done).WithName("FollowUpDone").ProducesProblem(StatusCodes.Status404NotFound);
        return followUps;
    }

    /// <summary>Open ones of <c>venueId</c> (or of every venue in scope without it), newest first.</summary>
    public static Task<Results<Ok<FollowUp[]>, ValidationProblem, ProblemHttpResult>> GetOpen([AsParameters] VenueListQuery query) =>
        query.ReadAsync(venue => venue.GetOpenFollowUps(), followUps => followUps.OrderByDescending(f => f.At));

    /// <summary>Marks a follow-up done; the venue writes it before this answers with the done follow-up.</summary>
    public static async Task<Results<Ok<FollowUp>, ProblemHttpResult>> Done(
        string followUpId, HttpContext http, ChainConfig chain, IGrainFactory grains)
    {
        // Ids are "{venueId}:{sequence}".
        var separator = followUpId.LastIndexOf(':');
        if (separator <= 0 || !chain.TryGetVenue(followUpId[..separator], out var venue))
        {
            return UnknownFollowUp(followUpId);
        }

        var user = CallerScope.Of(http);
        if (!user.IsManager || !user.CanSee(venue.Id))
        {
            return Problem(StatusCodes.Status403Forbidden, "Not your venue", $"{user.User} does not manage venue '{venue.Id}'.");
        }

        FollowUp? done;
        try
        {
            done = await grains.GetGrain<IVenueGrain>(venue.Id).CompleteFollowUp(followUpId, user.User);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return RetryLater.Unavailable(http.Response, "The venue could not store the change", "Nothing was changed; retry.");
        }

        return done is not null ? TypedResults.Ok(done) : UnknownFollowUp(followUpId);
    }

    private static ProblemHttpResult UnknownFollowUp(string followUpId) =>
        Problem(StatusCodes.Status404NotFound, "Unknown follow-up", $"There is no open follow-up '{followUpId}'.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
