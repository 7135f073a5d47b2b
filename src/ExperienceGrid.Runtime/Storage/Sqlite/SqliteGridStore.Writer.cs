using ExperienceGrid.Runtime.Diagnostics;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>The single writer loop: group commit of everything queued.</summary>
public sealed partial class SqliteGridStore
{
    private const int MaxRowsPerTransaction = 20_000;

    private async Task WriteLoopAsync()
    {
        var reader = _requests.Reader;
        var group = new List<SqliteWriteRequest>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            var rows = 0;
            while (rows < MaxRowsPerTransaction && reader.TryRead(out var request))
            {
                group.Add(request);
                rows += request.Rows;
            }

            if (!TryWrite(group, failRequests: group.Count == 1))
            {
                // One bad request must not fail the others it was grouped with.
                foreach (var request in group)
                {
                    TryWrite([request], failRequests: true);
                }
            }
        }
    }

    /// <summary>Writes the group in one transaction; completes the requests and signals partitions only after commit.</summary>
    private bool TryWrite(List<SqliteWriteRequest> group, bool failRequests)
    {
        var batch = _batch!;
        try
        {
            using var transaction = _writer!.BeginTransaction();
            batch.Begin(transaction);
            batch.Now = _timeProvider.GetUtcNow().UtcTicks;
            foreach (var request in group)
            {
                request.Execute(batch);
            }

            transaction.Commit();
        }
        catch (Exception ex)
        {
            batch.Rollback();
            if (failRequests)
            {
                foreach (var request in group)
                {
                    request.Fail(ex);
                }
            }
            else
            {
                GridLog.WriteGroupFailed(_logger, ex, group.Count);
            }

            return false;
        }

        foreach (var (partition, head) in batch.Commit())
        {
            _signals.Appended(partition, head);
        }

        foreach (var request in group)
        {
            request.Complete();
        }

        return true;
    }
}
