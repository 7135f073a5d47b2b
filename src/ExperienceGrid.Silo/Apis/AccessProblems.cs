using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The 403 answers of the read APIs, once a policy has let a signed-in caller through.</summary>
public static class AccessProblems
{
    public static ProblemHttpResult NotYourVenue(string venueId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your venue", detail: $"Your sign-in does not cover venue '{venueId}'.");

    public static ProblemHttpResult NotYourRegion(string regionId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your region", detail: $"Your sign-in covers no venue of region '{regionId}'.");

    public static ProblemHttpResult NoScope() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No scope", detail: "The token names no user or no known role.");
}
