namespace ExperienceGrid.Runtime.Storage;

/// <summary>Everything a partition consumer commits atomically: the exactly-once unit.</summary>
/// <param name="Partition">The committing partition.</param>
/// <param name="Offset">The new consumed offset; entries up to it are reflected in the snapshots.</param>
/// <param name="Snapshots">Dirty grain states of the partition.</param>
/// <param name="Outbox">Durable messages to append to their targets' partitions (deduplicated by id).</param>
/// <param name="Reminders">Reminder upserts and deletes, last change per reminder wins.</param>
public sealed record PartitionCommit(
    int Partition,
    long Offset,
    IReadOnlyList<GrainSnapshot> Snapshots,
    IReadOnlyList<JournalEnvelope> Outbox,
    IReadOnlyList<ReminderChange> Reminders)
{
    /// <summary>
    /// The ownership epoch the committing host acquired the partition with; engines with fencing refuse the commit
    /// when the partition was acquired again since. 0 = unfenced (embedded ownership).
    /// </summary>
    public long Epoch { get; init; }
}
