using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The open follow-ups and WOW opportunities the venues keep, for the dashboards, and marking one done. Callers:
/// every role but the operator (<see cref="GridPolicies.GuestData"/>); a caller sees the venues of their scope, and
/// managers of a venue mark its follow-ups done, a care follow-up with its outcome (<c>{"outcome": "recovered"}</c>,
/// <c>"unhappy"</c> or <c>"noAnswer"</c>).
/// </summary>
public static class FollowUpsApi
{
    public const int MaxBodyBytes = 1024;

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
    public static async Task<Results<Ok<FollowUp>, ValidationProblem, ProblemHttpResult>> Done(
        string followUpId, HttpContext http, ChainConfig chain, IGrainFactory grains, GridOutage outage, CancellationToken cancellationToken)
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

        var body = await JsonFields.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        var outcome = body.TooLarge ? null : body.String("outcome", 20);
        if (outcome is not null && !FollowUpOutcome.All.Contains(outcome))
        {
            body.Errors["outcome"] = [$"'{outcome}' is not an outcome; use one of {string.Join(", ", FollowUpOutcome.All)}."];
        }

        if (body.TooLarge || body.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(body.TooLarge ? new() { [JsonFields.Body] = [$"At most {MaxBodyBytes} bytes."] } : body.Errors,
                title: "The follow-up could not be marked done; nothing was changed.");
        }

        var venueGrain = grains.GetGrain<IVenueGrain>(venue.Id);
        FollowUp? done;
        try
        {
            var open = (await venueGrain.GetOpenFollowUps()).FirstOrDefault(f => f.Id == followUpId);
            if (open is null)
            {
                return UnknownFollowUp(followUpId);
            }

            if ((open.Kind == FollowUp.Care) != (outcome is not null))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["outcome"] = [open.Kind == FollowUp.Care
                        ? $"A care follow-up is done with an outcome: one of {string.Join(", ", FollowUpOutcome.All)}."
                        : "A WOW opportunity is done without an outcome."],
                });
            }

            done = await venueGrain.CompleteFollowUp(followUpId, user.User, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outage.Failed(e);
            return RetryLater.Unavailable(http.Response, "The venue could not store the change", "Nothing was changed; retry.");
        }

        return done is not null ? TypedResults.Ok(done) : UnknownFollowUp(followUpId);
    }

    private static ProblemHttpResult UnknownFollowUp(string followUpId) =>
        Problem(StatusCodes.Status404NotFound, "Unknown follow-up", $"There is no open follow-up '{followUpId}'.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
