using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Timers;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>The exactly-once partition commit (fenced by the ownership epoch, outbox appended just before) and reminder ticks.</summary>
public sealed partial class PostgresGridStore
{
    /// <inheritdoc />
    /// <exception cref="PartitionFencedException">The partition was acquired again since <see cref="PartitionCommit.Epoch"/>.</exception>
    public async Task CommitAsync(PartitionCommit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);

        // The outbox goes first, through this silo's writer, grouped with ingestion: a partition commit never waits
        // on its targets' head locks, which every customer partition would otherwise queue on for the venue
        // partitions. The writer checks the epoch as the commit does, so a fenced owner appends nothing. Should the
        // commit below then fail, the replay of the same entries yields the same message ids (grains derive them
        // from their state and input), which the journal skips. One commit at a time per partition keeps a source's
        // messages in order.
        if (commit.Outbox.Count > 0)
        {
            await EnqueueAsync(commit.Outbox, commit.Epoch == 0 ? null : (commit.Partition, commit.Epoch), ct).ConfigureAwait(false);
        }

        await using var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            // MUST come first: the share lock it takes makes a concurrent acquisition (epoch bump) wait for this
            // commit, and a commit after the bump finds no row. A lock, not an update: no row versions pile up.
            var fence = commit.Epoch == 0 ? null : PostgresJournalAppend.Command(
                "SELECT 1 FROM partition_owners WHERE partition_id = $1 AND epoch = $2 FOR SHARE", commit.Partition, commit.Epoch);
            if (fence is not null)
            {
                batch.BatchCommands.Add(fence);
            }

            AddSnapshots(batch, commit.Snapshots);
            batch.BatchCommands.Add(PostgresJournalAppend.Command("""
                INSERT INTO partition_offsets (partition_id, committed, committed_at) VALUES ($1, $2, now())
                ON CONFLICT (partition_id) DO UPDATE SET committed = excluded.committed, committed_at = excluded.committed_at
                WHERE excluded.committed >= partition_offsets.committed
                """, commit.Partition, commit.Offset));
            AddReminders(batch, commit.Reminders);
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (fence is not null && fence.Rows == 0)
            {
                await transaction.RollbackAsync(ct).ConfigureAwait(false);
                throw new PartitionFencedException(commit.Partition, commit.Epoch);
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> FireRemindersAsync(IReadOnlyList<ReminderEntry> due, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        await using var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var ticks = new List<JournalEnvelope>();
        foreach (var reminder in due)
        {
            // Advances (or deletes) only a reminder still due as read, so a tick is appended at most once.
            var next = ReminderMessage.NextDue(reminder, now);
            await using var command = next is { } nextDue
                ? new NpgsqlCommand("UPDATE reminders SET next_due = $5 WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND next_due = $4", connection, transaction)
                : new NpgsqlCommand("DELETE FROM reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND next_due = $4", connection, transaction);
            command.Parameters.Add(new() { Value = reminder.Grain.Type });
            command.Parameters.Add(new() { Value = reminder.Grain.Key });
            command.Parameters.Add(new() { Value = reminder.Name });
            command.Parameters.Add(new() { Value = reminder.NextDue.UtcTicks });
            if (next is { } value)
            {
                command.Parameters.Add(new() { Value = value.UtcTicks });
            }

            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1)
            {
                ticks.Add(ReminderMessage.ToEnvelope(reminder, now));
            }
        }

        var (appended, heads) = await PostgresJournalAppend.AppendAsync(connection, transaction, ticks, _partitioner, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        Signal(heads);
        return appended.Count(a => a);
    }

    private void AddSnapshots(NpgsqlBatch batch, IReadOnlyList<GrainSnapshot> snapshots)
    {
        if (snapshots.Count == 0)
        {
            return;
        }

        batch.BatchCommands.Add(PostgresJournalAppend.Command("""
            INSERT INTO snapshots (grain_type, grain_key, partition_id, state, updated_at)
            SELECT t, k, p, s, now() FROM unnest($1::text[], $2::text[], $3::integer[], $4::bytea[]) u(t, k, p, s)
            ON CONFLICT (grain_type, grain_key) DO UPDATE
                SET state = excluded.state, partition_id = excluded.partition_id, updated_at = excluded.updated_at
            """,
            snapshots.Select(s => s.Grain.Type).ToArray(),
            snapshots.Select(s => s.Grain.Key).ToArray(),
            snapshots.Select(s => _partitioner.GetPartition(s.Grain.Key)).ToArray(),
            snapshots.Select(s => s.State).ToArray()));
    }

    private void AddReminders(NpgsqlBatch batch, IReadOnlyList<ReminderChange> changes)
    {
        var upserts = changes.Where(c => c.FirstTick is not null).ToArray();
        var deletes = changes.Where(c => c.FirstTick is null).ToArray();
        if (upserts.Length > 0)
        {
            batch.BatchCommands.Add(PostgresJournalAppend.Command("""
                INSERT INTO reminders (grain_type, grain_key, name, partition_id, first_tick, next_due, period)
                SELECT t, k, n, p, f, f, d FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[]) u(t, k, n, p, f, d)
                ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET partition_id = excluded.partition_id,
                    first_tick = excluded.first_tick, next_due = excluded.next_due, period = excluded.period
                """,
                upserts.Select(c => c.Grain.Type).ToArray(),
                upserts.Select(c => c.Grain.Key).ToArray(),
                upserts.Select(c => c.Name).ToArray(),
                upserts.Select(c => _partitioner.GetPartition(c.Grain.Key)).ToArray(),
                upserts.Select(c => c.FirstTick!.Value.UtcTicks).ToArray(),
                upserts.Select(c => c.Period.Ticks).ToArray()));
        }

        if (deletes.Length > 0)
        {
            batch.BatchCommands.Add(PostgresJournalAppend.Command("""
                DELETE FROM reminders r USING unnest($1::text[], $2::text[], $3::text[]) u(t, k, n)
                WHERE r.grain_type = u.t AND r.grain_key = u.k AND r.name = u.n
                """,
                deletes.Select(c => c.Grain.Type).ToArray(),
                deletes.Select(c => c.Grain.Key).ToArray(),
                deletes.Select(c => c.Name).ToArray()));
        }
    }
}
