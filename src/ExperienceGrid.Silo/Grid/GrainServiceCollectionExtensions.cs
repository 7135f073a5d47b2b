using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grid;

public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// What the grains inject, for the silo and the grain tests alike: the chain and its experience model, the clock,
    /// the alert and dashboard options, and the pushes to the floor and dashboard hubs. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddGrainServices(this IServiceCollection services)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.Section);
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());

        services.TryAddSingleton(sp => ChainConfigFile.Load(sp.GetRequiredService<IOptions<ChainOptions>>().Value.ConfigPath));
        services.TryAddSingleton(sp => new ExperienceModel(sp.GetRequiredService<ChainConfig>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSignalR(o => o.AddFilter<HubFailureLog>());
        services.TryAddSingleton<FloorPush>();
        services.TryAddSingleton<DashboardState>();
        return services;
    }
}
