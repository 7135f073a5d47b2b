using ExperienceGrid.Silo.Apis;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hubs;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloEndpoints
{
    /// <summary>Where the Orleans dashboard is served (when <see cref="GridOptions.OrleansDashboard"/> is on).</summary>
    public const string OrleansDashboardPath = "/orleans";

    /// <summary>The cookie that carries the bearer token to the Orleans dashboard, which cannot send headers.</summary>
    public const string OrleansDashboardCookie = "eg_token";

    public static WebApplication MapSilo(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        app.MapTouchpointsApi();
        app.MapCustomersApi();
        app.MapVenuesApi();
        app.MapJourneyApi();
        app.MapClusterApi();
        app.MapChainApi();
        app.MapFollowUpsApi();
        app.MapAuthApi();
        app.MapAlertsApi();
        app.MapFloorAndDashboards();
        if (app.Services.GetRequiredService<IOptions<GridOptions>>().Value.OrleansDashboard)
        {
            app.MapOrleansDashboard(routePrefix: OrleansDashboardPath)
                .RequireAuthorization(GridPolicies.Operations);
        }

        return app;
    }
}
