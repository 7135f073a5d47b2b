using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hubs;

public static class FloorServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (bearer tokens, demo and configured users, venue scopes), the alert workflow's options, the floor and
    /// dashboard hubs and the services through which grains push to them.
    /// </summary>
    public static IServiceCollection AddFloorAndDashboards(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());

        services.TryAddSingleton<UserDirectory>();
        services.TryAddSingleton<VenueAccess>();
        services.TryAddSingleton<CustomerAccess>();
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<AlertCommands>();
        services.TryAddSingleton<NudgeCare>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>());
        services.AddAuthorizationBuilder().AddGridPolicies();
        services.AddGrainServices(); // the hubs, their options and the pushes the grains use
        services.AddHostedService<DashboardPush>();
        return services;
    }
}
