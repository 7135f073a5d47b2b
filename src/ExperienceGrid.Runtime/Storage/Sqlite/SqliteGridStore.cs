using System.Globalization;
using System.Threading.Channels;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Partitions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file (<c>grid.db</c>, WAL, synchronous=FULL) in the data directory.
/// ALL writes go through one writer loop that groups whatever is queued into one transaction (group commit), which
/// also makes offsets dense and visible in order. Reads use their own pooled connections (WAL snapshots).
/// </summary>
public sealed partial class SqliteGridStore : IGridStore, IDisposable
{
    private readonly Channel<SqliteWriteRequest> _requests = Channel.CreateUnbounded<SqliteWriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly GridPartitioner _partitioner;
    private readonly PartitionSignals _signals;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteGridStore> _logger;
    private readonly string _path;
    private readonly string _readConnectionString;
    private readonly long[] _heads;
    private SqliteConnection? _writer;
    private SqliteWriteBatch? _batch;
    private Task _writeLoop = Task.CompletedTask;
    private int _disposed;

    /// <summary>Creates the store for <see cref="GridOptions.DataDirectory"/>; <see cref="OpenAsync"/> opens it.</summary>
    public SqliteGridStore(IOptions<GridOptions> options, GridPartitioner partitioner, PartitionSignals signals, TimeProvider timeProvider, ILogger<SqliteGridStore> logger)
    {
        _partitioner = partitioner;
        _signals = signals;
        _timeProvider = timeProvider;
        _logger = logger;
        _path = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, "grid.db"));
        _heads = new long[partitioner.PartitionCount];
        _readConnectionString = ConnectionString(pooling: true);
    }

    /// <inheritdoc />
    public async Task OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var writer = new SqliteConnection(ConnectionString(pooling: false));
        await writer.OpenAsync(ct).ConfigureAwait(false);
        Pragma(writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        SqliteSchema.Apply(writer);
        CheckPartitionCount(writer);
        for (var partition = 0; partition < _heads.Length; partition++)
        {
            _heads[partition] = Scalar(writer, "SELECT COALESCE(MAX(entry_offset), 0) FROM journal WHERE partition_id = $p", partition);
            _signals.Appended(partition, _heads[partition]);
        }

        _writer = writer;
        _batch = new SqliteWriteBatch(writer, _heads, _partitioner);
        _writeLoop = Task.Run(WriteLoopAsync, CancellationToken.None);
        GridLog.StoreOpened(_logger, _path, _heads.Length);
    }

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct) =>
        Enqueue(new AppendRequest(batch), ct);

    /// <inheritdoc />
    public Task CommitAsync(PartitionCommit commit, CancellationToken ct) => Enqueue(new CommitRequest(commit), ct);

    /// <inheritdoc />
    public Task<int> FireRemindersAsync(IReadOnlyList<ReminderEntry> due, DateTimeOffset now, CancellationToken ct) =>
        Enqueue(new FireRemindersRequest(due, now), ct);

    /// <summary>Stops the writer after the queued writes and closes every connection. Idempotent.</summary>
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
            orphan.Fail(new ObjectDisposedException(nameof(SqliteGridStore)));
        }

        _batch?.Dispose();
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        using var pooled = new SqliteConnection(_readConnectionString);
        SqliteConnection.ClearPool(pooled);
    }

    /// <summary>Synchronous <see cref="DisposeAsync"/> for containers disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task<T> Enqueue<T>(SqliteWriteRequest<T> request, CancellationToken ct)
    {
        if (!_requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteGridStore));
        }

        // Cancelling stops the wait only: a queued write may still commit (appends are idempotent by id).
        return request.Completion.WaitAsync(ct);
    }

    private string ConnectionString(bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = _path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = pooling,
        DefaultTimeout = 30,
    }.ToString();

    private void CheckPartitionCount(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO grid_meta (key, value) VALUES ('partition_count', $n) ON CONFLICT (key) DO NOTHING;
            SELECT value FROM grid_meta WHERE key = 'partition_count';
            """;
        command.Parameters.AddWithValue("$n", _heads.Length.ToString(CultureInfo.InvariantCulture));
        var stored = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (stored != _heads.Length.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException(
                $"{_path} was created with PartitionCount {stored}; the configured PartitionCount is {_heads.Length}. Partitions cannot change for an existing store.");
        }
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql, int partition)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", partition);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
