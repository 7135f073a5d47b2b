using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.OpenApi;
using ExperienceGrid.Silo.Requests;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Touchpoint ingestion: validated whole, written durably by the customer grains, answered 202 only then.</summary>
public static partial class TouchpointsApi
{
    public static RouteGroupBuilder MapTouchpointsApi(this IEndpointRouteBuilder app)
    {
        var touchpoints = app.MapGroup("/api").RequireRateLimiting(RateLimits.IngestionPolicy).AddEndpointFilter<ApiKeyFilter>();
        touchpoints.MapPost("/touchpoints", Ingest).WithName("IngestTouchpoints").AddOpenApiOperationTransformer(RequestBodies.Touchpoints);
        return touchpoints;
    }

    public static async Task<Results<Accepted<RecordResult>, ValidationProblem, ProblemHttpResult>> Ingest(
        HttpRequest request,
        IngestionKeys keys,
        TouchpointBatchParser parser,
        TouchpointIngestor ingestor,
        IOptions<IngestionOptions> options,
        GridMetrics metrics,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var body = await RequestBody.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(metrics, $"The body is larger than {limits.MaxBodyBytes} bytes; send smaller batches.");
        }

        var ndjson = request.ContentType?.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) == true;
        var batch = parser.Parse(body.Value, ndjson);
        if (batch.ItemCount > limits.MaxBatchSize)
        {
            return TooLarge(metrics, $"The batch has more than {limits.MaxBatchSize} touchpoints; at most {limits.MaxBatchSize} are accepted at once.");
        }

        // ApiKeyFilter let only a known key through; a venue's key posting for another venue is refused before anything else.
        if (keys.Of(request.HttpContext)!.Refused(batch) is { Count: > 0 } refused)
        {
            metrics.Refused(BatchRefusal.Forbidden);
            return TypedResults.Problem(new HttpValidationProblemDetails(refused)
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "The batch was refused whole: the API key may not post for some of its venues.",
            });
        }

        if (!batch.IsValid)
        {
            metrics.Refused(BatchRefusal.Invalid);
            return TypedResults.ValidationProblem(batch.Errors, title: "The batch was rejected whole; nothing was accepted.");
        }

        try
        {
            return TypedResults.Accepted((string?)null, await ingestor.IngestAsync(batch.Touchpoints));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A transient failure is the outage GridOutage reports once; anything else is a bug to see every time.
            if (!GridUnavailability.IsTransient(e))
            {
                LogIngestFailed(loggers.CreateLogger(typeof(TouchpointsApi)), e);
            }

            metrics.Refused(BatchRefusal.Unavailable);
            return RetryLater.Unavailable(
                request.HttpContext.Response,
                "The grid could not store the batch",
                "Retry the whole batch: touchpoints already stored are counted as duplicates, never applied twice.");
        }
    }

    private static ProblemHttpResult TooLarge(GridMetrics metrics, string detail)
    {
        metrics.Refused(BatchRefusal.TooLarge);
        return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: detail);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing touchpoints failed")]
    private static partial void LogIngestFailed(ILogger logger, Exception exception);
}
