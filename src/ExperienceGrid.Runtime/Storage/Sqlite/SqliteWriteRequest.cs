using ExperienceGrid.Runtime.Timers;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>A write queued to the single writer loop; executed inside a group transaction, completed after commit.</summary>
internal abstract class SqliteWriteRequest
{
    /// <summary>Approximate rows written, to bound a group transaction.</summary>
    public abstract int Rows { get; }

    /// <summary>Writes inside the open transaction; the outcome is published only by <see cref="Complete"/>.</summary>
    public abstract void Execute(SqliteWriteBatch batch);

    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

/// <summary>A write whose caller awaits a <typeparamref name="T"/> result.</summary>
internal abstract class SqliteWriteRequest<T> : SqliteWriteRequest
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Completion => _completion.Task;

    public sealed override void Execute(SqliteWriteBatch batch) => _result = ExecuteCore(batch);

    public sealed override void Complete() => _completion.TrySetResult(_result);

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected abstract T ExecuteCore(SqliteWriteBatch batch);
}

/// <summary>Ingestion: appends new ids, counts duplicates (including repeats within the batch).</summary>
internal sealed class AppendRequest(IReadOnlyList<JournalEnvelope> envelopes) : SqliteWriteRequest<AppendResult>
{
    public override int Rows => envelopes.Count;

    protected override AppendResult ExecuteCore(SqliteWriteBatch batch)
    {
        var accepted = 0;
        foreach (var envelope in envelopes)
        {
            accepted += batch.TryAppend(envelope) ? 1 : 0;
        }

        return new AppendResult(accepted, envelopes.Count - accepted);
    }
}

/// <summary>The exactly-once partition commit.</summary>
internal sealed class CommitRequest(PartitionCommit commit) : SqliteWriteRequest<bool>
{
    public override int Rows => 1 + commit.Snapshots.Count + commit.Outbox.Count + commit.Reminders.Count;

    protected override bool ExecuteCore(SqliteWriteBatch batch)
    {
        foreach (var snapshot in commit.Snapshots)
        {
            batch.SaveSnapshot(snapshot);
        }

        foreach (var envelope in commit.Outbox)
        {
            batch.TryAppend(envelope);
        }

        foreach (var change in commit.Reminders)
        {
            batch.ApplyReminder(change);
        }

        batch.SaveOffset(commit.Partition, commit.Offset);
        return true;
    }
}

/// <summary>Reminder ticks: advance each reminder still due as read and append its tick message.</summary>
internal sealed class FireRemindersRequest(IReadOnlyList<ReminderEntry> due, DateTimeOffset now) : SqliteWriteRequest<int>
{
    public override int Rows => due.Count * 2;

    protected override int ExecuteCore(SqliteWriteBatch batch)
    {
        var fired = 0;
        foreach (var reminder in due)
        {
            if (batch.TryAdvanceReminder(reminder, ReminderMessage.NextDue(reminder, now)))
            {
                fired += batch.TryAppend(ReminderMessage.ToEnvelope(reminder, now)) ? 1 : 0;
            }
        }

        return fired;
    }
}
