namespace ExperienceGrid.Silo.Hubs;

public static class FloorEndpoints
{
    /// <summary>The floor and dashboard hubs (after UseAuthentication/UseAuthorization).</summary>
    public static IEndpointRouteBuilder MapFloorAndDashboards(this IEndpointRouteBuilder app)
    {
        // SignalR's negotiate and connect endpoints are no HTTP API operations: the README describes the hubs.
        app.MapHub<FloorHub>("/hubs/floor").ExcludeFromDescription();
        app.MapHub<DashboardHub>("/hubs/dashboard").ExcludeFromDescription();
        return app;
    }
}
