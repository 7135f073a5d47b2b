using System.Globalization;
using System.Runtime.InteropServices;
using ExperienceGrid.Runtime.Partitions;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// Appends envelopes inside the caller's transaction in one round trip: it locks the heads of the touched partitions
/// in ascending partition order (so concurrent appenders never deadlock), then one unnest statement skips ids already
/// journaled, numbers the new rows after each head and moves the heads on. The head locks are held until the transaction ends,
/// so appends to one partition commit in offset order: offsets stay dense and readers never see n+1 before n.
/// A duplicate id committed by another transaction after this statement's snapshot fails the unique index instead
/// (23505); the caller retries and then sees it.
/// </summary>
internal static class PostgresJournalAppend
{
    private const string LockSql =
        "SELECT partition_id FROM partition_heads WHERE partition_id = ANY($1) ORDER BY partition_id FOR UPDATE";

    // A payload over NOTIFY's 8,000 bytes would fail the append: many partitions are announced as "*".
    private const string NotifySql = """
        SELECT pg_notify($1, CASE WHEN count(*) > 400 THEN '*' ELSE string_agg(partition_id || ':' || last_offset, ',') END)
        FROM partition_heads WHERE partition_id = ANY($2)
        """;

    // Runs after LockSql in the same round trip, with a snapshot taken after the locks were granted: it sees every
    // append to these partitions that committed before.
    private const string AppendSql = """
        WITH input AS (
            SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::bytea[])
                WITH ORDINALITY AS u(message_id, partition_id, grain_type, grain_key, message_type, payload, ord)
        ), fresh AS (
            SELECT i.*, row_number() OVER (PARTITION BY i.partition_id ORDER BY i.ord) AS n FROM input i
            WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.message_id = i.message_id)
        ), inserted AS (
            INSERT INTO journal (partition_id, entry_offset, message_id, grain_type, grain_key, message_type, payload)
            SELECT f.partition_id, h.last_offset + f.n, f.message_id, f.grain_type, f.grain_key, f.message_type, f.payload
            FROM fresh f JOIN partition_heads h ON h.partition_id = f.partition_id
            RETURNING partition_id, entry_offset, message_id
        ), heads AS (
            UPDATE partition_heads h SET last_offset = m.head
            FROM (SELECT partition_id, max(entry_offset) AS head FROM inserted GROUP BY partition_id) m
            WHERE h.partition_id = m.partition_id
            RETURNING h.partition_id, h.last_offset
        )
        SELECT partition_id, last_offset, NULL::text FROM heads
        UNION ALL SELECT partition_id, entry_offset, message_id FROM inserted
        """;

    /// <summary>Returns, per envelope, whether it was appended, and the new head of every written partition.</summary>
    public static async Task<(bool[] Appended, Dictionary<int, long> Heads)> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<JournalEnvelope> batch, GridPartitioner partitioner, CancellationToken ct)
    {
        var appended = new bool[batch.Count];
        var heads = new Dictionary<int, long>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            first.TryAdd(batch[i].MessageId, i);
        }

        if (first.Count == 0)
        {
            return (appended, heads);
        }

        var rows = first.Values.Order().Select(i => batch[i]).ToArray();
        var partitions = rows.Select(e => partitioner.GetPartition(e.Target.Key)).ToArray();
        await using (var command = new NpgsqlBatch(connection, transaction))
        {
            command.BatchCommands.Add(Command(LockSql, (object)partitions.Distinct().Order().ToArray()));
            command.BatchCommands.Add(Command(AppendSql,
                rows.Select(e => e.MessageId).ToArray(),
                partitions,
                rows.Select(e => e.Target.Type).ToArray(),
                rows.Select(e => e.Target.Key).ToArray(),
                rows.Select(e => e.MessageType).ToArray(),
                rows.Select(e => Bytes(e.Payload)).ToArray()));

            // Delivered at commit to every silo's listener, which wakes the consumers of these partitions.
            command.BatchCommands.Add(Command(NotifySql, PostgresChannels.Appended, partitions.Distinct().ToArray()));
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await reader.NextResultAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                if (reader.IsDBNull(2))
                {
                    heads[reader.GetInt32(0)] = reader.GetInt64(1);
                }
                else
                {
                    appended[first[reader.GetString(2)]] = true;
                }
            }
        }

        return (appended, heads);
    }

    /// <summary>Parses an <see cref="PostgresChannels.Appended"/> payload; null means "every partition".</summary>
    public static IEnumerable<(int Partition, long Head)>? ParseNotifyPayload(string payload) =>
        payload == "*"
            ? null
            : payload.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
            {
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return (int.Parse(pair[..colon], CultureInfo.InvariantCulture), long.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture));
            });

    /// <summary>A batch command with positional parameters. Pass a single array parameter as <c>(object)array</c>.</summary>
    internal static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    internal static byte[] Bytes(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();
}
