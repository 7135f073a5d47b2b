using ExperienceGrid.Silo.Apis;
using ExperienceGrid.Silo.Hubs;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloEndpoints
{
    public static WebApplication MapSilo(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        app.MapTouchpointsApi();
        app.MapCustomersApi();
        app.MapVenuesApi();
        app.MapJourneyApi();
        app.MapClusterApi();
        app.MapFloorAndDashboards();
        return app;
    }
}
