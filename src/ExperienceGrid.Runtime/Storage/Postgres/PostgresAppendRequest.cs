namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>A batch queued to the writer loop; completed only after its transaction committed.</summary>
/// <param name="fence">For a partition commit's outbox: appended only while the partition is still owned with this
/// epoch, checked in the writer's transaction (null for ingestion).</param>
internal sealed class PostgresAppendRequest(IReadOnlyList<JournalEnvelope> batch, (int Partition, long Epoch)? fence = null)
{
    public IReadOnlyList<JournalEnvelope> Batch { get; } = batch;

    public (int Partition, long Epoch)? Fence { get; } = fence;

    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
