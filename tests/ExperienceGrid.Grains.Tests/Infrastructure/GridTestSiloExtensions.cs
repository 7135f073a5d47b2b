using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

public static class GridTestSiloExtensions
{
    /// <summary>
    /// A test silo configured like the product's grid: the grains' services (<c>AddGrainServices</c>: the demo chain,
    /// the experience model, the floor push through a SignalR hub context without a web host, dashboards) and grain
    /// state and reminders in the SQLite file at <paramref name="databasePath"/>, and the guest registry's wake-up at
    /// start. Differences: placement is random (so grains spread over the silos), options come from
    /// <paramref name="settings"/>, <paramref name="probe"/> watches customer <c>Record</c> calls and <paramref name="calls"/> every call.
    /// </summary>
    public static ISiloBuilder AddTestGrid(this ISiloBuilder silo, string databasePath, GridTestSettings settings, RecordCallProbe probe, GrainCallProbe calls)
    {
        var services = silo.Services;
        services.AddGrainServices();
        services.Configure<GridOptions>(o =>
        {
            o.VenueWriteInterval = settings.VenueWriteInterval;
            o.DeliveryRetryInterval = settings.DeliveryRetryInterval;
        });
        services.Configure<AlertOptions>(o => o.ClaimTimeout = settings.ClaimTimeout);
        services.Configure<ChainOptions>(o => o.FollowUpDue = settings.FollowUpDue);
        services.Configure<DashboardOptions>(o => o.VenueUpdateInterval = TimeSpan.FromMilliseconds(100));

        // The default (resource-optimized) placement keeps grains on the silo that first called them.
        services.AddSingleton<PlacementStrategy, RandomPlacement>();
        services.AddSingleton<IIncomingGrainCallFilter>(probe);
        services.AddSingleton<IIncomingGrainCallFilter>(calls);

        GuestRegistryWakeUp.AddTo(silo);
        silo.AddSqliteGrainStorage(GridHostingExtensions.GrainStorage, o => o.DatabasePath = databasePath);
        silo.UseSqliteReminderService(o => o.DatabasePath = databasePath);
        return silo;
    }
}
