using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The answers of the APIs about what a signed-in caller may not see or that the chain does not have.</summary>
public static class AccessProblems
{
    public static ProblemHttpResult NotYourVenue(string venueId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your venue", detail: $"Your sign-in does not cover venue '{venueId}'.");

    public static ProblemHttpResult NotYourRegion(string regionId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your region", detail: $"Your sign-in covers no venue of region '{regionId}'.");

    /// <summary>A 400 naming <c>venueId</c>: the chain has no such venue (a filter value, not a resource, so not 404).</summary>
    public static ValidationProblem UnknownVenue(string venueId) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["venueId"] = [$"unknown venue '{venueId}'"] });

    /// <summary>A 404: <paramref name="venueId"/> names a resource (a path segment) the chain does not have.</summary>
    public static ProblemHttpResult NoSuchVenue(string venueId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown venue", detail: $"The chain has no venue '{venueId}'.");

    public static ProblemHttpResult NoScope() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No scope", detail: "The token names no user or no known role.");
}
