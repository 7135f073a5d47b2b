using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Claim and resolve over HTTP for integrations, with the same scope rules and venue grain calls as the floor hub.</summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts/{alertId}").RequireAuthorization();
        alerts.MapPost("/claim", Claim).WithName("ClaimAlert");
        alerts.MapPost("/resolve", Resolve).WithName("ResolveAlert");
        return app;
    }

    public static async Task<Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult>> Claim(
        string alertId, HttpContext http, VenueAccess access, AlertCommands commands, CancellationToken cancellationToken) =>
        access.ScopeOf(http.User) is { } user
            ? Answer(alertId, AlertCommand.Claim, await commands.ClaimAsync(user, alertId, cancellationToken))
            : Forbidden();

    public static async Task<Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult>> Resolve(
        string alertId, ResolveRequest? request, HttpContext http, VenueAccess access, AlertCommands commands, CancellationToken cancellationToken) =>
        access.ScopeOf(http.User) is { } user
            ? Answer(alertId, AlertCommand.Resolve, await commands.ResolveAsync(user, alertId, request?.Action, request?.Note, cancellationToken))
            : Forbidden();

    private static Results<Accepted<AlertCommandAnswer>, ValidationProblem, ProblemHttpResult> Answer(string alertId, string command, AlertCommandResult result) =>
        result.Outcome switch
        {
            AlertCommandOutcome.Accepted => TypedResults.Accepted((string?)null, new AlertCommandAnswer(alertId, command, result.Message)),
            AlertCommandOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field ?? "body"] = [result.Message] }),
            AlertCommandOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "Unknown alert", result.Message),
            AlertCommandOutcome.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not your venue", result.Message),
            AlertCommandOutcome.Conflict => Problem(StatusCodes.Status409Conflict, "The alert moved on", result.Message),
            _ => Problem(StatusCodes.Status503ServiceUnavailable, "The venue could not store the change", result.Message),
        };

    private static ProblemHttpResult Forbidden() =>
        Problem(StatusCodes.Status403Forbidden, "No scope", "The token carries no known role.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
