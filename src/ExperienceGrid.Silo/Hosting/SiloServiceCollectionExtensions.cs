using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Demo;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>The chain, the experience model, ingestion, the floor and dashboards, and the demo (the grid itself: <c>AddGrid</c>).</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.Section);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>());

        services.TryAddSingleton(sp => ChainConfigFile.Load(sp.GetRequiredService<IOptions<ChainOptions>>().Value.ConfigPath));
        services.TryAddSingleton(sp => new ExperienceModel(sp.GetRequiredService<ChainConfig>()));
        services.TryAddSingleton<TouchpointBatchParser>();
        services.TryAddSingleton<ApiKeyFilter>();
        services.TryAddSingleton<TouchpointIngestor>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddFloorAndDashboards();
        services.AddHostedService<DemoSimulator>();
        services.AddProblemDetails();
        return services;
    }
}
