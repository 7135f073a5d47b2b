using ExperienceGrid.Silo.Apis;

namespace ExperienceGrid.Silo.Hubs;

public static class FloorEndpoints
{
    /// <summary>Sign-in, alert commands over HTTP, and the hubs (after UseAuthentication/UseAuthorization).</summary>
    public static IEndpointRouteBuilder MapFloorAndDashboards(this IEndpointRouteBuilder app)
    {
        app.MapAuthApi();
        app.MapAlertsApi();
        app.MapHub<FloorHub>("/hubs/floor");
        app.MapHub<DashboardHub>("/hubs/dashboard");
        return app;
    }
}
