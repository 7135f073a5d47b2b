using ExperienceGrid.Contracts;
using ExperienceGrid.Runtime;
using ExperienceGrid.Runtime.Backplane;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hubs;

public static class FloorServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (bearer tokens, demo and configured users, venue scopes), the alert workflow's journal route and
    /// options, the floor and dashboard hubs and the services that push grain notifications to them.
    /// </summary>
    public static IServiceCollection AddFloorAndDashboards(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());

        services.TryAddSingleton<UserDirectory>();
        services.TryAddSingleton<VenueAccess>();
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<AlertCommands>();
        services.TryAddSingleton<NudgeCare>();
        services.TryAddSingleton<DashboardState>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>());
        services.AddAuthorization();
        services.AddSignalR();

        services.AddJournalRoute<IVenueGrain, AlertCommand>("alert-command", (grain, command) => grain.Handle(command));

        // In cluster mode these reach the hubs of every silo, wherever the grain that published them lives.
        services.AddGridNotification<FloorAlertChanged>("floor-alert");
        services.AddGridNotification<WowView>("wow-opportunity");
        services.AddGridNotification<FloorNudgeChanged>("floor-nudge");
        services.AddGridNotification<VenueView>("venue-view");
        services.AddHostedService<FloorPush>();
        services.AddHostedService<DashboardPush>();
        return services;
    }
}
