using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Limits;

/// <summary>
/// The answers that ask a client to send the same request again later, each problem details with Retry-After in whole
/// seconds (at least 1): 429 when a limit is used up, 503 when the grid could not do the work just now.
/// </summary>
public static class RetryLater
{
    /// <summary>What a 503 asks for: a dead silo's grains move, or the storage answers again, within about a second.</summary>
    public static readonly TimeSpan UnavailableFor = TimeSpan.FromSeconds(1);

    public static ProblemHttpResult TooManyRequests(HttpResponse response, TimeSpan retryAfter, string detail)
    {
        var seconds = SetRetryAfter(response, retryAfter);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"{detail} Retry in {seconds} s.");
    }

    public static ProblemHttpResult Unavailable(HttpResponse response, string title, string detail)
    {
        SetRetryAfter(response, UnavailableFor);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: detail);
    }

    private static long SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}
