namespace ExperienceGrid.Runtime.Storage;

/// <summary>
/// The durable partitioned journal, grain snapshots, consumed offsets and reminders of the grid.
/// Invariants every engine keeps: offsets per partition start at 1, are dense and become visible in order;
/// a message id is journaled at most once; <see cref="CommitAsync"/> (snapshots, offset, reminders) and
/// <see cref="FireRemindersAsync"/> are atomic, and a commit's outbox is durable no later than the commit.
/// </summary>
public interface IGridStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema and starts the writer. Writes queued earlier wait for it.</summary>
    Task OpenAsync(CancellationToken ct);

    /// <summary>Appends the batch in one durable transaction, skipping ids already journaled (or repeated in the batch).</summary>
    Task<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct);

    /// <summary>Reads up to <paramref name="maxCount"/> entries of a partition after an offset, in offset order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadAsync(int partition, long afterOffset, int maxCount, CancellationToken ct);

    /// <summary>The last offset of the partition whose effects are committed (0 when none).</summary>
    Task<long> GetCommittedOffsetAsync(int partition, CancellationToken ct);

    /// <summary>The last committed state snapshot of a grain, or null.</summary>
    Task<byte[]?> LoadSnapshotAsync(GrainId grain, CancellationToken ct);

    /// <summary>
    /// Atomically saves snapshots, the consumed offset and reminder changes. Outbox messages are durable no later:
    /// in the same transaction, or appended just before it (the journal skips known ids, so the messages a replay
    /// after a failed commit produces again take effect once).
    /// </summary>
    Task CommitAsync(PartitionCommit commit, CancellationToken ct);

    /// <summary>Reminders of the given partitions due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<ReminderEntry>> GetDueRemindersAsync(IReadOnlyCollection<int> partitions, DateTimeOffset now, int maxCount, CancellationToken ct);

    /// <summary>
    /// In one transaction, for each reminder still due as read: appends its tick message to the grain's journal and
    /// advances (or, if one-shot, deletes) it. Returns the number of ticks appended.
    /// </summary>
    Task<int> FireRemindersAsync(IReadOnlyList<ReminderEntry> due, DateTimeOffset now, CancellationToken ct);
}
