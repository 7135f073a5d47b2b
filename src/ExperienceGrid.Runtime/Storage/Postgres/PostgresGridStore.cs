using System.Threading.Channels;
using ExperienceGrid.Runtime.Partitions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// The cluster engine: the journal, snapshots, offsets and reminders in PostgreSQL, shared by every silo.
/// Ingestion and partition commits' outboxes go through one writer loop per silo that groups queued appends into one
/// transaction (group commit); partition commits and reminder ticks run on pooled connections of their own. Offsets
/// stay dense and commit-ordered across silos because every append locks its partitions' heads (see
/// <see cref="PostgresJournalAppend"/>).
/// </summary>
public sealed partial class PostgresGridStore : IGridStore
{
    private readonly Channel<PostgresAppendRequest> _requests = Channel.CreateUnbounded<PostgresAppendRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PostgresConnections _connections;
    private readonly GridPartitioner _partitioner;
    private readonly PartitionSignals _signals;
    private readonly ILogger<PostgresGridStore> _logger;
    private Task _writeLoop = Task.CompletedTask;
    private int _disposed;

    /// <summary>Creates the store; <see cref="OpenAsync"/> migrates the schema and starts the writer.</summary>
    public PostgresGridStore(PostgresConnections connections, GridPartitioner partitioner, PartitionSignals signals, ILogger<PostgresGridStore> logger)
    {
        _connections = connections;
        _partitioner = partitioner;
        _signals = signals;
        _logger = logger;
    }

    private NpgsqlDataSource DataSource => _connections.DataSource;

    /// <inheritdoc />
    public async Task OpenAsync(CancellationToken ct)
    {
        await PostgresSchema.ApplyAsync(DataSource, _partitioner.PartitionCount, ct).ConfigureAwait(false);
        await using (var command = DataSource.CreateCommand("SELECT partition_id, last_offset FROM partition_heads"))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                _signals.Appended(reader.GetInt32(0), reader.GetInt64(1));
            }
        }

        _writeLoop = Task.Run(WriteLoopAsync, CancellationToken.None);
        PostgresLog.StoreOpened(_logger, _connections.SiloId, _partitioner.PartitionCount);
    }

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct) => EnqueueAsync(batch, fence: null, ct);

    private Task<AppendResult> EnqueueAsync(IReadOnlyList<JournalEnvelope> batch, (int Partition, long Epoch)? fence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var request = new PostgresAppendRequest(batch, fence);
        if (!_requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(PostgresGridStore));
        }

        // Cancelling stops the wait only: a queued write may still commit (appends are idempotent by id).
        return request.Completion.Task.WaitAsync(ct);
    }

    /// <summary>Stops the writer after the queued appends. Idempotent; the data source belongs to <see cref="PostgresConnections"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _requests.Writer.TryComplete();
        await _writeLoop.ConfigureAwait(false);
        while (_requests.Reader.TryRead(out var orphan))
        {
            orphan.Completion.TrySetException(new ObjectDisposedException(nameof(PostgresGridStore)));
        }
    }

    /// <summary>Publishes new heads to this silo's consumers (other silos learn them through NOTIFY).</summary>
    private void Signal(Dictionary<int, long> heads)
    {
        foreach (var (partition, head) in heads)
        {
            _signals.Appended(partition, head);
        }
    }
}
