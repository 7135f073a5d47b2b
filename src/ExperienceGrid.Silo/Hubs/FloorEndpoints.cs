namespace ExperienceGrid.Silo.Hubs;

public static class FloorEndpoints
{
    /// <summary>The floor and dashboard hubs (after UseAuthentication/UseAuthorization).</summary>
    public static IEndpointRouteBuilder MapFloorAndDashboards(this IEndpointRouteBuilder app)
    {
        app.MapHub<FloorHub>("/hubs/floor");
        app.MapHub<DashboardHub>("/hubs/dashboard");
        return app;
    }
}
