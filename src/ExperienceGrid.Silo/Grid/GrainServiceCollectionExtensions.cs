using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Privacy;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grid;

public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// What the grains inject, for the silo and the grain tests alike: the chain and its experience model, the clock,
    /// the alert, dashboard and privacy options, the venue model, the feed to the floor and dashboard hubs, guest
    /// erasure, and the batching of deliveries to venues. Called once, by <c>AddSilo</c> or a test silo (SignalR's hub
    /// filter would be added twice).
    /// </summary>
    public static IServiceCollection AddGrainServices(this IServiceCollection services)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.Section);
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>());

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ChainOptions>>().Value.Load());
        services.TryAddSingleton(sp => new ExperienceModel(sp.GetRequiredService<ChainConfig>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new VenueModel(sp.GetRequiredService<ChainConfig>(), sp.GetRequiredService<IOptions<AlertOptions>>().Value.RecoveryTouchpoint));
        services.AddSignalR(o => o.AddFilter<HubFailureLog>());
        services.AddMetrics();
        services.TryAddSingleton<GridMetrics>();
        services.TryAddSingleton<GridRates>();
        services.TryAddSingleton<VenueFeed>();
        services.TryAddSingleton<IVenueFeed>(sp => sp.GetRequiredService<VenueFeed>());
        services.TryAddSingleton<GuestErasure>();
        services.TryAddSingleton<VenueDeliveryBatcher>();
        return services;
    }
}
