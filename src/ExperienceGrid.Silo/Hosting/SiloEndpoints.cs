using ExperienceGrid.Silo.Apis;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hubs;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloEndpoints
{
    /// <summary>Where the Orleans dashboard is served (when <see cref="GridOptions.ServesOrleansDashboard"/>).</summary>
    public const string OrleansDashboardPath = "/orleans";

    /// <summary>
    /// The cookie that carries the bearer token where a browser cannot send headers: the Orleans dashboard, and the
    /// OpenAPI document that Scalar's reference loads. The pages set it at sign-in, once per path of <see cref="TokenCookiePaths"/>.
    /// </summary>
    public const string TokenCookie = "eg_token";

    /// <summary>The paths whose requests may carry <see cref="TokenCookie"/>.</summary>
    public static readonly string[] TokenCookiePaths = [OrleansDashboardPath, "/openapi"];

    /// <summary>The Prometheus scrape endpoint: operators, chain managers and scrape keys.</summary>
    public const string MetricsPath = "/metrics";

    public static WebApplication MapSilo(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(SendBrowsersToSignIn);
        app.UseAuthorization();
        app.MapHealthApi();
        app.MapTouchpointsApi();
        app.MapCustomersApi();
        app.MapVenuesApi();
        app.MapInsightsApi();
        app.MapErasuresApi();
        app.MapJourneyApi();
        app.MapClusterApi();
        app.MapOperationsApi();
        app.MapChainApi();
        app.MapFollowUpsApi();
        app.MapAuthApi();
        app.MapAlertsApi();
        app.MapFloorAndDashboards();
        // Not API operations: the scrape text format, and the Orleans dashboard's own pages and calls.
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(GridPolicies.Metrics).ExcludeFromDescription();
        if (app.Services.GetRequiredService<IOptions<GridOptions>>().Value.ServesOrleansDashboard)
        {
            app.MapOrleansDashboard(routePrefix: OrleansDashboardPath)
                .RequireAuthorization(GridPolicies.Operations)
                .ExcludeFromDescription();
        }

        app.MapGridOpenApi();
        return app;
    }

    /// <summary>
    /// A browser that opens the Orleans dashboard without a valid sign-in (no <c>eg_token</c> cookie, or an expired
    /// one) goes to the start page's sign-in, which comes back here afterwards; API clients (no <c>text/html</c> in
    /// Accept) keep their 401. Runs after authentication and before authorization, which would answer 401 first.
    /// </summary>
    private static Task SendBrowsersToSignIn(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(OrleansDashboardPath)
            && HttpMethods.IsGet(request.Method)
            && context.User.Identity?.IsAuthenticated != true
            && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)))
        {
            var returnTo = request.PathBase + request.Path + request.QueryString;
            context.Response.Redirect($"{request.PathBase}/?returnTo={Uri.EscapeDataString(returnTo)}");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
