using ExperienceGrid.Runtime.Storage.Postgres;
using Npgsql;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>
/// The silo's dedicated, unpooled ownership connection. Partition p is owned while this session holds the advisory
/// lock (namespace, p): the locks vanish with the session when the silo dies, and only this connection may take or
/// release them. Used by one balancing loop at a time.
/// </summary>
internal sealed class SiloLockConnection(NpgsqlConnection connection, int pid) : IAsyncDisposable
{
    public int Pid { get; } = pid;

    public bool IsBroken => connection.FullState.HasFlag(System.Data.ConnectionState.Broken) || connection.FullState == System.Data.ConnectionState.Closed;

    public static async Task<SiloLockConnection> OpenAsync(PostgresConnections connections, CancellationToken ct)
    {
        var connection = await connections.OpenDedicatedAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SET lock_timeout = '5s'; SELECT pg_backend_pid()", connection);
        var pid = (int)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        return new SiloLockConnection(connection, pid);
    }

    /// <summary>Heartbeats (registering if needed) and reads the members and the partition lock holders.</summary>
    public async Task<ClusterView> HeartbeatAndReadAsync(string siloId, string address, TimeSpan expiry, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PostgresJournalAppend.Command("""
            INSERT INTO silos (silo_id, address, lock_pid) VALUES ($1, $2, $3)
            ON CONFLICT (silo_id) DO UPDATE SET heartbeat_at = now(), lock_pid = excluded.lock_pid, address = excluded.address
            """, siloId, address, Pid));
        batch.BatchCommands.Add(PostgresJournalAppend.Command("""
            SELECT s.silo_id, s.lock_pid, s.heartbeat_at < now() - $1::interval, a.pid IS NOT NULL
            FROM silos s LEFT JOIN pg_stat_activity a ON a.pid = s.lock_pid ORDER BY s.silo_id
            """, expiry));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(LockHoldersSql));
        var members = new List<ClusterView.Member>();
        var holders = new Dictionary<int, int>();
        // The upsert returns no result set: the reader starts at the members.
        await using var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            members.Add(new ClusterView.Member(reader.GetString(0), reader.GetInt32(1), reader.GetBoolean(2), reader.GetBoolean(3)));
        }

        await reader.NextResultAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            holders[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return new ClusterView(members, holders);
    }

    /// <summary>pg_locks rows of the partition locks of this database: (partition, holder pid).</summary>
    public static string LockHoldersSql => $"""
        SELECT l.objid::integer, l.pid FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.classid = {PostgresLocks.PartitionNamespace} AND l.objsubid = 2 AND l.granted
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    /// <summary>
    /// Takes the session locks of up to <paramref name="wanted"/> of the candidates that are free (in candidate
    /// order) and bumps their epochs, in two round trips. Returns the acquired partitions with their new epochs.
    /// </summary>
    public async Task<IReadOnlyList<(int Partition, long Epoch)>> TryAcquireSessionLocksAsync(int[] candidates, int wanted, string siloId, CancellationToken ct)
    {
        var acquired = new List<int>();
        await using (var command = new NpgsqlCommand(
            $"SELECT p FROM unnest($1::integer[]) p WHERE pg_try_advisory_lock({PostgresLocks.PartitionNamespace}, p) LIMIT $2", connection))
        {
            // Pipelined: the scan stops once enough locks are taken. Any extra lock would be unlocked as an orphan.
            command.Parameters.Add(new() { Value = candidates });
            command.Parameters.Add(new() { Value = wanted });
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                acquired.Add(reader.GetInt32(0));
            }
        }

        if (acquired.Count == 0)
        {
            return [];
        }

        // Fencing: waits for in-flight commits of the previous owners, then makes all their later commits fail.
        await using var bump = new NpgsqlCommand("""
            UPDATE partition_owners SET epoch = epoch + 1, silo_id = $2, acquired_at = now()
            WHERE partition_id = ANY($1) RETURNING partition_id, epoch
            """, connection);
        bump.Parameters.Add(new() { Value = acquired.ToArray() });
        bump.Parameters.Add(new() { Value = siloId });
        var leases = new List<(int, long)>();
        await using (var reader = await bump.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                leases.Add((reader.GetInt32(0), reader.GetInt64(1)));
            }
        }

        return leases;
    }

    public async Task ReleaseSessionLockAsync(int partition, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, $2)", connection);
        command.Parameters.Add(new() { Value = PostgresLocks.PartitionNamespace });
        command.Parameters.Add(new() { Value = partition });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Ends every session of a silo that stopped heartbeating (frees its locks) and forgets it.</summary>
    public async Task<int> ExpireAsync(string siloId, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PostgresJournalAppend.Command(
            "SELECT count(pg_terminate_backend(pid))::integer FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
            PostgresConnections.ApplicationPrefix + siloId));
        batch.BatchCommands.Add(PostgresJournalAppend.Command("DELETE FROM silos WHERE silo_id = $1", siloId));
        return (int)(await batch.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async Task ForgetAsync(string siloId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("DELETE FROM silos WHERE silo_id = $1", connection);
        command.Parameters.Add(new() { Value = siloId });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Graceful leave: unregisters, releases every lock and tells the others to rebalance now.</summary>
    public async Task LeaveAsync(string siloId, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PostgresJournalAppend.Command("DELETE FROM silos WHERE silo_id = $1", siloId));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_unlock_all()"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"NOTIFY {PostgresChannels.Membership}"));
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
