using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>The writer loop: group commit of queued ingestion batches.</summary>
public sealed partial class PostgresGridStore
{
    private const int MaxRowsPerTransaction = 20_000;

    private async Task WriteLoopAsync()
    {
        var reader = _requests.Reader;
        var group = new List<PostgresAppendRequest>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            var rows = 0;
            while (rows < MaxRowsPerTransaction && reader.TryRead(out var request))
            {
                group.Add(request);
                rows += request.Batch.Count;
            }

            if (!await TryWriteAsync(group, failRequests: group.Count == 1).ConfigureAwait(false))
            {
                // One bad request must not fail the others it was grouped with.
                foreach (var request in group)
                {
                    await TryWriteAsync([request], failRequests: true).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Appends the group in one transaction; completes the requests only after commit.</summary>
    private async Task<bool> TryWriteAsync(List<PostgresAppendRequest> group, bool failRequests)
    {
        var all = group.SelectMany(r => r.Batch).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var appended = await AppendInTransactionAsync(all).ConfigureAwait(false);
                var index = 0;
                foreach (var request in group)
                {
                    var accepted = 0;
                    for (var i = 0; i < request.Batch.Count; i++, index++)
                    {
                        accepted += appended[index] ? 1 : 0;
                    }

                    request.Completion.TrySetResult(new AppendResult(accepted, request.Batch.Count - accepted));
                }

                return true;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 5)
            {
                // The same message id raced in through another partition's append: retry, the lookup now sees it.
            }
            catch (Exception ex)
            {
                if (failRequests)
                {
                    foreach (var request in group)
                    {
                        request.Completion.TrySetException(ex);
                    }
                }
                else
                {
                    PostgresLog.WriteGroupFailed(_logger, ex, group.Count);
                }

                return false;
            }
        }
    }

    private async Task<bool[]> AppendInTransactionAsync(IReadOnlyList<JournalEnvelope> batch)
    {
        await using var connection = await DataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var (appended, heads) = await PostgresJournalAppend.AppendAsync(connection, transaction, batch, _partitioner, CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        Signal(heads);
        return appended;
    }
}
