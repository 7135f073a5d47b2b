using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Journal;
using ExperienceGrid.Runtime.Notifications;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>The services shared by partition hosts and activations.</summary>
internal sealed class GrainRuntime(
    IServiceProvider services,
    IGridStore store,
    TimeProvider timeProvider,
    IGrainFactory grainFactory,
    IJournalWriter journalWriter,
    GrainTypeRegistry grains,
    JournalRouteRegistry routes,
    NotificationBus notifications,
    PartitionSignals signals,
    GridMetrics metrics,
    IOptions<GridOptions> options,
    ILoggerFactory loggerFactory)
{
    public IServiceProvider Services { get; } = services;
    public IGridStore Store { get; } = store;
    public TimeProvider TimeProvider { get; } = timeProvider;
    public IGrainFactory GrainFactory { get; } = grainFactory;
    public IJournalWriter JournalWriter { get; } = journalWriter;
    public GrainTypeRegistry Grains { get; } = grains;
    public JournalRouteRegistry Routes { get; } = routes;
    public NotificationBus Notifications { get; } = notifications;
    public PartitionSignals Signals { get; } = signals;
    public GridMetrics Metrics { get; } = metrics;
    public GridOptions Options { get; } = options.Value;
    public ILogger Logger { get; } = loggerFactory.CreateLogger("ExperienceGrid.Runtime");
}
