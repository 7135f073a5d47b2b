using ExperienceGrid.Runtime.Storage.Postgres;
using Npgsql;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>
/// Reads the cluster from PostgreSQL: the silos table, who holds which partition lock (pg_locks) and the lag of
/// every partition (last appended minus committed offset).
/// </summary>
internal sealed class PostgresClusterMembership(PostgresConnections connections) : IClusterMembership
{
    public string SiloId => connections.SiloId;

    public async Task<IReadOnlyList<SiloInfo>> GetSilosAsync(CancellationToken ct)
    {
        await using var connection = await connections.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT silo_id, address, heartbeat_at, lock_pid FROM silos ORDER BY silo_id"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(SiloLockConnection.LockHoldersSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT h.partition_id, h.last_offset - COALESCE(o.committed, 0)
            FROM partition_heads h LEFT JOIN partition_offsets o ON o.partition_id = h.partition_id
            """));
        var silos = new List<(string Id, string Address, DateTimeOffset Heartbeat, int Pid)>();
        var holders = new List<(int Partition, int Pid)>();
        var lag = new Dictionary<int, long>();
        await using (var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                silos.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                holders.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }

            await reader.NextResultAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                lag[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }

        return [.. silos.Select(s =>
        {
            var owned = holders.Where(h => h.Pid == s.Pid).Select(h => h.Partition).Order().ToList();
            return new SiloInfo(s.Id, s.Address, owned, owned.Sum(p => Math.Max(0, lag.GetValueOrDefault(p))), s.Heartbeat, s.Id == SiloId);
        })];
    }
}
