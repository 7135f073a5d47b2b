using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.OpenApi;
using ExperienceGrid.Silo.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The open alerts of the caller's venues, and claim and resolve over HTTP for integrations, with the same scope rules
/// and venue grain calls as the floor hub. Reading alerts is guest data; a command only needs a sign-in, since
/// <see cref="AlertCommands"/> refuses one for an alert outside the caller's venues.
/// </summary>
public static class AlertsApi
{
    /// <summary>The largest resolve body (an action and a note fit many times over); larger gets 413.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api").RequireCallerScope();
        alerts.MapGet("/alerts", GetAlerts).RequireAuthorization(GridPolicies.GuestData).WithName("GetAlerts");
        alerts.MapPost("/alerts/{alertId}/claim", Claim).RequireAuthorization().WithName("ClaimAlert")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        alerts.MapPost("/alerts/{alertId}/resolve", Resolve).RequireAuthorization().WithName("ResolveAlert")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .AddOpenApiOperationTransformer(RequestBodies.Resolution);
        return alerts;
    }

    /// <summary>Open alerts of one venue, or of every venue of the caller without <c>venueId</c>, highest priority first.</summary>
    public static Task<Results<Ok<FloorAlert[]>, ValidationProblem, ProblemHttpResult>> GetAlerts([AsParameters] VenueListQuery query) =>
        query.ReadAsync(venue => venue.GetFloorAlerts(), alerts => alerts.OrderByDescending(a => a.Priority));

    public static async Task<Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult>> Claim(
        string alertId, HttpContext http, AlertCommands commands, CancellationToken cancellationToken) =>
        Answer(http, alertId, AlertCommand.Claim, await commands.ClaimAsync(CallerScope.Of(http), alertId, cancellationToken));

    public static async Task<Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult>> Resolve(
        string alertId, HttpContext http, AlertCommands commands, CancellationToken cancellationToken)
    {
        var body = await JsonFields.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"A resolve body has at most {MaxBodyBytes} bytes.");
        }

        return ResolveRequest.Read(body) is { } request
            ? Answer(http, alertId, AlertCommand.Resolve, await commands.ResolveAsync(CallerScope.Of(http), alertId, request.Action, request.Playbook, request.Note, cancellationToken))
            : TypedResults.ValidationProblem(body.Errors, title: "The resolution could not be read; nothing was changed.");
    }

    private static Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult> Answer(
        HttpContext http, string alertId, string command, AlertCommandResult result) =>
        result.Outcome switch
        {
            AlertCommandOutcome.Accepted => TypedResults.Accepted((string?)null, new AlertCommandAnswer(alertId, command, result.Message)),
            AlertCommandOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field ?? "body"] = [result.Message] }),
            AlertCommandOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "Unknown alert", result.Message),
            AlertCommandOutcome.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not your venue", result.Message),
            AlertCommandOutcome.Conflict => Problem(StatusCodes.Status409Conflict, "The alert moved on", result.Message),
            // Nothing was stored: the client may retry once the venue is back, as with any 503 of the grid.
            _ => RetryLater.Unavailable(http.Response, "The venue could not store the change", result.Message),
        };

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
