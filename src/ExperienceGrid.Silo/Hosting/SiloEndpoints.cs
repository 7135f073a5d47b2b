using ExperienceGrid.Silo.Apis;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloEndpoints
{
    public static WebApplication MapSilo(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHealthApi();
        app.MapTouchpointsApi();
        app.MapCustomersApi();
        app.MapVenuesApi();
        return app;
    }
}
