namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>An ingestion batch queued to the writer loop; completed only after its transaction committed.</summary>
internal sealed class PostgresAppendRequest(IReadOnlyList<JournalEnvelope> batch)
{
    public IReadOnlyList<JournalEnvelope> Batch { get; } = batch;

    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
