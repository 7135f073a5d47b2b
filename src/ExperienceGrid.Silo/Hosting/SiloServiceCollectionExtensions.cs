using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Runtime;
using ExperienceGrid.Runtime.Backplane;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Demo;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>The chain, the experience model, the grid with its grains and journal routes, ingestion and the demo.</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.Section);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>());

        services.TryAddSingleton(sp => ChainConfigFile.Load(sp.GetRequiredService<IOptions<ChainOptions>>().Value.ConfigPath));
        services.TryAddSingleton(sp => new ExperienceModel(sp.GetRequiredService<ChainConfig>()));
        services.TryAddSingleton<TouchpointBatchParser>();
        services.TryAddSingleton<ApiKeyFilter>();

        services.AddGrid(configuration);
        services.AddGrain<ICustomerGrain, CustomerGrain>("customer");
        services.AddGrain<IVenueGrain, VenueGrain>("venue");
        services.AddGrain<IVenueHistoryGrain, VenueHistoryGrain>("venue-history");
        services.AddJournalRoute<ICustomerGrain, Touchpoint>("touchpoint", (grain, touchpoint) => grain.Record(touchpoint));
        services.AddJournalRoute<IVenueGrain, VenueActivity>("venue-activity", (grain, activity) => grain.Apply(activity));
        services.AddJournalRoute<IVenueHistoryGrain, HourMoments>("venue-hour", (grain, hour) => grain.Add(hour));
        services.AddGridNotification<ExperienceSignal>("experience-signal"); // reaches every silo in cluster mode

        services.AddFloorAndDashboards();
        services.AddHostedService<DemoSimulator>();
        services.AddProblemDetails();
        return services;
    }
}
