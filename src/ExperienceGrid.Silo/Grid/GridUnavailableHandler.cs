using ExperienceGrid.Silo.Limits;
using Microsoft.AspNetCore.Diagnostics;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// A grain that cannot be reached for a moment — its silo just died and Orleans has not moved it yet, or the
/// cluster's storage is down — is a 503 with Retry-After for any request, not a 500.
/// </summary>
public sealed partial class GridUnavailableHandler(IProblemDetailsService problems, GridOutage outage, ILogger<GridUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!GridUnavailability.IsTransient(exception))
        {
            return false;
        }

        outage.Failed(exception);
        LogUnavailable(logger, exception.GetType().Name, httpContext.Request.Path);
        var problem = RetryLater.Unavailable(
            httpContext.Response, "The grid is briefly unavailable", "A silo or the grid's storage could not be reached; retry in a second.");
        httpContext.Response.StatusCode = problem.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem.ProblemDetails });
    }

    // GridOutage warns once per outage; each request is detail.
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Exception} on {Path}: answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exception, string path);
}
