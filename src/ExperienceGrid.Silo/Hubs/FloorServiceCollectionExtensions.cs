using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hubs;

public static class FloorServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (bearer tokens, demo and configured users, venue scopes), and staff commands on alerts and nudges (the hubs and
    /// the grains' feed come with <c>AddGrainServices</c>; the dashboards' throttled push, run by silos, with <c>AddGrid</c>).
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
        return services;
    }
}
