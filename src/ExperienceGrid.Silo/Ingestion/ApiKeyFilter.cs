using ExperienceGrid.Silo.Telemetry;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>Lets a request through only with an X-Api-Key header that matches a configured key.</summary>
public sealed class ApiKeyFilter(IngestionKeys keys, GridMetrics metrics) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (keys.Of(context.HttpContext) is not null)
        {
            return next(context);
        }

        metrics.Refused(BatchRefusal.Unauthorized);
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Missing or unknown API key",
            detail: $"Send a configured key in the {IngestionKeys.Header} header."));
    }
}
