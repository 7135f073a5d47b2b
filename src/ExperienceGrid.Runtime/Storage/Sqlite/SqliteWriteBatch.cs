using System.Runtime.InteropServices;
using ExperienceGrid.Runtime.Partitions;
using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>
/// Prepared write commands of the single writer connection, and the offsets assigned in the open transaction.
/// Assigned offsets become the partitions' heads only after commit (<see cref="Commit"/>), never on rollback.
/// </summary>
internal sealed class SqliteWriteBatch : IDisposable
{
    private readonly long[] _heads;
    private readonly GridPartitioner _partitioner;
    private readonly Dictionary<int, long> _assigned = [];
    private readonly SqliteCommand _append;
    private readonly SqliteCommand _snapshot;
    private readonly SqliteCommand _offset;
    private readonly SqliteCommand _reminderUpsert;
    private readonly SqliteCommand _reminderDelete;
    private readonly SqliteCommand _reminderAdvance;
    private readonly SqliteCommand _reminderDeleteDue;
    private readonly SqliteCommand[] _all;

    public SqliteWriteBatch(SqliteConnection connection, long[] heads, GridPartitioner partitioner)
    {
        _heads = heads;
        _partitioner = partitioner;
        _append = Create(connection, """
            INSERT INTO journal (partition_id, entry_offset, message_id, grain_type, grain_key, message_type, payload, appended_at)
            VALUES ($p, $o, $id, $t, $k, $mt, $payload, $now) ON CONFLICT (message_id) DO NOTHING
            """, "$p", "$o", "$id", "$t", "$k", "$mt", "$payload", "$now");
        _snapshot = Create(connection, """
            INSERT INTO snapshots (grain_type, grain_key, partition_id, state, updated_at) VALUES ($t, $k, $p, $state, $now)
            ON CONFLICT (grain_type, grain_key) DO UPDATE SET state = excluded.state, partition_id = excluded.partition_id, updated_at = excluded.updated_at
            """, "$t", "$k", "$p", "$state", "$now");
        _offset = Create(connection, """
            INSERT INTO partition_offsets (partition_id, committed, committed_at) VALUES ($p, $o, $now)
            ON CONFLICT (partition_id) DO UPDATE SET committed = excluded.committed, committed_at = excluded.committed_at
            WHERE excluded.committed >= partition_offsets.committed
            """, "$p", "$o", "$now");
        _reminderUpsert = Create(connection, """
            INSERT INTO reminders (grain_type, grain_key, name, partition_id, first_tick, next_due, period) VALUES ($t, $k, $n, $p, $first, $first, $period)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET partition_id = excluded.partition_id, first_tick = excluded.first_tick,
                next_due = excluded.next_due, period = excluded.period
            """, "$t", "$k", "$n", "$p", "$first", "$period");
        _reminderDelete = Create(connection, "DELETE FROM reminders WHERE grain_type = $t AND grain_key = $k AND name = $n", "$t", "$k", "$n");
        _reminderAdvance = Create(connection, """
            UPDATE reminders SET next_due = $next WHERE grain_type = $t AND grain_key = $k AND name = $n AND next_due = $due
            """, "$t", "$k", "$n", "$due", "$next");
        _reminderDeleteDue = Create(connection, """
            DELETE FROM reminders WHERE grain_type = $t AND grain_key = $k AND name = $n AND next_due = $due
            """, "$t", "$k", "$n", "$due");
        _all = [_append, _snapshot, _offset, _reminderUpsert, _reminderDelete, _reminderAdvance, _reminderDeleteDue];
    }

    /// <summary>UTC ticks of the write, stamped on rows.</summary>
    public long Now { get; set; }

    public void Begin(SqliteTransaction transaction)
    {
        _assigned.Clear();
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>Appends at the partition's next offset unless the id is journaled; true if appended.</summary>
    public bool TryAppend(JournalEnvelope envelope)
    {
        var partition = _partitioner.GetPartition(envelope.Target.Key);
        var offset = (_assigned.TryGetValue(partition, out var head) ? head : _heads[partition]) + 1;
        if (Run(_append, partition, offset, envelope.MessageId, envelope.Target.Type, envelope.Target.Key, envelope.MessageType, Bytes(envelope.Payload), Now) == 0)
        {
            return false;
        }

        _assigned[partition] = offset;
        return true;
    }

    public void SaveSnapshot(GrainSnapshot snapshot) =>
        Run(_snapshot, snapshot.Grain.Type, snapshot.Grain.Key, _partitioner.GetPartition(snapshot.Grain.Key), snapshot.State, Now);

    public void SaveOffset(int partition, long offset) => Run(_offset, partition, offset, Now);

    public void ApplyReminder(ReminderChange change)
    {
        if (change.FirstTick is { } first)
        {
            Run(_reminderUpsert, change.Grain.Type, change.Grain.Key, change.Name, _partitioner.GetPartition(change.Grain.Key), first.UtcTicks, change.Period.Ticks);
        }
        else
        {
            Run(_reminderDelete, change.Grain.Type, change.Grain.Key, change.Name);
        }
    }

    /// <summary>Moves a reminder still due at <see cref="ReminderEntry.NextDue"/> on (or deletes it); false if it changed meanwhile.</summary>
    public bool TryAdvanceReminder(ReminderEntry reminder, DateTimeOffset? next) =>
        (next is { } due
            ? Run(_reminderAdvance, reminder.Grain.Type, reminder.Grain.Key, reminder.Name, reminder.NextDue.UtcTicks, due.UtcTicks)
            : Run(_reminderDeleteDue, reminder.Grain.Type, reminder.Grain.Key, reminder.Name, reminder.NextDue.UtcTicks)) == 1;

    /// <summary>After a successful commit: publishes assigned offsets as heads and returns them.</summary>
    public KeyValuePair<int, long>[] Commit()
    {
        var assigned = _assigned.ToArray();
        foreach (var (partition, head) in assigned)
        {
            _heads[partition] = head;
        }

        _assigned.Clear();
        return assigned;
    }

    public void Rollback() => _assigned.Clear();

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static int Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQuery();
    }

    private static byte[] Bytes(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();
}
