using System.Net;
using ExperienceGrid.Persistence.Sqlite.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

public static class GridHostingExtensions
{
    /// <summary>The name of the grain storage every grain of the grid keeps its state in.</summary>
    public const string GrainStorage = "grid";

    /// <summary>
    /// The co-hosted Orleans silo. Embedded default: localhost clustering, grain state and reminders in
    /// <c>grid.db</c> under <see cref="GridOptions.DataDirectory"/>. With <see cref="GridOptions.Redis"/>: a cluster
    /// member with membership, state and reminders on Redis and the SignalR Redis backplane.
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

        builder.Services.TryAddSingleton<GridHealth>();
        builder.Services.TryAddSingleton<GridOutage>();
        builder.Services.AddExceptionHandler<GridUnavailableHandler>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = ("experience-grid", grid.ClusterId));
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = grid.IdleDeactivationAge);

            // Grain calls carry the caller's trace (HTTP request → customer → venue → hub send); costs nothing unless a tracer listens.
            silo.AddActivityPropagation();
            if (grid.Redis is { Length: > 0 } redis)
            {
                UseRedis(silo, grid, redis);
            }
            else
            {
                var database = Path.Combine(grid.DataDirectory, "grid.db");
                silo.UseLocalhostClustering(grid.SiloPort, grid.GatewayPort, serviceId: "experience-grid", clusterId: grid.ClusterId);
                silo.AddSqliteGrainStorage(GridHostingExtensions.GrainStorage, o => o.DatabasePath = database);
                silo.UseSqliteReminderService(o => o.DatabasePath = database);
            }

            if (grid.OrleansDashboard)
            {
                silo.AddDashboard();
            }
        });

        if (grid.Redis is { Length: > 0 } backplane)
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(o =>
            {
                o.Configuration = GridRedis.Options(backplane);
                o.Configuration.ChannelPrefix = RedisChannel.Literal("experience-grid");
            });
            builder.Services.AddHostedService<RedisDurabilityCheck>();
        }

        return builder;
    }

    private static void UseRedis(ISiloBuilder silo, GridOptions grid, string redis)
    {
        ConfigurationOptions Redis() => GridRedis.Options(redis);

        if (grid.ListenOnAnyAddress)
        {
            silo.ConfigureEndpoints(Dns.GetHostName(), grid.SiloPort, grid.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(IPAddress.Loopback, grid.SiloPort, grid.GatewayPort);
        }

        silo.UseRedisClustering(o => o.ConfigurationOptions = Redis());
        silo.AddRedisGrainStorage(GridHostingExtensions.GrainStorage, o => o.Configure<Serializer>((options, serializer) =>
        {
            options.ConfigurationOptions = Redis();

            // Orleans' version-tolerant serializer rather than the provider's default JSON with type names.
            options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = Redis());

        silo.Configure<ClusterMembershipOptions>(FastFailover.Apply);
    }
}
