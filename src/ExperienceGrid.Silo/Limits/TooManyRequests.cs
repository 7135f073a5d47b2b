using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Limits;

/// <summary>The 429 answer of every limit: problem details, and Retry-After in whole seconds (at least 1).</summary>
public static class TooManyRequests
{
    public static ProblemHttpResult Problem(HttpResponse response, TimeSpan retryAfter, string detail)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"{detail} Retry in {seconds} s.");
    }
}
