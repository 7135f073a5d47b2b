using System.Threading.RateLimiting;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Limits;

public static class RateLimits
{
    /// <summary>The rate limiter policy of <c>POST /api/touchpoints</c>: a token bucket per ingestion key.</summary>
    public const string IngestionPolicy = "ingestion";

    // Requests without a known key share one bucket: they get 401 anyway, and guessing keys is slowed down too.
    private const string UnknownKey = "(unknown key)";

    /// <summary>
    /// ASP.NET Core's rate limiter with the ingestion policy (429 problem details with Retry-After), and the sign-in
    /// throttle, whose limits are settings of <see cref="Auth.AuthOptions"/> (bound and validated by <c>AddFloorAndDashboards</c>).
    /// </summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.TryAddSingleton<SignInThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                // Only ingestion has a limiter policy; sign-in has its own throttle.
                context.HttpContext.RequestServices.GetRequiredService<GridMetrics>().Refused(BatchRefusal.RateLimited);
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                var problem = RetryLater.TooManyRequests(context.HttpContext.Response, retryAfter, "This API key has used its requests for now (Ingestion:RequestsPerKey).");
                return new ValueTask(problem.ExecuteAsync(context.HttpContext));
            };
            limiter.AddPolicy(IngestionPolicy, http =>
            {
                var key = http.RequestServices.GetRequiredService<IngestionKeys>().Of(http);
                var options = http.RequestServices.GetRequiredService<IOptions<IngestionOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(key?.Name ?? UnknownKey, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestsPerKey,
                    TokensPerPeriod = options.RequestsPerKey,
                    ReplenishmentPeriod = options.RequestWindow,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
