namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>The single writer loop: group commit of whatever is queued.</summary>
internal sealed partial class SqliteDatabase
{
    private long _transactions;
    private long _writes;

    /// <summary>Transactions committed by the writer loop since open.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Writes committed (including ETag refusals, which commit nothing of their own) since open.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    // While one transaction commits (the fsync is most of its cost), new writes pile up in the queue; the next
    // transaction takes all of them, up to _maxBatchSize. A lone write commits at once: no timer, no added latency.
    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<SqliteWrite>(_maxBatchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatchSize && reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (!TryCommit(batch, failWrites: batch.Count == 1))
            {
                // An unexpected error (not an ETag refusal) must fail only the write that caused it.
                foreach (var write in batch)
                {
                    TryCommit([write], failWrites: true);
                }
            }
        }
    }

    /// <summary>Runs <paramref name="batch"/> in one transaction and completes its writes only after the commit.</summary>
    private bool TryCommit(List<SqliteWrite> batch, bool failWrites)
    {
        var context = _context!;
        try
        {
            using var transaction = context.Begin();
            foreach (var write in batch)
            {
                write.Execute(context);
            }

            transaction.Commit();
        }
#pragma warning disable CA1031 // The writer loop must survive any failure; the callers get the exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (failWrites)
            {
                SqliteStorageLog.WriteFailed(_logger, exception, Path);
                foreach (var write in batch)
                {
                    write.Fail(exception);
                }
            }
            else
            {
                SqliteStorageLog.BatchFailed(_logger, exception, Path, batch.Count);
            }

            return false;
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _writes, batch.Count);
        SqliteStorageLog.BatchCommitted(_logger, Path, batch.Count);
        foreach (var write in batch)
        {
            write.Complete();
        }

        return true;
    }
}
