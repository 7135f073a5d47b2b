using System.Net;
using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Persistence.Sqlite.Storage;
using ExperienceGrid.Silo.Demo;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

public static class GridHostingExtensions
{
    /// <summary>The name of the grain storage every grain of the grid keeps its state in.</summary>
    public const string GrainStorage = "grid";

    // Orleans' service id of every silo and front end of the grid.
    private const string ServiceId = "experience-grid";

    // How long a front end's grain call may wait for its answer (see UseCluster).
    private static readonly TimeSpan _frontendResponseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The co-hosted Orleans silo, or with <see cref="GridRole.Frontend"/> an Orleans client of the cluster. Embedded
    /// default: localhost clustering, grain state and reminders in <c>grid.db</c> under
    /// <see cref="GridOptions.DataDirectory"/>. With <see cref="GridOptions.Redis"/>: a cluster member with membership,
    /// state and reminders on Redis, or a front end of that cluster; both with the SignalR Redis backplane.
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
        if (grid.Role == GridRole.Frontend)
        {
            UseCluster(builder, grid, grid.Redis!);
        }
        else
        {
            UseSilo(builder, grid);
        }

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

    /// <summary>The co-hosted silo, and what needs one: the dashboards' push of the venues it hosts, and the demo.</summary>
    private static void UseSilo(IHostApplicationBuilder builder, GridOptions grid)
    {
        builder.Services.TryAddSingleton<IGridMember, SiloMember>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, grid.ClusterId));
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
                silo.UseLocalhostClustering(grid.SiloPort, grid.GatewayPort, serviceId: ServiceId, clusterId: grid.ClusterId);
                silo.AddSqliteGrainStorage(GridHostingExtensions.GrainStorage, o => o.DatabasePath = database);
                silo.UseSqliteReminderService(o => o.DatabasePath = database);
            }

            if (grid.OrleansDashboard)
            {
                silo.AddDashboard();
            }

            silo.AddStartupTask(RetentionStart.RunAsync);
            GuestRegistryWakeUp.AddTo(silo);
        });

        // Each silo pushes the venues whose grains it hosts (a front end hosts none); one demo per silo, not per front end.
        builder.Services.AddHostedService<DashboardPush>();
        builder.Services.AddHostedService<DemoSimulator>();
    }

    /// <summary>
    /// A front end: an Orleans client of the cluster whose membership is on Redis, reaching the grains through the
    /// silos' gateways (found in that membership). Its hubs get the silos' pushes through the backplane.
    /// </summary>
    private static void UseCluster(IHostApplicationBuilder builder, GridOptions grid, string redis)
    {
        builder.Services.TryAddSingleton<IGridMember, FrontendMember>();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, grid.ClusterId));
            client.UseRedisClustering(o => o.ConfigurationOptions = GridRedis.Options(redis));
            client.UseConnectionRetryFilter<FrontendJoinRetryFilter>();

            // A silo that joins is used within seconds, not after Orleans' default minute.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));

            // A call in flight through a silo's gateway when that silo dies is not broken when the connection drops: only
            // the response timeout ends it. 5 s instead of Orleans' 30 s, so that request answers 503 with Retry-After
            // before a caller's own timeout (eg-load's: 15 s) rather than hanging; a retry with the same event ids is
            // counted once.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = _frontendResponseTimeout);
            client.AddActivityPropagation();
        });
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
            options.GrainStorageSerializer = new PooledGrainStorageSerializer(serializer);
        }));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = Redis());

        silo.Configure<ClusterMembershipOptions>(FastFailover.Apply);
    }
}
