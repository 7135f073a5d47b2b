using ExperienceGrid.Runtime.Storage;

namespace ExperienceGrid.Runtime.Tests.Infrastructure;

/// <summary>
/// Simulates a process crash for durability: after <c>allowedCommits</c> partition commits nothing more becomes
/// durable (every later commit fails), while appends keep working.
/// </summary>
public sealed class CrashingStore(IGridStore inner, int allowedCommits) : IGridStore
{
    private int _commits;
    private int _failed;

    public int FailedCommits => Volatile.Read(ref _failed);

    public Task OpenAsync(CancellationToken ct) => inner.OpenAsync(ct);

    public Task<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct) => inner.AppendAsync(batch, ct);

    public Task<IReadOnlyList<JournalEntry>> ReadAsync(int partition, long afterOffset, int maxCount, CancellationToken ct) =>
        inner.ReadAsync(partition, afterOffset, maxCount, ct);

    public Task<long> GetCommittedOffsetAsync(int partition, CancellationToken ct) => inner.GetCommittedOffsetAsync(partition, ct);

    public Task<byte[]?> LoadSnapshotAsync(GrainId grain, CancellationToken ct) => inner.LoadSnapshotAsync(grain, ct);

    public Task CommitAsync(PartitionCommit commit, CancellationToken ct)
    {
        if (Interlocked.Increment(ref _commits) > allowedCommits)
        {
            Interlocked.Increment(ref _failed);
            throw new IOException("Simulated crash: this commit never became durable.");
        }

        return inner.CommitAsync(commit, ct);
    }

    public Task<IReadOnlyList<ReminderEntry>> GetDueRemindersAsync(IReadOnlyCollection<int> partitions, DateTimeOffset now, int maxCount, CancellationToken ct) =>
        inner.GetDueRemindersAsync(partitions, now, maxCount, ct);

    public Task<int> FireRemindersAsync(IReadOnlyList<ReminderEntry> due, DateTimeOffset now, CancellationToken ct) =>
        inner.FireRemindersAsync(due, now, ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
