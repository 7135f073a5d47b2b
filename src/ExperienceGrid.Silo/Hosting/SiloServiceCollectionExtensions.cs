using ExperienceGrid.Silo.Demo;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.Logging;
using ExperienceGrid.Silo.Requests;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>The chain, the experience model, ingestion and its limits, the floor and dashboards, and the demo's options (the grid itself, and the demo run by a silo: <c>AddGrid</c>).</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services)
    {
        services.AddGrainServices();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>());

        services.TryAddSingleton<TouchpointBatchParser>();
        services.TryAddSingleton<IngestionKeys>();
        services.TryAddSingleton<ApiKeyFilter>();
        services.TryAddSingleton<TouchpointIngestor>();

        services.AddFloorAndDashboards();
        services.AddRateLimits();
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddProblemDetails();
        services.AddCollapsedLogRepeats();
        services.AddGridOpenApi();
        return services;
    }
}
