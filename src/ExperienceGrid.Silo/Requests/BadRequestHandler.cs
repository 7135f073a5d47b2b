using Microsoft.AspNetCore.Diagnostics;

namespace ExperienceGrid.Silo.Requests;

/// <summary>
/// A request the framework could not read — a body cut short, over Kestrel's limits, or a parameter it failed to
/// bind (thrown as <see cref="BadHttpRequestException"/> in Development, answered bare elsewhere) — is the client's
/// fault: its own 4xx status with problem details naming the body, logged as a warning, never a 500.
/// </summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        LogBadRequest(logger, status, httpContext.Request.Path, bad.Message);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [JsonFields.Body] = [bad.Message] })
            {
                Status = status,
                Title = "The request could not be read",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Status} on {Path}: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, int status, string path, string reason);
}
