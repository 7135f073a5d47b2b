using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Membership;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Cluster.Tests.Store;

/// <summary>A store as one silo would open it: its own connections, partitioner and signals.</summary>
public sealed class StoreSilo : IAsyncDisposable
{
    public const int PartitionCount = 8;

    private StoreSilo(string connectionString, string siloId)
    {
        Connections = new PostgresConnections(Options.Create(new ClusterOptions { ConnectionString = connectionString, SiloId = siloId }));
        Partitioner = new GridPartitioner(Options.Create(new GridOptions { PartitionCount = PartitionCount }));
        Signals = new PartitionSignals(Partitioner);
        Store = new PostgresGridStore(Connections, Partitioner, Signals, NullLogger<PostgresGridStore>.Instance);
    }

    public PostgresConnections Connections { get; }

    public GridPartitioner Partitioner { get; }

    public PartitionSignals Signals { get; }

    public PostgresGridStore Store { get; }

    public static async Task<StoreSilo> OpenAsync(string connectionString, string siloId)
    {
        var silo = new StoreSilo(connectionString, siloId);
        await silo.Store.OpenAsync(CancellationToken.None);
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Connections.DisposeAsync();
    }
}
