using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Journal;
using ExperienceGrid.Runtime.Notifications;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Storage.Postgres;
using ExperienceGrid.Runtime.Storage.Sqlite;
using ExperienceGrid.Runtime.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime;

/// <summary>Registration of the grid runtime, grains and journal routes (in the core namespace so hosts need one using).</summary>
public static class GridServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grid: options from the "Grid" section (validated on start), the embedded SQLite store, grain factory,
    /// journal writer, notification bus, health and the hosted service. Safe to call more than once; register an
    /// own <see cref="IGridStore"/> or <see cref="IPartitionOwnership"/> first to replace the defaults.
    /// </summary>
    public static IServiceCollection AddGrid(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GridOptions>().Bind(configuration.GetSection(GridOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GridOptions>, GridOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GridPartitioner>();
        services.TryAddSingleton<PartitionSignals>();
        services.TryAddSingleton<PartitionRegistry>();
        services.TryAddSingleton<PartitionHostManager>();
        services.AddGridStoreFromConfiguration(configuration);
        services.TryAddSingleton<IGridStore, SqliteGridStore>();
        services.TryAddSingleton<IPartitionOwnership, EmbeddedPartitionOwnership>();
        services.TryAddSingleton<GrainTypeRegistry>();
        services.TryAddSingleton<JournalRouteRegistry>();
        services.TryAddSingleton<GridMetrics>();
        services.TryAddSingleton<NotificationBus>();
        services.TryAddSingleton<INotificationBus>(sp => sp.GetRequiredService<NotificationBus>());
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.TryAddSingleton<IJournalWriter, JournalWriter>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<GridHealth>();
        services.TryAddSingleton<IGridHealth>(sp => sp.GetRequiredService<GridHealth>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GridHostedService>());
        return services;
    }

    /// <summary>Registers grain class <typeparamref name="TGrain"/> for <typeparamref name="TInterface"/> under a type name used in <see cref="GrainId.Type"/>.</summary>
    public static IServiceCollection AddGrain<TInterface, TGrain>(this IServiceCollection services, string name)
        where TInterface : IGrainWithStringKey
        where TGrain : Grain, TInterface
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return services.AddSingleton(new GrainRegistration(name, typeof(TInterface), typeof(TGrain)));
    }

    /// <summary>Routes journal messages named <paramref name="messageType"/> (payload <typeparamref name="TMessage"/>) to a grain method.</summary>
    public static IServiceCollection AddJournalRoute<TGrain, TMessage>(this IServiceCollection services, string messageType, Func<TGrain, TMessage, Task> handler)
        where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(messageType);
        ArgumentNullException.ThrowIfNull(handler);
        if (messageType.StartsWith('$'))
        {
            throw new ArgumentException("Message types starting with '$' are reserved for the runtime.", nameof(messageType));
        }

        return services.AddSingleton(new JournalRoute(messageType, typeof(TGrain), typeof(TMessage), (grain, payload) =>
            handler((TGrain)(object)grain, System.Text.Json.JsonSerializer.Deserialize<TMessage>(payload.Span, GridJson.Options)!)));
    }

    /// <summary>Routes journal messages to a grain method returning <see cref="ValueTask"/>.</summary>
    public static IServiceCollection AddJournalRoute<TGrain, TMessage>(this IServiceCollection services, string messageType, Func<TGrain, TMessage, ValueTask> handler)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(handler);
        return services.AddJournalRoute<TGrain, TMessage>(messageType, (grain, message) => handler(grain, message).AsTask());
    }
}
