using ExperienceGrid.Runtime.Backplane;
using ExperienceGrid.Runtime.Membership;
using ExperienceGrid.Runtime.Partitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// Chooses the store from configuration: <c>Grid:Store</c> = <c>sqlite</c> (the embedded default) or
/// <c>postgres</c> (cluster mode, connection string in <c>ConnectionStrings:Grid</c>). Without <c>Grid:Store</c>,
/// the presence of <c>ConnectionStrings:Grid</c> selects PostgreSQL.
/// </summary>
public static class GridStoreSelection
{
    /// <summary>True when the configuration selects the PostgreSQL store.</summary>
    public static bool UsesPostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var store = configuration["Grid:Store"];
        return store?.ToLowerInvariant() switch
        {
            null or "" => !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Grid")),
            "sqlite" => false,
            "postgres" or "postgresql" => true,
            _ => throw new InvalidOperationException($"Grid:Store is '{store}'; it must be 'sqlite' or 'postgres'"),
        };
    }

    /// <summary>Registers the selected store's services (before the embedded defaults, which then stay unused).</summary>
    internal static IServiceCollection AddGridStoreFromConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        if (!UsesPostgres(configuration))
        {
            services.TryAddSingleton<IClusterMembership, EmbeddedClusterMembership>();
            return services;
        }

        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.SectionName)).ValidateOnStart()
            .PostConfigure(options =>
            {
                options.ConnectionString = configuration.GetConnectionString("Grid") ?? options.ConnectionString;
                options.SiloId = string.IsNullOrWhiteSpace(options.SiloId)
                    ? $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}"
                    : options.SiloId;
                options.Address = string.IsNullOrWhiteSpace(options.Address) ? configuration["Urls"]?.Split(';')[0] ?? "" : options.Address;
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>());
        services.TryAddSingleton<PostgresConnections>();
        services.TryAddSingleton<IGridStore, PostgresGridStore>();
        services.TryAddSingleton<PostgresPartitionOwnership>();
        services.TryAddSingleton<IPartitionOwnership>(sp => sp.GetRequiredService<PostgresPartitionOwnership>());
        services.TryAddSingleton<IClusterMembership, PostgresClusterMembership>();
        services.TryAddSingleton<NotificationTypeRegistry>();
        services.TryAddSingleton<PostgresBackplane>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresChannelHandler, PostgresBackplane>(sp => sp.GetRequiredService<PostgresBackplane>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresChannelHandler, MembershipChannelHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresBackplane>(sp => sp.GetRequiredService<PostgresBackplane>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresListener>());
        return services;
    }
}
