using ExperienceGrid.Persistence.Sqlite.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ExperienceGrid.Silo.Grid;

public static class GridHostingExtensions
{
    /// <summary>
    /// The co-hosted Orleans silo of the embedded default: localhost clustering, grain state and reminders in
    /// <c>grid.db</c> under <see cref="GridOptions.DataDirectory"/>, idle grains collected after
    /// <see cref="GridOptions.IdleDeactivationAge"/>; and the sweep that wakes guests with undelivered outboxes.
    /// </summary>
    public static IHostApplicationBuilder AddGrid(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GridOptions>().BindConfiguration(GridOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GridOptions>, GridOptionsValidator>());

        // The silo is configured before the host validates options, so check the ones it takes here.
        var grid = builder.Configuration.GetSection(GridOptions.Section).Get<GridOptions>() ?? new GridOptions();
        if (new GridOptionsValidator().Validate(null, grid) is { Failed: true } invalid)
        {
            throw new OptionsValidationException(GridOptions.Section, typeof(GridOptions), invalid.Failures);
        }

        var database = Path.Combine(grid.DataDirectory, "grid.db");
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(grid.SiloPort, grid.GatewayPort, serviceId: "experience-grid", clusterId: "embedded");
            silo.AddSqliteGrainStorage(GridStorage.Name, o => o.DatabasePath = database);
            silo.UseSqliteReminderService(o => o.DatabasePath = database);
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = grid.IdleDeactivationAge);
        });
        return builder;
    }
}
